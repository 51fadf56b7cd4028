/** Rules from how government work reports (政府工作报告) open (made-up texts worded as the genre words them). */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { inferMetaFromText } from '../../../src/pipeline/docvars/metadata.js';
import { governmentName, governmentSeat, isGovernmentReport } from '../../../src/pipeline/docvars/government.js';
import { firstNameOfLevel, mostNamed } from '../../../src/pipeline/docvars/names.js';
import { resolveRegion } from '../../../src/pipeline/docvars/region-code.js';
import type { ReportDoc } from '../../../src/types.js';

const txt = (source: string): ReportDoc => createDocument({ path: 'a.txt', file: 'a.txt', format: 'txt', encoding: 'utf-8', source });
const VOICE = '各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。';

describe('a government work report: whether it is one, its place and its level', () => {
  it('is one by its title, its 我代表…人民政府 or its session line; a 政协 report is not', () => {
    expect(isGovernmentReport('宁波市政府工作报告', [])).toBe(true);
    expect(isGovernmentReport('', ['——2020年1月7日在市第十六届人民代表大会第四次会议上'])).toBe(true);
    expect(isGovernmentReport('', ['在州七届人大四次会议上'])).toBe(true);
    expect(isGovernmentReport('', ['我代表政协第九届委员会常务委员会，向大会报告工作'])).toBe(false);
  });

  it('names its place in the title, the session line (人民代表大会 or 人大) or the byline', () => {
    expect(governmentName('云南省2003年政府工作报告', [])).toBe('云南省');
    expect(governmentName('', ['──2014年1月5日在三明市第十二届人民代表大会第四次会议上'])).toBe('三明市');
    expect(governmentName('', ['2016年1月在鹰潭市第八届人大第六次会议上'])).toBe('鹰潭市');
    expect(governmentName('', ['鄂尔多斯市市长 廉某某', '各位代表：'])).toBe('鄂尔多斯市');
    expect(governmentName('', ['——在第十四届全国人民代表大会第二次会议上'])).toBe('全国');
    expect(governmentName('', ['市长 邵某某'])).toBe('');
    // a title that is news about a government (a 政协 inspecting its handling of proposals) names no report's place
    expect(governmentName('市政协视察市政府系统办理的2016年重点提案', [])).toBe('');
  });

  it('gives the level of the government that speaks when no place is named: its voice, its session line, its byline', () => {
    expect(governmentSeat(['我代表州人民政府，向大会报告工作'])).toEqual({ level: 'city', word: '州' });
    expect(governmentSeat(['我代表自治区人民政府，向大会报告工作'])).toEqual({ level: 'province', word: '自治区' });
    expect(governmentSeat(['——2014年1月12日在州七届人大四次会议上'])).toEqual({ level: 'city', word: '州' });
    expect(governmentSeat(['县人民政府代理县长 王某某'])).toEqual({ level: 'county', word: '县' });
    // a news line that starts with an office is no byline
    expect(governmentSeat(['县长王某某出席会议并讲话。'])).toBeUndefined();
  });
});

describe('names read from running text', () => {
  it('the first of a level, or the most named of a kind (named at least twice, more than any other)', () => {
    const text = '长治久安。对口帮扶的青岛市投入资金。安顺发展进程中，安顺的旅游，安顺的产业。';
    // 长治久安 is a set phrase, no 长治: the first city named is 青岛市
    expect(firstNameOfLevel(text, 'city')).toBe('青岛市');
    const cities = (d: { level: string }) => d.level === 'city';
    expect(mostNamed(text, cities)).toBe('安顺市');
    expect(mostNamed('安顺和青岛，青岛和安顺', cities)).toBe('');
  });

  it('an autonomous prefecture is counted by its stem too (文山, 恩施), which is no name by itself', () => {
    const prefectures = (d: { level: string; name: string }) => d.level === 'city' && d.name.endsWith('州');
    expect(mostNamed('文山三七产业，文山的旅游，百色方向的高速，文山机场。', prefectures)).toBe('文山壮族苗族自治州');
  });

  it('Xinjiang\'s autonomous prefectures without 族 and 朝鲜族 have their short names (伊犁州, 延边州); 内蒙古 and 东乡区 keep theirs', () => {
    expect(resolveRegion('伊犁州').region_code).toBe('654000');
    expect(resolveRegion('昌吉州').region_code).toBe('652300');
    expect(resolveRegion('延边州').region_code).toBe('222400');
    expect(resolveRegion('内蒙古').region_code).toBe('150000');
    expect(resolveRegion('东乡区').region_code).toBe('361003');
  });
});

describe('a government work report read from its body alone', () => {
  it('a session line that starts with one dash or a box-drawing line is a date line, not a title: place and year', () => {
    const body = `──2014年1月5日在三明市第十二届人民代表大会第四次会议上\n三明市人民政府市长 杜某某\n${VOICE}`;
    expect(inferMetaFromText(txt(body))).toMatchObject({ region: '三明市', region_code: '350400', region_level: 'city', year: 2014, delivery_year: 2014, doc_type: '工作报告' });
    expect(inferMetaFromText(txt(body.replace('──', '—')))).toMatchObject({ region: '三明市', year: 2014 });
  });

  it('a date line in Han digits is not a title either', () => {
    const body = `二〇二一年二月二十三日在焦作市第十三届人民代表大会第五次会议上\n${VOICE}`;
    expect(inferMetaFromText(txt(body))).toMatchObject({ region: '焦作市', year: 2021, delivery_year: 2021 });
  });

  it('delivered in October–December, it is the report for the next year; delivery_year keeps the date\'s year', () => {
    const body = `——2021年12月30日在岳阳市第九届人民代表大会第一次会议上\n${VOICE}\n一、过去五年工作回顾`;
    expect(inferMetaFromText(txt(body))).toMatchObject({ year: 2022, delivery_year: 2021 });
    expect(inferMetaFromText(txt(body.replace('12月30日', '1月30日')))).toMatchObject({ year: 2021, delivery_year: 2021 });
  });

  it('undated, it is the report for the year after its review (一、2019年工作回顾, 一、回顾2024年); a 政协 report keeps its review year', () => {
    expect(inferMetaFromText(txt(`${VOICE}\n一、2019年工作回顾\n过去一年，全市上下…`))).toMatchObject({ year: 2020 });
    expect(inferMetaFromText(txt(`市长 张某某\n${VOICE}\n一、回顾2024年，我们克难攻坚`))).toMatchObject({ year: 2025 });
    const cppcc = '政协某某县委员会常务委员会工作报告\n各位委员：\n现在，我代表政协第九届某某县委员会常务委员会向大会报告工作。\n一、2019年工作回顾';
    expect(inferMetaFromText(txt(cppcc))).toMatchObject({ doc_type: '常委会工作报告', year: 2019 });
  });

  it('with no place named, the most named place of its government\'s kind, not the first one named', () => {
    const body = `——2020年1月14日在州第十四届人民代表大会第四次会议上\n州长 李某某\n各位代表：\n现在，我代表州人民政府向大会报告工作。\n长治久安，百色方向的高速建成。文山三七产业壮大，文山的旅游兴旺，文山机场通航。`;
    expect(inferMetaFromText(txt(body))).toMatchObject({ region: '文山壮族苗族自治州', region_code: '532600', region_level: 'city' });
  });
});
