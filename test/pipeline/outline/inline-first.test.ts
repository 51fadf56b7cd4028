import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../../src/pipeline/outline/parse.js';
import { outlineReport } from '../../../src/pipeline/outline/report.js';
import { textDoc } from './doc.js';

/** Numbered headings as `line:column marker title`. */
function headings(source: string, format: 'txt' | 'md' = 'txt'): string[] {
  return parseOutline(textDoc(source, format)).headings.map((h) => `${h.line}:${h.column} ${h.marker} ${h.title}`);
}

const issues = (source: string) => outlineReport(textDoc(source), 'draft.txt').issues.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('a run whose （一） ends the line before it', () => {
  it('starts the level after a colon: （二） is not reported as missing its （一）', () => {
    const source = '一、过去一年的工作\n一年来，主要做了以下三个方面工作：（一）加强学习。全年组织学习12次。\n（二）改进作风。\n（三）狠抓落实。';
    expect(headings(source)).toEqual([
      '1:1 一、 一、过去一年的工作',
      '2:18 （一） （一）加强学习。',
      '3:1 （二） （二）改进作风。',
      '4:1 （三） （三）狠抓落实。',
    ]);
    expect(issues(source)).toEqual([]);
  });

  it('starts the level after the sentence that announces it, and after the bold title of its parent', () => {
    expect(headings('重点做好以下工作。（一）稳增长\n（二）促改革')).toEqual(['1:10 （一） （一）稳增长', '2:1 （二） （二）促改革']);
    expect(headings('**三、推进经济发展** （一）抓农业。全年…\n\n（二）抓工业', 'md')).toEqual([
      '1:3 三、 三、推进经济发展', '1:14 （一） （一）抓农业。', '3:1 （二） （二）抓工业',
    ]);
    expect(headings('**一年来的主要工作是：** （一）抓农业\n\n（二）抓工业', 'md')).toEqual(['1:16 （一） （一）抓农业', '3:1 （二） （二）抓工业']);
  });

  it('is not a heading inside an in-line list, without a lead-in, or when no （二） line follows', () => {
    expect(issues('情况如下：（一）甲；（二）乙。\n（三）丙')).toEqual(['2:1 numbering/skip']);
    expect(headings('会议指出（一）甲\n（二）乙')).toEqual(['2:1 （二） （二）乙']);
    expect(headings('工作如下：（一）甲\n二、乙')).toEqual(['2:1 二、 二、乙']);
  });
});
