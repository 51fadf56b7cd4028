/** contextOf: the words around a finding, without HTML comments (inline suppression directives). */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/create.js';
import { contextOf } from '../../src/document/span.js';

function docOf(source: string) {
  return createDocument({ path: 'x.txt', file: 'x.txt', format: 'txt', encoding: 'utf-8', source });
}

/** The context of the first occurrence of `needle`. */
function contextAt(source: string, needle: string, radius = 10): string {
  const doc = docOf(source);
  const start = doc.text.indexOf(needle);
  return contextOf(doc, start, start + needle.length, radius);
}

describe('contextOf', () => {
  it('gives about radius characters either side, on one line', () => {
    expect(contextAt('全年地区生产总值增长X%，\n高于全省平均水平。', 'X', 5)).toBe('产总值增长X%， 高于');
  });

  it('leaves out a directive cut by the right edge of the window', () => {
    const source = '全年地区生产总值增长 %。 <!-- workreport-disable-next-line placeholder/letter-mask -->\n实施X计划';
    // the window (5 either side) ends at '%。 <!-- wor'
    expect(contextAt(source, ' %', 5)).toBe('产总值增长 %。');
  });

  it('leaves out a comment cut by the left edge, and whole comments inside the window', () => {
    const source = '<!-- workreport-disable-next-line -- 已核实 -->\n召开XX次会议<!-- 备注 -->，审议通过';
    // the window counts the comment's characters: 16 either side reach '，审' on the right
    expect(contextAt(source, 'XX', 16)).toBe('召开XX次会议，审');
    expect(contextAt('前文<!-- 说明 -->会议时间【待定】<!-- 未完', '【待定】', 6)).toBe('会议时间【待定】');
  });

  it('keeps a finding that is itself inside a comment', () => {
    expect(contextAt('前文<!-- 待补充XX -->后文', 'XX', 6)).toBe('XX后文');
  });

  it('keeps a lone <!- that opens no comment', () => {
    expect(contextAt('箭头<!-不是注释XX', 'XX', 7)).toBe('<!-不是注释XX');
  });
});
