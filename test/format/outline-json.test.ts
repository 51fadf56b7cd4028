import { describe, expect, it } from 'vitest';
import { formatOutlineJson } from '../../src/format/outline-json.js';
import { outlineReport } from '../../src/pipeline/outline/report.js';
import { textDoc } from '../pipeline/outline/doc.js';

describe('formatOutlineJson', () => {
  it('prints { file, title, titleLine, headings, leads, enumerations, issues } in that order', () => {
    const doc = textDoc('一、强化学习\n（二）理论武装。一是学习，二是实践。\n');
    // 一、强化学习 = offsets 0–5, the line break 6, （二） starts at 7, 一是 at 15, 二是 at 20, the text ends at 25.
    const json = JSON.parse(formatOutlineJson(outlineReport(doc, 'a.txt')));
    expect(Object.keys(json)).toEqual(['file', 'title', 'titleLine', 'headings', 'leads', 'enumerations', 'issues']);
    expect(json).toEqual({
      file: 'a.txt',
      title: null,
      titleLine: null,
      headings: [
        { kind: 'numbered', level: 1, depth: 1, marker: '一、', number: '一', value: 1, style: 'cn-dun', title: '一、强化学习', line: 1, column: 1, numbered: true, runIn: false, span: { start: 0, end: 25 } },
        { kind: 'numbered', level: 2, depth: 2, marker: '（二）', number: '二', value: 2, style: 'cn-paren', title: '（二）理论武装。', line: 2, column: 1, numbered: true, runIn: true, span: { start: 7, end: 25 } },
      ],
      leads: [],
      enumerations: [
        { kind: 'shi', marker: '一是', number: '一', value: 1, title: '一是学习', line: 2, column: 9, span: { start: 15, end: 20 } },
        { kind: 'shi', marker: '二是', number: '二', value: 2, title: '二是实践', line: 2, column: 14, span: { start: 20, end: 25 } },
      ],
      issues: [
        { ruleId: 'numbering/skip', severity: 'warning', message: '第2级编号从“（二）”开始，缺少“（一）”', line: 2, column: 1, section: '一、强化学习 › （二）理论武装' },
      ],
    });
  });
});
