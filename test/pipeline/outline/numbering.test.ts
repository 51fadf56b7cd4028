import { describe, expect, it } from 'vitest';
import { NUMBERING_RULES, type NumberingOptions } from '../../../src/pipeline/outline/numbering.js';
import { outlineReport } from '../../../src/pipeline/outline/report.js';
import { textDoc } from './doc.js';

/** The numbering issues of a text as [ruleId, line, column, message]. */
function issues(lines: readonly string[], options: Partial<NumberingOptions> = {}) {
  return outlineReport(textDoc(lines.join('\n')), 'draft.txt', options).issues.map((d) => [d.ruleId, d.line, d.column, d.message]);
}

describe('numbering rules: valid outlines', () => {
  it.each([
    ['the four GB/T 9704 levels in order', ['一、甲', '（一）乙', '1.丙', '（1）丁', '（2）戊', '2.己', '（二）庚', '二、辛']],
    ['1. straight under 一、 (allowed by default)', ['一、甲', '1.乙', '2.丙', '二、丁', '1.戊']],
    ['level-3 numbering continued across 一、 sections (003)', ['一、甲', '1.乙', '2.丙', '二、丁', '3.戊', '4.己']],
    ['a report whose top level is （一）', ['（一）甲', '（二）乙', '1.丙']],
    ['1. restarting after an unnumbered lead', ['（一）甲', '实施积极的就业政策。', '1.乙', '2.丙', '健全社会保障体系。', '1.丁']],
    ['（一） restarting after a list introduction ending in ：', ['一、甲', '（一）乙', '（二）丙', '科技创新的重点：', '（一）丁']],
    ['（一） restarting after 以下…。 with spaces after it', ['一、甲', '（一）乙', '（二）丙', '今年主要抓好以下几项工作。 \t', '（一）丁']],
    ['（一） restarting after 如下。 in a text with a line separator', ['一、甲\u2028', '（一）乙', '（二）丙', '安排如下。', '（一）丁']],
    ['1、 (allowDunHao is the default: published reports write it)', ['一、甲', '1、乙', '2、丙']],
  ])('%s', (_name, lines) => {
    expect(issues(lines)).toEqual([]);
  });
});

describe('numbering rules: each finding at its line and column', () => {
  it('numbering/skip: a missing number, and a level that starts above 1', () => {
    expect(issues(['一、甲', '二、乙', '四、丁'])).toEqual([
      ['numbering/skip', 3, 1, '第1级编号跳号：“二、”之后是“四、”，缺少“三、”'],
    ]);
    expect(issues(['一、甲', '（一）乙', '（四）丙'])).toEqual([
      ['numbering/skip', 3, 1, '第2级编号跳号：“（一）”之后是“（四）”，缺少“（二）”至“（三）”'],
    ]);
    expect(issues(['二、甲', '三、乙'])).toEqual([['numbering/skip', 1, 1, '第1级编号从“二、”开始，缺少“一、”']]);
  });

  it('numbering/repeat: the same number twice, or a number going back', () => {
    expect(issues(['（一）甲', '（二）乙', '（二）丙'])).toEqual([
      ['numbering/repeat', 3, 1, '第2级编号重复或倒序：“（二）”之后是“（二）”，应为“（三）”'],
    ]);
    expect(issues(['1.甲', '2.乙', '3.丙', '2.丁'])).toEqual([
      ['numbering/repeat', 4, 1, '第3级编号重复或倒序：“3.”之后是“2.”，应为“4.”'],
    ]);
  });

  it('numbering/restart: neither from 1 nor continuing; twice in one section; 一、 inside 一、', () => {
    // Not a list introduction: 以下 more than 12 characters before the 。, or a 。 between them.
    expect(issues(['一、甲', '（一）乙', '（二）丙', '以下是过去一年里全体委员共同努力取得的成绩。', '（一）丁'])).toEqual([
      ['numbering/restart', 5, 1, '“一、甲”下第2级编号在同一节内重新从“（一）”开始：“（二）”之后应为“（三）”'],
    ]);
    expect(issues(['一、甲', '（一）乙', '（二）丙', '如下。安排。', '（一）丁'])).toEqual([
      ['numbering/restart', 5, 1, '“一、甲”下第2级编号在同一节内重新从“（一）”开始：“（二）”之后应为“（三）”'],
    ]);
    expect(issues(['一、甲', '1.乙', '2.丙', '二、丁', '5.戊'])).toEqual([
      ['numbering/restart', 5, 1, '“二、丁”下第3级编号从“5.”开始：应从“1.”重新编号，或接续上一段的“3.”'],
    ]);
    expect(issues(['一、甲', '（一）乙', '（二）丙', '（一）丁'])).toEqual([
      ['numbering/restart', 4, 1, '“一、甲”下第2级编号在同一节内重新从“（一）”开始：“（二）”之后应为“（三）”'],
    ]);
    expect(issues(['一、回顾', '二、任务', '一、推进结构调整', '二、深化改革'])).toEqual([
      ['numbering/restart', 3, 1, '第1级编号“一、”在同级标题“二、任务”之内重新开始：下一级应改用“（一）”等编号'],
    ]);
  });

  it('numbering/punctuation: 一. （一）、 1、 1） — the expected form in the message', () => {
    expect(issues(['一．甲', '（一）、乙', '1、丙', '1）丁'], { allowDunHao: false })).toEqual([
      ['numbering/punctuation', 1, 1, '编号“一．”的标点不规范，应为“一、”'],
      ['numbering/punctuation', 2, 1, '编号“（一）、”的标点不规范，应为“（一）”'],
      ['numbering/punctuation', 3, 1, '编号“1、”的标点不规范，应为“1.”'],
      ['numbering/punctuation', 4, 1, '编号“1）”的标点不规范，应为“（1）”'],
    ]);
  });

  it('numbering/half-width: (一) and (1) with ASCII brackets', () => {
    expect(issues(['一、甲', '(一)乙', '（二）丙', '1.丁', '(1)戊'])).toEqual([
      ['numbering/half-width', 2, 1, '编号“(一)”使用了半角括号，应为全角“（一）”'],
      ['numbering/half-width', 5, 1, '编号“(1)”使用了半角括号，应为全角“（1）”'],
    ]);
  });

  it('numbering/mixed-style: the headings written unlike most of their level', () => {
    expect(issues(['一、甲', '1.乙', '2．丙', '3.丁'])).toEqual([
      ['numbering/mixed-style', 3, 1, '同一级编号写法不一致：“2．”，本文第3级编号多写作“2.”'],
    ]);
    expect(issues(['一、甲', '1.乙', '2、丙', '3.丁'])).toEqual([
      ['numbering/mixed-style', 3, 1, '同一级编号写法不一致：“2、”，本文第3级编号多写作“2.”'],
    ]);
  });

  it('numbering/level-jump: 一、 straight to （1）, once per parent; 一、 to 1. when not allowed', () => {
    expect(issues(['一、甲', '（1）乙', '（2）丙'])).toEqual([
      ['numbering/level-jump', 2, 1, '层级跳跃：第1级“一、”下直接出现第4级“（1）”，缺少第2级（如“（一）”）'],
    ]);
    expect(issues(['一、甲', '1.乙'], { allowOneToThree: false })).toEqual([
      ['numbering/level-jump', 2, 1, '层级跳跃：第1级“一、”下直接出现第3级“1.”，缺少第2级（如“（一）”）'],
    ]);
  });

  it('names the heading path of each issue in the section field', () => {
    const report = outlineReport(textDoc('一、甲\n（一）乙\n（三）丙\n'), 'draft.txt');
    expect(report.issues.map((d) => [d.ruleId, d.section, d.severity])).toEqual([['numbering/skip', '一、甲 › （三）丙', 'warning']]);
  });
});

describe('NUMBERING_RULES', () => {
  it('describes every rule id the checks report, all warnings', () => {
    expect(NUMBERING_RULES.map((r) => r.id)).toEqual([
      'numbering/skip', 'numbering/repeat', 'numbering/restart', 'numbering/mixed-style',
      'numbering/punctuation', 'numbering/half-width', 'numbering/level-jump',
    ]);
    expect(NUMBERING_RULES.every((r) => r.defaultSeverity === 'warning' && r.help.includes('ok:'))).toBe(true);
  });
});
