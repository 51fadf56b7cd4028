import { beforeAll, describe, expect, it } from 'vitest';
import { numberingFindings } from '../../../src/pipeline/outline/numbering.js';
import { parseOutline, parseSections } from '../../../src/pipeline/outline/parse.js';
import { sectionPathAt } from '../../../src/pipeline/outline/tree.js';
import type { ReportDoc } from '../../../src/types.js';
import { GOLD, readJson, SEED_FILES } from '../../helpers.js';
import { seedDocs, textDoc } from './doc.js';

interface GoldHeading {
  file: string;
  line: number;
  level: number;
  number: string;
  title: string;
}

let seeds: Map<string, ReportDoc>;
beforeAll(async () => {
  seeds = await seedDocs();
});
const seed = (prefix: string) => seeds.get(SEED_FILES.find((f) => f.startsWith(prefix))!)!;

describe('parseOutline on the five sample reports', () => {
  it('finds exactly the numbered headings of the gold file (50), nothing extra', () => {
    const gold = readJson<{ headings: GoldHeading[] }>(`${GOLD}/headings.json`).headings;
    const found = SEED_FILES.flatMap((file) => parseOutline(seeds.get(file)!).headings
      .filter((h) => h.numbered)
      .map((h) => ({ file, line: h.line, level: h.level, number: h.number, title: h.title })));
    expect(gold).toHaveLength(50);
    expect(found).toEqual(gold);
  });

  it('has no part headings in the samples: every heading is numbered', () => {
    for (const file of SEED_FILES) expect(parseOutline(seeds.get(file)!).headings.every((h) => h.numbered)).toBe(true);
  });

  it('takes 003 line 2 as the document title, not a heading; the others have none', () => {
    expect(parseOutline(seed('003'))).toMatchObject({ title: '政协XX县委员会2020年工作要点', titleLine: 2 });
    for (const p of ['000', '001', '002', '004']) {
      const o = parseOutline(seed(p));
      expect([o.title, o.titleLine]).toEqual([undefined, undefined]);
    }
  });

  it('marks run-in headings (000 （一）加强理论武装。近年来…) and standalone ones (000 一、, 004 五、…之力。)', () => {
    const h000 = parseOutline(seed('000')).headings;
    expect(h000.map((h) => h.runIn)).toEqual([false, true, true, true, false, true, true, false, true, true]);
    const five = parseOutline(seed('004')).headings[4]!;
    expect([five.title, five.runIn]).toEqual(['五、我们着眼新时代，坚持用新使命增进干事激情，汇聚和衷共济之力。', false]);
  });

  it('gives 002 its 14 lead sentences as unnumbered headings one level below their （一）…（五）', () => {
    const leads = parseOutline(seed('002')).leads;
    expect(leads.map((l) => l.line)).toEqual([4, 5, 6, 8, 9, 11, 12, 14, 15, 16, 17, 18, 20, 21]);
    expect(leads[0]).toMatchObject({ kind: 'lead', title: '不断强化理论武装。', level: 3, depth: 3, numbered: false, runIn: true, line: 4, column: 1 });
    expect(leads[13]!.title).toBe('强化机关能力作风建设。');
    expect(parseOutline(seed('000')).leads).toEqual([]);
  });

  it('gives 001 its nine 一是/二是/三是 enumerations with their place', () => {
    const e = parseOutline(seed('001')).enumerations;
    expect(e.map((x) => [x.kind, x.marker, x.value, x.line, x.column, x.title])).toEqual([
      ['shi', '一是', 1, 3, 37, '一是坚持区委领导'], ['shi', '二是', 2, 3, 246, '二是健全组织体系'],
      ['shi', '三是', 3, 3, 427, '三是扛起党组责任'], ['shi', '一是', 1, 5, 30, '一是坚持理论指导实践'],
      ['shi', '二是', 2, 5, 242, '二是构建协商活动载体'], ['shi', '三是', 3, 5, 431, '三是提升协商层次水平'],
      ['shi', '一是', 1, 7, 36, '一是重点加强制度建设'], ['shi', '二是', 2, 7, 187, '二是做好委员服务管理'],
      ['shi', '三是', 3, 7, 339, '三是强化委员履职责任'],
    ]);
  });

  it('nests 000 into three sections of 3, 2 and 2 and names the path of any offset', () => {
    const doc = seed('000');
    const o = parseOutline(doc);
    expect(o.tree.map((n) => [n.heading.marker, n.children.map((c) => c.heading.marker)])).toEqual([
      ['一、', ['（一）', '（二）', '（三）']], ['二、', ['（一）', '（二）']], ['三、', ['（一）', '（二）']],
    ]);
    expect(sectionPathAt(o, doc.text.indexOf('本届政协以来'))).toBe('二、打造特色品牌');
    expect(sectionPathAt(o, doc.text.indexOf('探索建立了以会议监督'))).toBe('二、打造特色品牌 › （二）强化民主监督');
    expect(sectionPathAt(o, 0)).toBeUndefined();
  });

  it('parses the sections alone (for check) exactly as the outline has them, without the enumerations', () => {
    for (const file of SEED_FILES) {
      const doc = seeds.get(file)!;
      const sections = parseSections({ ...doc });
      expect(sections).not.toHaveProperty('enumerations');
      const { enumerations: _enumerations, ...rest } = parseOutline(doc);
      expect(sections).toEqual(rest);
      // Once the whole outline is parsed, its sections are those of the outline, not parsed again.
      expect(parseSections(doc)).toBe(parseOutline(doc));
    }
    expect(parseSections(seed('002')).leads).toHaveLength(14);
  });

  it('reports no numbering issue on any sample (003 numbers 1.–15. across its 一、 sections: allowed)', () => {
    for (const file of SEED_FILES) expect(numberingFindings(seeds.get(file)!)).toEqual([]);
  });
});

describe('parseOutline: marker variants, levels and positions', () => {
  it('reads every level and variant with marker, number and value as written', () => {
    const doc = textDoc(['一、总体', '(二)半角', '（三）、顿号', '1．全角点', '2、顿号', '（1）括号', '2）单括号', '①圈号', 'a.字母', '十一、十一'].join('\n'));
    expect(parseOutline(doc).headings.map((h) => [h.level, h.marker, h.number, h.value, h.style])).toEqual([
      [1, '一、', '一', 1, 'cn-dun'], [2, '(二)', '二', 2, 'cn-paren-half'], [2, '（三）、', '三', 3, 'cn-paren-dun'],
      [3, '1．', '1', 1, 'ar-dot'], [3, '2、', '2', 2, 'ar-dun'], [4, '（1）', '1', 1, 'ar-paren'],
      [4, '2）', '2', 2, 'ar-close'], [5, '①', '①', 1, 'circled'], [6, 'a.', 'a', 1, 'latin'], [1, '十一、', '十一', 11, 'cn-dun'],
    ]);
  });

  it('does not take numbers, dates and ranges at a line start for markers', () => {
    const doc = textDoc(['1.5万亩耕地得到改良。', '一、二季度增长较快。', '一九五八年的工作。', '2023、2024年连续增长。', '3、4月份降水偏多。'].join('\n'));
    expect(parseOutline(doc).headings).toEqual([]);
  });

  it('gives Markdown headings the line and column of their marker in the source', () => {
    const doc = textDoc('---\ntitle: 报告\n---\n\n## 一、总体要求\n\n**（一）稳增长。**今年要…\n', 'md');
    const h = parseOutline(doc).headings;
    expect(h.map((x) => [x.line, x.column, x.title, x.runIn])).toEqual([[5, 4, '一、总体要求', false], [7, 3, '（一）稳增长。', true]]);
  });

  it('lets a report start at （一）: its top-level headings are roots of depth 1', () => {
    const o = parseOutline(textDoc('（一）稳增长\n1.扩内需\n（二）促改革\n'));
    expect(o.tree.map((n) => [n.heading.marker, n.heading.level, n.heading.depth, n.children.length])).toEqual([['（一）', 2, 1, 1], ['（二）', 2, 1, 0]]);
  });

  it('takes a marker alone on its line for a heading without a title', () => {
    const o = parseOutline(textDoc('（一）\n一年来，工作扎实推进。\n（二）\n今年要继续努力。\n'));
    expect(o.headings.map((h) => [h.marker, h.title, h.line])).toEqual([['（一）', '（一）', 1], ['（二）', '（二）', 3]]);
  });

  it('finds 第一，, 一是 and —— points, but not 统一是 or a lone 第一', () => {
    const o = parseOutline(textDoc('第一，抓项目。第二，促消费。\n统一是前提，全国第一，一是稳。\n——稳增长，保就业。\n——促改革，强动力。\n'));
    expect(o.enumerations.map((e) => [e.kind, e.marker, e.value, e.line, e.title])).toEqual([
      ['di', '第一，', 1, 1, '第一，抓项目'], ['di', '第二，', 2, 1, '第二，促消费'],
      ['dash', '——', 1, 3, '——稳增长'], ['dash', '——', 2, 4, '——促改革'],
    ]);
  });

  it('keeps the dated —— subtitle under a title out of the points', () => {
    const o = parseOutline(textDoc('政府工作报告\n——2020年5月22日在第三次会议上\n各位代表：\n一、回顾\n'));
    expect([o.title, o.titleLine, o.enumerations, o.headings.length]).toEqual(['政府工作报告', 1, [], 1]);
  });

  it('takes the section span from the heading to the next heading at its level or above', () => {
    const doc = textDoc('一、甲\n正文一。\n（一）子\n正文二。\n\n二、乙\n正文三。\n');
    const [one, sub, two] = parseOutline(doc).headings;
    expect(doc.text.slice(one!.span.start, one!.span.end)).toBe('一、甲\n正文一。\n（一）子\n正文二。');
    expect(doc.text.slice(sub!.span.start, sub!.span.end)).toBe('（一）子\n正文二。');
    expect(doc.text.slice(two!.span.start, two!.span.end)).toBe('二、乙\n正文三。');
  });
});
