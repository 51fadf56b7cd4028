import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { resolveMeta } from '../../../src/pipeline/docvars/metadata.js';
import { pageUrl, urlDate } from '../../../src/pipeline/docvars/page.js';
import type { ManifestRow } from '../../../src/schemas/manifest.js';
import type { ReportDoc } from '../../../src/types.js';

const row = (extra: Record<string, string>): ManifestRow => ({
  file: 'a.txt', title: '', region: '', region_level: '', year: null, doc_type: '', extra,
});

describe('urlDate: the date a site files its pages under', () => {
  it.each([
    ['http://www.example.cn/content/2021-01/08/content_10110538.htm', { year: 2021, month: 1, day: 8, kind: 'date' }],
    ['http://example.cn/ywbd/202001/t20200116_29258.html', { year: 2020, month: 1, day: 16, kind: 'date' }],
    ['https://news.example.com/20061212/n246991846.shtml', { year: 2006, month: 12, day: 12, kind: 'date' }],
    ['https://www.example.com.cn/2025/01/21/99975192.html', { year: 2025, month: 1, day: 21, kind: 'date' }],
    ['http://example.cn/art/2024/3/21/art_15296_1729722.html', { year: 2024, month: 3, day: 21, kind: 'date' }],
    ['http://example.com.cn/gn/news/2009/01-07/1518106.shtml', { year: 2009, month: 1, day: 7, kind: 'date' }],
    ['http://www.example.com.cn/c/2019-04-28/2335799.shtml', { year: 2019, month: 4, day: 28, kind: 'date' }],
    ['http://dzb.example.cn/szb/pc/202103/31/c156214.html', { year: 2021, month: 3, day: 31, kind: 'date' }],
    ['https://example.cn/yn/jdt/20260128/t20260128_527508180.shtml', { year: 2026, month: 1, day: 28, kind: 'date' }],
    ['http://www.example.cn/zwh/taw/202306/t20230620_1916715.htm', { year: 2023, month: 6, day: 20, kind: 'date' }],
    ['http://example.cn/a/202401/WS65af9f04.html', { year: 2024, month: 1, day: 0, kind: 'date' }],
  ])('%s', (url, date) => {
    expect(urlDate(url)).toEqual(date);
  });

  it.each([
    // a date and a time run together at the start of a segment's digits
    ['http://www.example.com/news/gansu/2006102507270645068.htm', { year: 2006, month: 10, day: 25, kind: 'date' }],
    // a date with dashes in the query
    ['https://example.net/epaper/read.do?m=i&iid=3279&idate=1_2023-12-26', { year: 2023, month: 12, day: 26, kind: 'date' }],
    // a date and time run together in the query
    ['https://example.gov.cn/Detail.aspx?id=20140326090312328', { year: 2014, month: 3, day: 26, kind: 'date' }],
    // a year alone as a folder
    ['http://example.com/zhengxie/2024/255953.html', { year: 2024, month: 0, day: 0, kind: 'date' }],
    // six digits after a year's folder are the page's number (204101 is no 2041-01); after the same year, a month
    ['http://example.com/zhengxie/2022/204101.html', { year: 2022, month: 0, day: 0, kind: 'date' }],
    ['http://example.com/2021/202103/x.html', { year: 2021, month: 3, day: 0, kind: 'date' }],
    // milliseconds since 1970, a MongoDB object id, a PHP uniqid: the moment the page was made (China's time)
    ['http://m.example.com/news/1578297909910.shtml', { year: 2020, month: 1, day: 6, kind: 'moment' }],
    ['http://zx.example.gov.cn/content/detail/677c950d2b56e036728b4567.html', { year: 2025, month: 1, day: 7, kind: 'moment' }],
    ['http://www.example.com/content/678b5a8c7ac9a', { year: 2025, month: 1, day: 18, kind: 'moment' }],
    // milliseconds before a random suffix of letters
    ['http://zx.example.gov.cn/col/12919_133341/art/17698752/1770688094062VdaCaHK0.html', { year: 2026, month: 2, day: 10, kind: 'moment' }],
    // a date inside a name, after its t (…201310t20131030_10506.html)
    ['https://www.example.com/html/..sxzxcz201310t20131030_10506.html', { year: 2013, month: 10, day: 30, kind: 'date' }],
    // a date then a time or a page's number filling a segment of 12 digits or more
    ['http://example.com/paper/202411150257/241114251.html', { year: 2024, month: 11, day: 15, kind: 'date' }],
    ['https://example.vip/zqthy/2023061630210.html', { year: 2023, month: 6, day: 16, kind: 'date' }],
    // a year, a dash, the month and day run together before a name
    ['https://example.com/html/2018-0713content_56607274.html', { year: 2018, month: 7, day: 13, kind: 'date' }],
    // a folder that names a year with letters after it: a collection of that year (its 两会 pages)
    ['http://example.com/zhuanti/2024lh/1.html', { year: 2024, month: 0, day: 0, kind: 'folder' }],
    ['https://example.com/topic/201801tclh/11750.html', { year: 2018, month: 0, day: 0, kind: 'folder' }],
    ['http://zx.example.gov.cn/ntszx/zxdjs2007n/content/0d4ced2c.html', { year: 2007, month: 0, day: 0, kind: 'folder' }],
  ])('reads the moment a site names a page by: %s', (url, date) => {
    expect(urlDate(url)).toEqual(date);
  });

  it.each([
    // a time that is no time (hour 25), digits that are no moment (12 digits; a 13-digit number before 2001)
    'http://www.example.com/news/2006102525270645068.htm',
    'http://m.example.com/news/157829790991.shtml',
    'http://m.example.com/news/0978297909910.shtml',
    // a 32-digit hex id (a random UUID), an all-digit id of 13, an object id from before 2009
    'https://www.example.gov.cn/c106217/e9e607e5bfdb4b2a9198943755bcc673.shtml',
    'http://www.example.com/content/4000000000000',
    // a longer run of digits before the letters
    'http://zx.example.gov.cn/art/1770688094062123VdaCaHK0.html',
    // a page's number that reads as a year far ahead (2092), as a folder or a full date
    'https://example.gov.cn/web/doc/detail/2092/A2',
    'http://example.cn/ywbd/209203/t20920316_29258.html',
    'http://zx.example.gov.cn/content/detail/377c950d2b56e036728b4567.html',
    // a query date without dashes; a year after letters alone in a folder (a section's name); a year as a page's number
    'https://example.net/read.do?idate=20231226',
    'http://example.com/n2018/c_506673.html',
    'http://example.gov.cn/show/2012.htm',
    // a date, then a run of digits that is neither a time nor a short page number (twelve digits after it)
    'http://example.com/paper/20241115999999999999/1.html',
    // the moment zero a system writes for a date it lacks
    'http://zx.example.gov.cn/xqzx/t19700101_3349205.html',
  ])('no moment in %s', (url) => {
    expect(urlDate(url)).toBeUndefined();
  });

  it.each([
    'http://cailiaogo.com/index/article/detail/detail_id/17183.html',
    'https://www.example.gov.cn/wszb/zhibo23/content_540487.htm',
    'http://www.example.com:2027/detail.aspx?NewsCode=NC1032&NewsId=20240123',
    'https://example.com/emotion/me/2400815.html',
    'http://www.example.cn/content_20211345.htm',
    'https://2021.example.cn/index.html',
    'http://www.example.cn/News/show/262.html',
    // a section's number that looks like a year, then a number that is no month
    'http://www.example.cn/DocHtml/1991/24/12/00208628.html',
  ])('none in %s (an id, a query, the host, a month 13)', (url) => {
    expect(urlDate(url)).toBeUndefined();
  });

  it('reads a bare path as it stands', () => {
    expect(urlDate('news/2021-03-15/a.html')).toEqual({ year: 2021, month: 3, day: 15, kind: 'date' });
  });
});

describe('pageUrl: the source column, else the url column', () => {
  it('takes source before url, trimmed; empty when neither', () => {
    expect(pageUrl(row({ source: ' http://a.cn/1 ', url: 'http://b.cn/2' }))).toBe('http://a.cn/1');
    expect(pageUrl(row({ url: 'http://b.cn/2' }))).toBe('http://b.cn/2');
    expect(pageUrl(row({ 届次: '十四' }))).toBe('');
    expect(pageUrl(undefined)).toBe('');
  });
});

describe('resolveMeta with the page: manifest field, path, page title, text date, page address, text guess', () => {
  const txt = (source: string): ReportDoc => createDocument({ path: 'a.txt', file: 'a.txt', format: 'txt', encoding: 'utf-8', source });
  const page = (title: string, source = '', fields: Partial<ManifestRow> = {}): ManifestRow => ({ ...row(source ? { source } : {}), title, ...fields });
  const undated = txt('1月12日下午，市政协委员分组讨论政府工作报告。2015年是关键之年。');

  it("the page's title is read as the title line: region, level, genre and year from it", () => {
    expect(resolveMeta(undated, page('政协第十二届威海市委员会第二次会议2013年1月开幕'), undefined)).toMatchObject({
      region: '威海市', region_code: '371000', region_level: 'city', doc_type: '新闻', year: 2013, year_source: 'manifest_title',
    });
  });

  it('a date in the address beats the latest year an undated news item names, not a date the text states', () => {
    expect(resolveMeta(undated, page('', 'http://x.cn/system/2016/01/13/057036488.shtml'), undefined)).toMatchObject({ year: 2016, year_source: 'manifest_url' });
    expect(resolveMeta(undated, undefined, undefined)).toMatchObject({ year: 2015, year_source: 'text' });
    const dated = txt('2013年10月22日，政协某某市委员会召开双周协商座谈会。');
    expect(resolveMeta(dated, page('', 'https://x.com/2019-09/19/content_75211330.htm'), undefined)).toMatchObject({ year: 2013, year_source: 'text' });
  });

  it("a page id's moment comes after the year an undated news item suggests, and fills in when it suggests none", () => {
    const mirror = 'http://x.xyz/a/5fcebef9dc9b5e46b1bf7e8e';
    expect(resolveMeta(undated, page('', mirror), undefined)).toMatchObject({ year: 2015, year_source: 'text' });
    const yearless = txt('1月6日上午，县政协主席某某主持召开县政协十一届十八次常委会会议。');
    expect(resolveMeta(yearless, page('', mirror), undefined)).toMatchObject({ year: 2020, year_source: 'manifest_url' });
    expect(resolveMeta(yearless, page('', 'http://x.cn/zhengxie/2024/255953.html'), undefined)).toMatchObject({ year: 2024, year_source: 'manifest_url' });
  });

  it('a piece that sums up the work of a body, filed in the first half of a year, is about the year before', () => {
    const summary = txt('某市政协履职实践纪实\n以创新精神推进协商民主\n市政协还围绕群众关心的中小学校车保障开展协商。');
    expect(resolveMeta(summary, page('', 'http://x.cn/c/2015-03-11/463436_1.shtml', { doc_type: '新闻' }), undefined)).toMatchObject({ year: 2014, year_source: 'manifest_url' });
    expect(resolveMeta(summary, page('', 'http://x.cn/c/2015-09-11/463436_1.shtml', { doc_type: '新闻' }), undefined)).toMatchObject({ year: 2015 });
  });

  it("a folder that names a year among letters comes after the year an undated news item suggests, and fills in when it suggests none", () => {
    const collection = 'http://x.gov.cn/ztzl/2020lh/tt/content/post_5633620.html';
    expect(resolveMeta(undated, page('', collection), undefined)).toMatchObject({ year: 2015, year_source: 'text' });
    const yearless = txt('1月6日上午，区政协召开全体委员会议筹备工作会议。');
    expect(resolveMeta(yearless, page('', collection), undefined)).toMatchObject({ year: 2020, year_source: 'manifest_url' });
  });

  it('a report filed in the first half of a year reviews the year before; the manifest genre decides', () => {
    const report = txt('各位委员：\n现在，我代表政协某某市第九届委员会常务委员会，向大会报告工作，请予审议。');
    expect(resolveMeta(report, page('', 'http://x.cn/202103/t20210315_1.html'), undefined)).toMatchObject({ year: 2020, year_source: 'manifest_url' });
    const plain = txt('正文。');
    expect(resolveMeta(plain, page('', 'http://x.cn/202103/t20210315_1.html', { doc_type: '提案工作报告' }), undefined)).toMatchObject({ year: 2020 });
    expect(resolveMeta(plain, page('', 'http://x.cn/202103/t20210315_1.html'), undefined)).toMatchObject({ year: 2021 });
    // A yearbook or an archive (other) is filed whenever it went online.
    expect(resolveMeta(plain, page('', 'http://x.cn/2018juan/2020-02-14/1.html', { doc_type: 'other' }), undefined)).toMatchObject({ year: null });
  });

  it('the manifest year and the path year beat the page; a Traditional page title is read as Simplified', () => {
    const withUrl = page('某某县政协2020年工作要点', 'http://x.cn/2021-03/15/a.htm');
    expect(resolveMeta(undated, { ...withUrl, year: 2019 }, undefined)).toMatchObject({ year: 2019, year_source: 'manifest' });
    expect(resolveMeta(undated, withUrl, { year: '2018' })).toMatchObject({ year: 2018, year_source: 'path' });
    expect(resolveMeta(undated, page('政協提案工作情況報告'), undefined).doc_type).toBe('提案工作报告');
  });

  it('a page title that names next year only as a plan, over a December lead, gives the year the plan was made in', () => {
    const lead = txt('本报讯 12月28日，某县政协召开座谈会，征求对明年协商议题的意见。');
    expect(resolveMeta(lead, page('某县政协召开2022年度协商议题征求意见座谈会'), undefined)).toMatchObject({ year: 2021, year_source: 'manifest_title' });
  });

  it('a page title that names its year only as a year\'s things (2023年度…), over a page dated a later year, gives the date\'s year', () => {
    const item = txt('区政协召开主席会议\n发布日期:[2024-09-05] 浏览\n8月28日上午，区政协召开主席会议，对2023年度10件重点提案办理落实情况进行督查评议。\n');
    const title = '区政协召开二届三十一次主席会议 督查评议2023年度重点提案办理落实情况';
    expect(resolveMeta(item, page(title), undefined)).toMatchObject({ year: 2024 });
    // the year named otherwise (an event of that year), or a page dated the same year, keeps the title's year
    expect(resolveMeta(item, page(title.replace('2023年度重点提案', '2023年重点提案')), undefined)).toMatchObject({ year: 2023 });
    expect(resolveMeta(txt('区政协召开主席会议\n发布日期:[2023-12-05] 浏览\n11月28日上午，区政协召开主席会议。\n'), page(title), undefined)).toMatchObject({ year: 2023 });
  });

  it('a page title that names its year only as the date of what is to come (将于2025年1月召开), filed a year earlier, gives the filing\'s year', () => {
    const title = '市政协十四届四次会议将于2025年1月上中旬召开';
    const item = txt(`${title}。连日来，市政协领导分别带队开展视察活动。\n12月19日，市政协主席带队视察。\n`);
    expect(resolveMeta(item, page(title, 'http://x.gov.cn/zxdt/202412/t20241224_286280.htm'), undefined)).toMatchObject({ year: 2024, delivery_year: null });
    // a date that has come (于2025年1月召开) is the event's
    const held = title.replace('将于', '于').replace('上中旬', '');
    expect(resolveMeta(txt(`${held}。\n`), page(held, 'http://x.gov.cn/zxdt/202412/t20241224_286280.htm'), undefined)).toMatchObject({ year: 2025 });
  });

  it('a page title with the pinyin of a faulty conversion is read without it, as the text is', () => {
    // 在桐嘉興市政協(xié)委員: the prefecture's members living in the county-level city, not the prefecture's committee.
    const visit = txt('昨天上午，市政协组织部分在桐的嘉兴市政协委员赴濮院镇开展视察活动，了解桐乡古镇更新情况。');
    const garbled = page('市政協(xié)組織在桐嘉興市政協(xié)委員開展視察活動');
    expect(resolveMeta(visit, garbled, undefined)).toMatchObject({ region: '桐乡市', region_level: 'county' });
  });

  it('an undated news item is dated by the CPPCC anniversary it marks when nothing else dates it', () => {
    const visit = txt('11月20日，某县政协组织部分市、县政协委员开展庆祝人民政协成立75周年集体观摩活动。');
    expect(resolveMeta(visit, page('某县政协开展集体观摩活动', 'http://www.example.cn/qxzx/9078490.html'), undefined)).toMatchObject({ year: 2024 });
    // a year it names comes first
    const named = txt('11月20日，某县政协开展庆祝人民政协成立75周年活动，回顾2023年履职成效。');
    expect(resolveMeta(named, page('某县政协开展活动', 'http://www.example.cn/qxzx/9078490.html'), undefined)).toMatchObject({ year: 2023 });
  });

  it("a page that names no body at all is the committee's whose own site it is on (a province's, or a prefecture's part of it)", () => {
    const trip = txt('马某副主席率提案委考察团一行13人，于7月5日至11日赴宁夏、陕西考察学习。');
    expect(resolveMeta(trip, page('马某副主席率团赴宁夏、陕西学习考察政协提案工作', 'http://www.gdszx.gov.cn/tajy/dt/content/post_11003.html'), undefined))
      .toMatchObject({ region: '广东省', region_code: '440000', region_level: 'province' });
    expect(resolveMeta(trip, page('马某副主席率团赴宁夏、陕西学习考察政协提案工作', 'http://www.example.cn/tajy/post_11003.html'), undefined))
      .toMatchObject({ region: '', region_level: '' });
    const meeting = txt('9月13日上午，市政协主席某某主持召开市政协十三届七次主席会议。');
    expect(resolveMeta(meeting, page('', 'https://kf.hnzx.gov.cn/2023/09-14/4328362.html'), undefined)).toMatchObject({ region: '开封市', region_code: '410200' });
  });

  it('a page filed early in a year with news of the year before: its lead opens on a day in November or December, or on the year before: the address dates the filing, not the news', () => {
    const december = txt('某县政协委员参加分组讨论\n本报讯 12月28日，县领导分别参加县政协十一届五次会议各小组讨论。\n');
    expect(resolveMeta(december, page('', 'https://www.example.cn/content/202601/05/c123.html'), undefined)).toMatchObject({ year: 2025, year_source: 'manifest_url' });
    const lookingBack = txt('某县政协：创新搭建平台 提升委员履职本领\n2022年以来，为实现委员履职全覆盖，某县政协搭建了三个平台。\n');
    expect(resolveMeta(lookingBack, page('', 'https://www.example.cn/2023/02/10/c456.html'), undefined)).toMatchObject({ year: 2022 });
    // filed later in the year, the same December lead is of the address's year
    expect(resolveMeta(december, page('', 'https://www.example.cn/content/202606/05/c123.html'), undefined)).toMatchObject({ year: 2026 });
  });
});
