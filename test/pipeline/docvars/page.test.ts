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
    ['http://www.example.cn/content/2021-01/08/content_10110538.htm', { year: 2021, month: 1, day: 8 }],
    ['http://example.cn/ywbd/202001/t20200116_29258.html', { year: 2020, month: 1, day: 16 }],
    ['https://news.example.com/20061212/n246991846.shtml', { year: 2006, month: 12, day: 12 }],
    ['https://www.example.com.cn/2025/01/21/99975192.html', { year: 2025, month: 1, day: 21 }],
    ['http://example.cn/art/2024/3/21/art_15296_1729722.html', { year: 2024, month: 3, day: 21 }],
    ['http://example.com.cn/gn/news/2009/01-07/1518106.shtml', { year: 2009, month: 1, day: 7 }],
    ['http://www.example.com.cn/c/2019-04-28/2335799.shtml', { year: 2019, month: 4, day: 28 }],
    ['http://dzb.example.cn/szb/pc/202103/31/c156214.html', { year: 2021, month: 3, day: 31 }],
    ['https://example.cn/yn/jdt/20260128/t20260128_527508180.shtml', { year: 2026, month: 1, day: 28 }],
    ['http://www.example.cn/zwh/taw/202306/t20230620_1916715.htm', { year: 2023, month: 6, day: 20 }],
    ['http://example.cn/a/202401/WS65af9f04.html', { year: 2024, month: 1, day: 0 }],
  ])('%s', (url, date) => {
    expect(urlDate(url)).toEqual(date);
  });

  it.each([
    'http://cailiaogo.com/index/article/detail/detail_id/17183.html',
    'https://www.example.gov.cn/wszb/zhibo23/content_540487.htm',
    'http://www.example.com:2027/detail.aspx?NewsCode=NC1032&NewsId=20240123',
    'https://example.com/emotion/me/2400815.html',
    'http://www.example.cn/content_20211345.htm',
    'https://2021.example.cn/index.html',
    'http://www.example.cn/News/show/262.html',
  ])('none in %s (an id, a query, the host, a month 13)', (url) => {
    expect(urlDate(url)).toBeUndefined();
  });

  it('reads a bare path as it stands', () => {
    expect(urlDate('news/2021-03-15/a.html')).toEqual({ year: 2021, month: 3, day: 15 });
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
});
