import { describe, expect, it } from 'vitest';
import { joinedSoftBreaks, withoutSoftBreaks } from '../../src/document/soft-breaks.js';
import { createDocument } from '../../src/document/create.js';
import { extractTopics } from '../../src/pipeline/topics/extract.js';

/** A page wrapped at 16 characters, as a PDF's text is: words cut at the line's end. */
const WRAPPED = [
  '市政协年鉴',
  '年内，市政协组织委员围绕市委、市政',
  '府的中心工作，对全市农副产品深加工',
  '、素质教育、流通企业改制、文化',
  '建设等方面开展了视察活动，写出了有情况',
  '、有分析、有建议的报告，为市委、市',
  '政府科学决策提供了参考依据。',
  '一、提案工作',
  '全年共收到提案三百余件，立案二百件',
  '。',
].join('\n');

describe('joinedSoftBreaks', () => {
  it('joins the breaks of a text wrapped at one width, where a sentence goes on, and maps the copy back', () => {
    const joined = joinedSoftBreaks(WRAPPED)!;
    expect(joined.text.split('\n')).toEqual([
      '市政协年鉴',
      '年内，市政协组织委员围绕市委、市政府的中心工作，对全市农副产品深加工、素质教育、流通企业改制、文化建设等方面开展了视察活动，写出了有情况、有分析、有建议的报告，为市委、市政府科学决策提供了参考依据。',
      '一、提案工作',
      '全年共收到提案三百余件，立案二百件。',
    ]);
    expect(joined.breaks).toHaveLength(6);
    // every character of the copy stands where it stood
    for (let i = 0; i < joined.text.length; i++) expect(WRAPPED[joined.at[i]!]).toBe(joined.text[i]);
    expect(joined.at[joined.text.length]).toBe(WRAPPED.length);
    // a piece of the text as written without the breaks inside it
    const at = WRAPPED.indexOf('市政\n府');
    expect(withoutSoftBreaks(WRAPPED, at, at + 4, joined.breaks)).toBe('市政府');
  });

  it('leaves a text of paragraphs of every length, or too few lines of one width, as it is', () => {
    expect(joinedSoftBreaks('一、总体要求\n坚持以人民为中心的发展思想，扎实推进各项工作。\n二、主要任务\n（一）围绕乡村振兴开展专题调研，形成调研报告。\n')).toBeUndefined();
    expect(joinedSoftBreaks(WRAPPED.split('\n').slice(0, 4).join('\n'))).toBeUndefined();
  });
});

describe('topics of a wrapped text', () => {
  it('reads a subject cut by a soft break whole, at its place in the text as written, without the break', () => {
    const doc = createDocument({ path: 'w.txt', file: 'w.txt', format: 'txt', encoding: 'utf-8', source: WRAPPED });
    const topics = extractTopics(doc, undefined, null).map((t) => [t.topic, t.activity, t.line, t.column, t.endLine, t.endColumn]);
    expect(topics).toEqual([
      // ends at its line's end, not after the break that follows it
      ['全市农副产品深加工', '视察', 3, 9, 3, 18],
      ['素质教育', '视察', 4, 2, 4, 6],
      ['流通企业改制', '视察', 4, 7, 4, 13],
      // cut by the wrapping: one topic from line 4 to line 5, written without the break
      ['文化建设', '视察', 4, 14, 5, 3],
    ]);
  });
});
