import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { listFiles } from '../../../src/io/list.js';
import { readDocument, relativeFile } from '../../../src/io/read.js';
import { inferMetaFromText, resolveMeta } from '../../../src/pipeline/docvars/metadata.js';
import { compilePathPattern, matchPath } from '../../../src/pipeline/docvars/path-pattern.js';
import type { ManifestRow } from '../../../src/schemas/manifest.js';
import type { ReportDoc } from '../../../src/types.js';
import { CORPUS, GOVREPORTS, HAS_GOVREPORTS, SEED_FILES } from '../../helpers.js';

const seed = (file: string): ReportDoc =>
  createDocument({ path: join(CORPUS, file), file, format: 'txt', encoding: 'utf-8', source: readFileSync(join(CORPUS, file), 'utf8') });
const txt = (source: string, file = 'a.txt'): ReportDoc => createDocument({ path: file, file, format: 'txt', encoding: 'utf-8', source });
const md = (source: string, file = 'a.md'): ReportDoc => createDocument({ path: file, file, format: 'md', encoding: 'utf-8', source });
const row = (fields: Partial<ManifestRow>): ManifestRow => ({
  file: 'a.txt', title: '', region: '', region_level: '', year: null, doc_type: '', extra: {}, ...fields,
});

describe('inferMetaFromText on the five seeds (no manifest)', () => {
  it.each([
    ['000_178bb20f8e3f1132.txt', { region: 'X县', region_level: 'county' }],
    ['001_f639e6b0dd93e5af.txt', { region: 'X区', region_level: 'district', doc_type: '经验交流' }],
    ['002_ff152d5763ca33a0.txt', { year: 2023, year_source: 'text', doc_type: '工作报告', region: '**县', region_level: 'county' }],
    [
      '003_b45dcb9941570f9a.txt',
      { title: '政协XX县委员会2020年工作要点', year: 2020, year_source: 'text', doc_type: '工作要点', region: 'XX县', region_level: 'county' },
    ],
    ['004_bbe205343de10782.txt', { doc_type: '述职报告', region_level: 'county' }],
  ])('%s', (file, expected) => {
    expect(inferMetaFromText(seed(file))).toEqual(expected);
  });

  it('002: the year it opens with (2023年，县政协…, the year reviewed), not 2024 (the year planned)', () => {
    expect(resolveMeta(seed('002_ff152d5763ca33a0.txt'), undefined, undefined)).toMatchObject({ year: 2023, year_source: 'text' });
  });

  it('003: title from line 2, after the disclaimer on line 1; year and type from that title', () => {
    expect(resolveMeta(seed('003_b45dcb9941570f9a.txt'), undefined, undefined)).toEqual({
      title: '政协XX县委员会2020年工作要点', region: 'XX县', region_level: 'county', year: 2020, year_source: 'text', doc_type: '工作要点', extra: {},
      region_code: '', province: '', prefecture: '', delivery_year: null,
    });
  });

  it('000 and 001 mention only masked years (20XX年) in their bodies: the year stays unknown', () => {
    for (const file of ['000_178bb20f8e3f1132.txt', '001_f639e6b0dd93e5af.txt']) {
      expect(resolveMeta(seed(file), undefined, undefined)).toMatchObject({ year: null, year_source: 'unknown', title: '' });
    }
  });
});

describe('inferMetaFromText rules', () => {
  it.each([
    ['政协XX县委员会20XX年工作要点\n正文。', { year: null, year_source: 'unknown' }],
    ['20XX年，县政协在县委的领导下开展工作。', { year: null, year_source: 'unknown' }],
    ['二〇二一年工作要点\n正文。', { year: 2021 }],
    ['２０２２年工作要点\n正文。', { year: 2022 }],
    ['关于某某县“十四五”规划和2035年远景目标的报告\n——2021年1月8日在某某县第十届人民代表大会第五次会议上', { year: 2021 }],
    ['政府工作报告\n——在某某省第九届人民代表大会第二次会议上（一九九九年一月二十七日）', { year: 1999 }],
    ['2024年工作要点\n2023年，县政协……', { year: 2024 }],
  ])('year of %j', (source, expected) => {
    expect(inferMetaFromText(txt(source))).toMatchObject(expected);
  });

  it('takes a year in the opening only at the start of its first line (or in a date)', () => {
    expect(inferMetaFromText(txt('县政协在县委领导下，2023年开展了工作。\n2023年是关键之年。\n一、加强学习'))).not.toHaveProperty('year');
  });

  it.each([
    ['政协某某县委员会常务委员会工作报告', '常委会工作报告'],
    ['县政协主席述职报告', '述职报告'],
    ['2021年政协工作要点', '工作要点'],
    ['在全县政协工作会议上的讲话', '讲话'],
    ['县政协经验交流材料', '经验交流'],
    ['2030年政府工作报告', '工作报告'],
    ['县政协2023年工作总结', '工作报告'],
  ])('doc_type of the title %s is %s', (title, type) => {
    expect(inferMetaFromText(txt(`${title}\n正文。`)).doc_type).toBe(type);
  });

  it.each([
    ['一年来，我们……。现将一年来的工作述职如下：', '述职报告'],
    ['近年来，X区政协……。我们的主要做法是：', '经验交流'],
    ['各位委员：\n现在，我代表政协第九届某某县委员会常务委员会，向大会报告工作。', '常委会工作报告'],
    ['同志们：\n今天召开会议。', '讲话'],
    ['县政协在县委领导下开展工作。\n一、2023年工作回顾\n内容。\n二、2024年工作安排\n内容。', '工作报告'],
  ])('doc_type of the opening %j is %s', (source, type) => {
    expect(inferMetaFromText(txt(source)).doc_type).toBe(type);
  });

  it('leaves doc_type out when nothing says (a review heading alone is not enough)', () => {
    expect(inferMetaFromText(txt('县政协在县委领导下开展工作。\n一、2023年工作回顾\n内容。'))).not.toHaveProperty('doc_type');
  });

  it.each([
    ['X县政协坚持……', 'X县', 'county'],
    ['中央政协工作会议召开以来，X区政协坚持……', 'X区', 'district'],
    ['政协X市X区委员会2020年工作要点\n正文。', 'X市X区', 'district'],
    ['某某省2030年政府工作报告\n正文。', '某某省', 'province'],
    ['2030年某某自治区政府工作报告\n正文。', '某某自治区', 'province'],
    ['政府工作报告\n——2030年1月9日在某某市第三届人民代表大会第一次会议上', '某某市', 'city'],
    ['政府工作报告\n——2030年3月5日在第二十届全国人民代表大会第一次会议上', '全国', 'national'],
  ])('region of %j', (source, region, level) => {
    expect(inferMetaFromText(txt(source))).toMatchObject({ region, region_level: level });
  });

  it('does not take 全县 / 并请省 for a region name; the level then comes from the most frequent NN政协', () => {
    const meta = inferMetaFromText(txt('一年来，全县政协系统……，并请省政协委员提出意见。县政协常委会……县政协机关……'));
    expect(meta).not.toHaveProperty('region');
    expect(meta.region_level).toBe('county');
  });

  it('title: skips disclaimers, never takes a sentence or a numbered heading', () => {
    expect(inferMetaFromText(txt('本文系作者原创投稿，仅供学习参考！\n县政协2021年工作要点\n正文。')).title).toBe('县政协2021年工作要点');
    expect(inferMetaFromText(txt('一、2023年工作回顾\n内容。'))).not.toHaveProperty('title');
    expect(inferMetaFromText(txt('今年的工作要点如下。\n内容。'))).not.toHaveProperty('title');
  });

  it('Markdown: front matter title and keys; bold title line without front matter; footnote marks dropped', () => {
    const withFront = md('---\nsource: https://example.org/r\ntitle: 某某省2030年政府工作报告\n---\n\n**政府工作报告**\n\n各位代表：\n');
    expect(inferMetaFromText(withFront)).toEqual({
      title: '某某省2030年政府工作报告', year: 2030, year_source: 'text', doc_type: '工作报告', region: '某某省', region_level: 'province',
      extra: { source: 'https://example.org/r' },
    });
    const bold = md('<!-- 新闻稿 -->\n\n**2031年政府工作报告[^1]**\n——2031年3月5日在第九届全国人民代表大会第一次会议上\n');
    expect(inferMetaFromText(bold)).toMatchObject({ title: '2031年政府工作报告', year: 2031, region: '全国', region_level: 'national' });
  });
});

describe('inferMetaFromText on 政协 texts (made-up, worded as the genre words them)', () => {
  it('the formal name without its session; region code, province, prefecture and level from GB/T 2260', () => {
    expect(inferMetaFromText(txt('中国人民政治协商会议第七届磐安县委员会常务委员会工作报告\n各位委员：'))).toMatchObject({
      region: '磐安县', region_code: '330727', province: '浙江省', prefecture: '金华市', region_level: 'county', doc_type: '常委会工作报告',
    });
    expect(inferMetaFromText(txt('政协咸安区第六届委员会第三次会议开幕\n正文。'))).toMatchObject({
      region: '咸安区', region_code: '421202', prefecture: '咸宁市', region_level: 'district', doc_type: '新闻',
    });
  });

  it('drops the pinyin a faulty conversion wrote after characters (政協(xié)) and reads the Traditional text', () => {
    const garbled = '政協(xié)第十一屆西藏自治區(qū)委員會(huì)第三次會(huì)議隆重開幕\n新年伊始，大會(huì)在拉薩開幕。';
    expect(inferMetaFromText(txt(garbled))).toMatchObject({ region: '西藏自治区', region_level: 'province', doc_type: '新闻' });
  });

  it("passes over a web page's furniture and a date set out in bare numbers to find the title", () => {
    const page = '当前位置: 首页 > 政务动态 > 头条新闻\n2026\n02/18\n10:16\n来源:\n【字体:\n访问量:\n'
      + '中国人民政治协商会议某某自治区委员会常务委员会工作报告\n• 发布时间:2026年02月18日\n各位委员：';
    expect(inferMetaFromText(txt(page))).toMatchObject({
      title: '中国人民政治协商会议某某自治区委员会常务委员会工作报告', doc_type: '常委会工作报告', year: 2025, delivery_year: 2026,
    });
  });

  it('我区 beside 自治区政协 is the autonomous region, not a district', () => {
    const region = '7月25日，自治区政协主席某某主持会议。会议听取了关于推进我区中南部地区小城镇产业发展的调研情况。';
    expect(inferMetaFromText(txt(region)).region_level).toBe('province');
    expect(inferMetaFromText(txt('区政协召开常委会议。会议听取了我区民生实事的进展。')).region_level).toBe('district');
  });

  it("a municipality's committee is a 市政协 of a province's level", () => {
    const beijing = '文 市政协研究室\n2025年是关键的一年。北京市政协根据市委部署，明确一年内要完成7项制度建设任务。';
    expect(inferMetaFromText(txt(beijing))).toMatchObject({ region: '北京市', region_level: 'province' });
  });

  it("a person's membership of another committee (重庆市政协委员、) counts only when nothing else names the body", () => {
    const member = '1月28日，重庆市政协委员、綦江区政协党组书记、主席某某接受记者专访。';
    expect(inferMetaFromText(txt(member))).toMatchObject({ region: '綦江区', region_level: 'district' });
    expect(inferMetaFromText(txt('1月28日，重庆市政协委员某某接受记者专访。')).region).toBe('重庆市');
  });

  it('和 after a comma goes on with a list: 和县 is not read there', () => {
    const list = '委员们认真学习讨论县委书记某某在开幕式上的讲话，和县政协常委会工作报告以及提案工作情况报告。';
    expect(inferMetaFromText(txt(list)).region).not.toBe('和县');
    expect(inferMetaFromText(txt('和县政协召开常委会议。')).region).toBe('和县');
  });

  it('news markers: 本报西和讯, a site\'s 网讯, whose place gives a 州政协 its prefecture', () => {
    expect(inferMetaFromText(txt('西和县政协十届二次会议召开\n本报西和讯（通讯员某某）1月4日至6日，会议召开。')).doc_type).toBe('新闻');
    const site = '香格里拉网讯 （记者 某某） 12日至14日，联系会议召开。州政协主席某某主持会议。';
    expect(inferMetaFromText(txt(site))).toMatchObject({ region: '迪庆藏族自治州', region_level: 'city', doc_type: '新闻' });
    // …and a county-level city's site its own 市政协 (which writes 市 as a prefecture's does)
    const own = '邓州网讯 3月5日下午，市政协十三届二次会议召开界别召集人会议。';
    expect(inferMetaFromText(txt(own))).toMatchObject({ region: '邓州市', region_level: 'county' });
  });

  it('a headline that reports what someone 提出 is news, not the genre it names', () => {
    expect(inferMetaFromText(txt('全国政协主席某某从六个方面提出今年人民政协工作要点\n摘要：3月3日15时，大会开幕。')).doc_type).toBe('新闻');
  });

  it('a speech to guests or leaders (各位老领导、老同志：) is a speech; 各位委员、同志们： is a report\'s or a speech\'s', () => {
    expect(inferMetaFromText(txt('各位老领导、老同志：\n今天，我们请老领导们回来，开个座谈会。')).doc_type).toBe('讲话');
    const report = '各位委员、同志们：\n我代表政协某某县第八届委员会常务委员会，向大会报告工作，请予审议。';
    expect(inferMetaFromText(txt(report)).doc_type).toBe('常委会工作报告');
  });

  it('more news markers: 连日来, a newspaper page\'s 紧接01版', () => {
    expect(inferMetaFromText(txt('连日来，城厢区政协分组走访看望镇（街）政协委员，听取意见建议。')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('紧接01版 要持续在服务中心大局上用力用劲，深入调查研究。')).doc_type).toBe('新闻');
  });

  it('a speech whose title runs into its text on one line', () => {
    const runOn = '在市政协五届一次常委会议上的讲话2022年06月23日各位常委、同志们:本次会议是五届市政协的第一次常委会议。';
    expect(inferMetaFromText(txt(runOn)).doc_type).toBe('讲话');
  });

  it("more of a page's furniture: where it sits, its counters, a trail of links and the section it names again, a byline", () => {
    const trail = '首页 > 书香政协 > 大政方针\n大政方针\n延边州政协委员履职考核办法\n来源:    发布时间:2022-08-19 13:52:16\n为进一步加强州政协委员队伍建设，制定本办法。';
    expect(inferMetaFromText(txt(trail))).toMatchObject({ title: '延边州政协委员履职考核办法' });
    expect(inferMetaFromText(txt(trail)).doc_type).toBeUndefined();
    const counters = '• 45\n• 评论\n• 收藏\n发挥界别特色和自身优势,上海市政协农工党界别委员工作室设立\n来源:政协联线 | 2025-11-25 18:55 字号\n11月25日，揭牌仪式举行。';
    expect(inferMetaFromText(txt(counters))).toMatchObject({ region: '上海市', region_level: 'province', year: 2025, doc_type: '新闻' });
    const where = '您现在的位置: 首页 > 深圳政协网 > 各区政协\n各区之声|光明区政协举行政协委员工作室集中授牌活动\n3月25日，光明区政协举行授牌活动。';
    expect(inferMetaFromText(txt(where))).toMatchObject({ region: '光明区', region_level: 'district' });
    const byline = '记者 沈晓萍\n2022年，区政协围绕中心服务大局，高质量推进各项工作。';
    expect(inferMetaFromText(txt(byline))).toMatchObject({ doc_type: '新闻', year: 2022 });
    expect(inferMetaFromText(txt('下面是小编为大家整理的市政协工作要点，供大家参考。\n市政协2022年工作要点\n总体要求是：')).title).toBe('市政协2022年工作要点');
  });

  it('a date line with its time before the title is the page\'s, and the title after it is read', () => {
    const page = '2020-06-07 07:56 来源: 海南日报 编辑: 某某\n全国政协人口资源环境委员会调研组来琼调研\n某某参加\n本报海口6月6日讯（记者 某某）调研组在琼开展调研。省政协主席某某参加。';
    expect(inferMetaFromText(txt(page))).toMatchObject({ title: '全国政协人口资源环境委员会调研组来琼调研', region: '全国', region_level: 'national', year: 2020 });
    // a member's title in a headline is not the national body's
    expect(inferMetaFromText(txt('全国政协委员某某到某某县调研\n5月3日，县政协主席某某陪同调研。')).region).not.toBe('全国');
  });

  it('reads a delivery date on a short line just below the fourth, not a photo caption in the body', () => {
    const report = '中国人民政治协商会议 大连市中山区第十一届委员会常务委员会工作报告\n来源:大连中山区政协\n中国人民政治协商会议\n'
      + '大连市中山区第十一届委员会常务委员会工作报告\n——在中国人民政治协商会议大连市中山区第十一届委员会第四次会议上\n(2024年12月27日)\n各位委员：';
    expect(inferMetaFromText(txt(report))).toMatchObject({ doc_type: '常委会工作报告', delivery_year: 2024, year: 2024 });
    const news = '新华网西宁1月26日电（记者某某）记者26日从全省“两会”政协专场新闻发布会上获悉，海北州政协五年来开展协商活动35余次。\n正文。\n正文。\n正文。\n正文。\n'
      + '2025年11月13日，在刚察县泉吉乡宁夏村草场，牧民将羊群赶回羊圈。新华社记者 某某 摄';
    expect(inferMetaFromText(txt(news)).delivery_year).toBeUndefined();
  });

  it('a subtitle\'s date below a heading set twice outranks the page\'s timestamp above it', () => {
    const head = '中国人民政治协商会议第八届某市委员会常务委员会关于八届五次会议以来提案工作情况的报告';
    const report = `某某:${head}\n公文搜 2021-07-09 11:00:48\n政协\n${head}\n——在政协第九届某市委员会第一次会议上\n${head}\n`
      + '——在政协第九届某市委员会第一次会议上\n某某\n(2017年1月6日)\n各位委员：';
    expect(inferMetaFromText(txt(report))).toMatchObject({ doc_type: '提案工作报告', delivery_year: 2017, year: 2016 });
    // …but another date that far down is the body's, counted in opening lines, long ones too: no delivery date.
    const long = '县政协全体委员和常委会组成人员在县委的坚强领导下认真履行政治协商民主监督参政议政职能取得了新的成效。';
    const body = ['某县政协常务委员会工作报告', '某某', '各位委员：', '现在，我代表常务委员会报告工作。', '一、过去一年的工作', long, long, '2021-07-09', '二、今年的任务'].join('\n');
    expect(inferMetaFromText(txt(body)).delivery_year).toBeUndefined();
  });

  it('the CPPCC anniversary a title names gives its year; a local committee\'s does not', () => {
    expect(inferMetaFromText(txt('在庆祝中国人民政治协商会议成立60周年大会上的讲话\n同志们：')).year).toBe(2009);
    expect(inferMetaFromText(txt('在庆祝人民政协成立七十五周年大会上的讲话\n同志们：')).year).toBe(2024);
    expect(inferMetaFromText(txt('在庆祝某某县人民政协成立40周年大会上的讲话\n同志们：')).year).toBeUndefined();
  });

  it('协商计划: a consultation plan by its title or its preamble, with the year it plans', () => {
    expect(inferMetaFromText(txt('政协某某区委员会2022年度协商工作计划\n一、全体会议协商'))).toMatchObject({ doc_type: '协商计划', year: 2022 });
    const preamble = '人民政协的政治协商是多党合作的重要体现。根据区委九届三次全会精神，特制订2017年度协商工作计划。\n一、围绕工作报告开展全体协商';
    expect(inferMetaFromText(txt(preamble))).toMatchObject({ doc_type: '协商计划', year: 2017 });
  });

  it('more genres from titles and openings: 开幕词, a speech title without 在, a resolution, 热议 in a headline', () => {
    expect(inferMetaFromText(txt('政协建湖县十三届一次会议开幕词\n各位委员、同志们：')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('全国政协十一届一次会议闭幕会上的讲话\n各位委员：')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('全会要闻\n省政协十一届五次会议决议\n会议审议通过了常委会工作报告。')).doc_type).toBeUndefined();
    expect(inferMetaFromText(txt('住甘全国政协委员热议政协工作报告\n05.03.2015  11:05\n正文。')).doc_type).toBe('新闻');
  });

  it('more news openings: a page continued (上接第1版), 12日上午, a newspaper source, 会议审议…, a picture credit first', () => {
    expect(inferMetaFromText(txt('(上接第1版)\n王某表示，今年是人民政协成立75周年。')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('制图:宋 嵩\n全国政协十二届一次会议共提交提案5641件\n1966位委员提交提案\n12日上午，闭幕会审议通过提案审查情况报告。')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('河北四级政协委员献策300条\n2015年09月07日 10:32   来源:河北日报\n正文。')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('会议审议通过政协鄂托克旗第十五届委员会第二次会议召开的时间、地点、议程。')).doc_type).toBe('新闻');
  });

  it('an undated news item that studies a Party congress or plenum is from that year or later', () => {
    const plenum = '政协奇台县第十五届委员会召开第一次常委会议\n12月27日，政协奇台县第十五届委员会召开第一次常委会议。\n会议传达学习了党的十九届六中全会精神。';
    expect(inferMetaFromText(txt(plenum))).toMatchObject({ doc_type: '新闻', year: 2021 });
    const congress = '区政协召开常委会议\n日前，区政协召开常委会议，深入贯彻落实党的二十大精神。会议回顾了2019年以来的工作。';
    expect(inferMetaFromText(txt(congress)).year).toBe(2022);
    // a local committee's plenum (十四届六次全会) is not the Central Committee's
    expect(inferMetaFromText(txt('县政协召开常委会议\n日前，会议传达学习了县委十四届六次全会精神。')).year).toBeUndefined();
  });

  it('the national committee in running text, a body gone to, a national newspaper: not the issuing body', () => {
    // 政协第十一届全国委员会 named in a local item's text, after the local body is named
    const local = '3月3日下午，全国政协十二届一次会议开幕。为及时学习会议精神，武汉市新洲区政协干部职工认真收看贾庆林代表政协第十一届全国委员会常务委员会作的报告。';
    expect(inferMetaFromText(txt(local))).toMatchObject({ region: '武汉市新洲区', region_level: 'district' });
    // 赴北京市政协考察: the body visited
    expect(inferMetaFromText(txt('马某率队考察北京市政协民族宗教工作\n4月1日，湖北省政协副主席马某率队赴京考察学习。')).region).toBe('湖北省');
    // 来源:光明日报 is no 光明区
    expect(inferMetaFromText(txt('区政协举行捐赠仪式\n日期:2007-12-07    来源:光明日报\n本报北京12月6日电，区政协举行捐赠仪式。')).region).not.toBe('光明区');
    // the national body's officer before a member of a province's committee
    const officers = '【香港商报讯】全国政协副秘书长某某日前莅临侨界社团联会座谈。\n新一届甘肃省政协委员某某等先后发言。';
    expect(inferMetaFromText(txt(officers)).region).toBe('全国');
  });

  it("a subtitle's date is the delivery date, not the page's own date line before it", () => {
    const page = '关于州政府系统办理州政协十三届一次会议提案情况的通报\n2023-02-22 08:25 来源:州政府门户网站\n——2022年12月23日在州政协十三届四次常委会会议上\n正文。';
    expect(inferMetaFromText(txt(page)).delivery_year).toBe(2022);
  });

  it('an undated item of November or December that names its latest year only as a plan is from the year before', () => {
    const december = '县政协开展“委员大走访”活动\n12月5日，县政协深入乡镇开展走访，征求基层委员对2023年政协工作的意见和建议，谋划2023年工作思路。';
    expect(inferMetaFromText(txt(december)).year).toBe(2022);
    // in January the plan's year is the item's own
    expect(inferMetaFromText(txt('县政协召开会议\n1月5日，县政协召开会议，谋划2023年工作思路。')).year).toBe(2023);
    // a year named as done, not planned, stays
    expect(inferMetaFromText(txt('县政协召开会议\n12月5日，县政协召开会议，总结2023年工作。')).year).toBe(2023);
  });

  it('reads 陜, a variant the Traditional tables leave alone, as 陕', () => {
    expect(inferMetaFromText(txt('陜西省政協召開主席會議\n會議審議了有關事項。'))).toMatchObject({ region: '陕西省', region_code: '610000' });
  });

  it('a title over three lines, spaced out; a county-level city is a county', () => {
    const meta = inferMetaFromText(txt('中国人民政治协商会议\n第九届乳山市委员会常务委员会\n工 作 报 告\n各位委员：\n我代表政协第九届乳山市委员会常务委员会，向大会报告工作。'));
    expect(meta).toMatchObject({
      title: '中国人民政治协商会议第九届乳山市委员会常务委员会工作报告', region: '乳山市', region_code: '371083', region_level: 'county', doc_type: '常委会工作报告',
    });
  });

  it('提案工作报告 from the title or from the voice of the opening', () => {
    expect(inferMetaFromText(txt('关于县政协X届X次会议以来提案工作情况的报告\n各位委员：')).doc_type).toBe('提案工作报告');
    const voice = '政协提案报告\n各位委员：\n我受政协某某县第六届委员会常务委员会委托，向大会报告提案工作的情况，请予审议。';
    expect(inferMetaFromText(txt(voice)).doc_type).toBe('提案工作报告');
  });

  it('news: a bare 县政协 sets the level, the date line the year; a headline is not the report it names', () => {
    const news = '县政协召开九届二十五次常委会议\n发表日期:2021-04-17\n4月15日，县政协召开九届二十五次常委会议。';
    expect(inferMetaFromText(txt(news))).toMatchObject({ doc_type: '新闻', year: 2021, delivery_year: 2021, region_level: 'county' });
    expect(inferMetaFromText(txt(news)).region).toBeUndefined();
    expect(inferMetaFromText(txt('市政协九届五次会议委员分组讨论常委会工作报告\n正文。')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('全国政协十二届一次会议今天下午在北京人民大会堂开幕。'))).toMatchObject({ doc_type: '新闻', year: 2013, region: '全国', region_level: 'national' });
  });

  it("a page's source line before the title is passed over", () => {
    expect(inferMetaFromText(txt('来源：某某新闻网\n古蔺县政协召开常委会议\n正文。'))).toMatchObject({
      title: '古蔺县政协召开常委会议', region: '古蔺县', region_code: '510525', doc_type: '新闻',
    });
  });

  it('a standing committee report delivered in January is about the year before; delivery_year keeps the date', () => {
    const report = '中国人民政治协商会议某某省第十二届委员会常务委员会工作报告\n（2020年1月14日）\n各位委员：';
    expect(inferMetaFromText(txt(report))).toMatchObject({ year: 2019, delivery_year: 2020, doc_type: '常委会工作报告', region: '某某省', region_level: 'province' });
    expect(inferMetaFromText(txt(report)).region_code).toBeUndefined();
  });

  it('reads a Traditional head as Simplified', () => {
    const trad = '政協黑龍江省第十一屆委員會常務委員會工作報告\n——2017年1月15日在政協黑龍江省第十一屆委員會第五次會議上\n各位委員：';
    expect(inferMetaFromText(txt(trad))).toMatchObject({
      title: '政协黑龙江省第十一届委员会常务委员会工作报告', region: '黑龙江省', region_code: '230000', year: 2016, delivery_year: 2017,
    });
  });

  it('an ambiguous name gets a code only when a province nearby says which; 县委和县政协 names no 和县', () => {
    expect(inferMetaFromText(txt('江北区政协召开常委会议\n正文。'))).toMatchObject({ region: '江北区', region_level: 'district' });
    expect(inferMetaFromText(txt('江北区政协召开常委会议\n正文。')).region_code).toBeUndefined();
    expect(inferMetaFromText(txt('重庆市江北区政协召开常委会议\n正文。'))).toMatchObject({ region_code: '500105', province: '重庆市' });
    expect(inferMetaFromText(txt('会议由县委和县政协联合召开。')).region).toBeUndefined();
  });
});

describe('resolveMeta precedence: manifest, then path, then text', () => {
  const doc = md('---\ntitle: 某某省2030年政府工作报告\nsource: s1\n---\n正文。', 'provinces/甲省/2029.md');

  it('uses the text when nothing else says', () => {
    expect(resolveMeta(doc, undefined, undefined)).toEqual({
      title: '某某省2030年政府工作报告', region: '某某省', region_level: 'province', year: 2030, year_source: 'text', doc_type: '工作报告',
      extra: { source: 's1' }, region_code: '', province: '', prefecture: '', delivery_year: null,
    });
  });

  it('path beats text', () => {
    const meta = resolveMeta(doc, undefined, matchPath(compilePathPattern('{region}/{year}.md'), doc.file));
    expect(meta).toMatchObject({ region: '甲省', year: 2029, year_source: 'path', title: '某某省2030年政府工作报告' });
  });

  it('manifest beats path, field by field; extra columns join the front-matter keys', () => {
    const meta = resolveMeta(doc, row({ year: 2028, region: 'X县', extra: { source: 'manifest', 届次: '十四' } }), { region: '甲省', year: '2029', doc_type: '讲话' });
    expect(meta).toEqual({
      title: '某某省2030年政府工作报告', region: 'X县', region_level: 'county', year: 2028, year_source: 'manifest', doc_type: '讲话',
      extra: { source: 'manifest', 届次: '十四' }, region_code: '', province: '', prefecture: '', delivery_year: null,
    });
  });

  it('a manifest region resolves to its code too (江西省乐平市 → 360281, a county-level city: county)', () => {
    expect(resolveMeta(txt('正文。'), row({ region: '江西省乐平市' }), undefined)).toMatchObject({
      region: '江西省乐平市', region_code: '360281', province: '江西省', prefecture: '景德镇市', region_level: 'county',
    });
  });

  it('an explicit region_level beats the one the region name implies', () => {
    expect(resolveMeta(doc, row({ region_level: 'city' }), { region: '甲省' }).region_level).toBe('city');
    expect(resolveMeta(doc, undefined, { region: '甲省', region_level: '县' }).region_level).toBe('county');
  });

  it('passes over path values it does not understand, so the text can say', () => {
    expect(resolveMeta(doc, undefined, { year: '1900', doc_type: '报告', region_level: 'town' })).toMatchObject({
      year: 2030, year_source: 'text', doc_type: '工作报告', region_level: 'province',
    });
  });

  it('a masked year in the text does not hide a manifest or path year', () => {
    const masked = txt('政协XX县委员会20XX年工作要点\n正文。');
    expect(resolveMeta(masked, undefined, { year: '2020' })).toMatchObject({ year: 2020, year_source: 'path' });
    expect(resolveMeta(masked, undefined, undefined)).toMatchObject({ year: null, year_source: 'unknown', doc_type: '工作要点' });
  });
});

describe.skipIf(!HAS_GOVREPORTS)('text inference on ../shared/govreports (every 25th file)', () => {
  it('agrees with the path on every year it finds; titles come from the front matter', async () => {
    const files = (await listFiles(GOVREPORTS, ['md'])).filter((p) => p.includes('/national/') || p.includes('/provinces/'));
    const sample = files.filter((_, i) => i % 25 === 0);
    const pattern = compilePathPattern('{region}/{year}{*}.md');
    let withYear = 0;
    for (const path of sample) {
      const doc = await readDocument(path, GOVREPORTS);
      const fromPath = matchPath(pattern, relativeFile(GOVREPORTS, path))!;
      const text = inferMetaFromText(doc);
      if (text.year != null) {
        withYear++;
        expect(text.year, path).toBe(Number(fromPath.year));
      }
      if (doc.frontMatter['title']) expect(text.title).toBe(doc.frontMatter['title']);
      expect(text.doc_type === '工作报告' || text.doc_type === undefined, path).toBe(true);
      const meta = resolveMeta(doc, undefined, fromPath);
      expect(meta.region_level, path).toBe(fromPath.region === 'national' ? 'national' : 'province');
      expect(meta.region, path).toBe(fromPath.region === 'national' ? '全国' : fromPath.region); // the folder national is 全国
      expect(meta.year_source).toBe('path');
    }
    expect(sample.length).toBe(31);
    expect(withYear).toBe(31);
  });
});
