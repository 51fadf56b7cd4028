import { describe, expect, it } from 'vitest';
import { codePointsBetween } from '../../../src/document/code-points.js';
import { parseOutline } from '../../../src/pipeline/outline/parse.js';
import { headingCount, sectionRows } from '../../../src/pipeline/per-document/sections.js';
import { columnsOf } from '../../../src/schemas/documents.js';
import { SectionRowSchema } from '../../../src/schemas/sections.js';
import { SCHEMAS } from '../../../src/schemas/index.js';
import { seedDocs, textDoc } from '../outline/doc.js';

describe('sectionRows', () => {
  it('gives 000 one row per heading with the sections.csv columns; chars = code points of the section', async () => {
    const doc = (await seedDocs()).get('000_178bb20f8e3f1132.txt')!;
    const rows = sectionRows(doc, parseOutline(doc));
    const base = { doc_id: '000_178bb20f8e3f1132', file: '000_178bb20f8e3f1132.txt', numbered: true };
    expect(rows).toEqual([
      { ...base, level: 1, marker: '一、', number: '一', title: '一、筑牢协商根基', line: 2, chars: 601 },
      { ...base, level: 2, marker: '（一）', number: '一', title: '（一）加强理论武装。', line: 3, chars: 202 },
      { ...base, level: 2, marker: '（二）', number: '二', title: '（二）坚持党的领导。', line: 4, chars: 241 },
      { ...base, level: 2, marker: '（三）', number: '三', title: '（三）规范履职管理。', line: 5, chars: 147 },
      { ...base, level: 1, marker: '二、', number: '二', title: '二、打造特色品牌', line: 6, chars: 895 },
      { ...base, level: 2, marker: '（一）', number: '一', title: '（一）专题资政协商。', line: 8, chars: 572 },
      { ...base, level: 2, marker: '（二）', number: '二', title: '（二）强化民主监督。', line: 9, chars: 226 },
      { ...base, level: 1, marker: '三、', number: '三', title: '三、推进基层协商', line: 10, chars: 518 },
      { ...base, level: 2, marker: '（一）', number: '一', title: '（一）建设基层协商平台。', line: 11, chars: 279 },
      { ...base, level: 2, marker: '（二）', number: '二', title: '（二）发挥基层治理优势。', line: 12, chars: 229 },
    ]);
    // A section without sub-sections is its one line: 202 is the code points of line 3.
    expect([...doc.source.split('\n')[2]!.trimEnd()].length).toBe(202);
    for (const r of rows) expect(() => SectionRowSchema.parse(r)).not.toThrow();
    expect(Object.keys(rows[0]!)).toEqual(columnsOf(SectionRowSchema));
    expect(headingCount(parseOutline(doc))).toBe(10);
  });

  it('lists parts (level 0) and leads (numbered false) among the rows, in document order', () => {
    const opening = '一年来，我们围绕中心、服务大局，扎实履行各项职能，各方面工作取得了新的进展。';
    const doc = textDoc(`政协工作报告\n${opening}\n2024年工作要点\n一、强化学习\n不断强化理论武装。一以贯之。\n推进政治建设。始终坚持。\n`);
    const rows = sectionRows(doc, parseOutline(doc)).map((r) => [r.level, r.marker, r.title, r.line, r.numbered, r.chars]);
    expect(rows).toEqual([
      [0, '', '2024年工作要点', 3, false, 9 + 6 + 14 + 12],
      [1, '一、', '一、强化学习', 4, true, 6 + 14 + 12],
      [2, '', '不断强化理论武装。', 5, false, 14],
      [2, '', '推进政治建设。', 6, false, 12],
    ]);
    expect(headingCount(parseOutline(doc))).toBe(1);
  });

  it('counts chars as codePointsBetween each section, line breaks left out, on the seeds and on nested sections with CRLF and pairs', async () => {
    const docs = [...(await seedDocs()).values()];
    docs.push(textDoc('一、𠀀学习\r\n（一）理论𠀀武装。\r\n1.深入𠀀学习。\r\n（二）𠀀政治建设\r\n二、𠀀\r\n'));
    for (const doc of docs) {
      const outline = parseOutline(doc);
      const spans = [...outline.headings, ...outline.leads].sort((a, b) => a.span.start - b.span.start).map((h) => h.span);
      const expected = spans.map((s) => codePointsBetween(doc.text, s.start, s.end, { lineBreaks: false }));
      expect(sectionRows(doc, outline).map((r) => r.chars), doc.file).toEqual(expected);
      expect(spans.length).toBeGreaterThan(1);
    }
  });

  it('is published as sections.csv', () => {
    expect(SCHEMAS['sections.csv']).toBe(SectionRowSchema);
  });
});
