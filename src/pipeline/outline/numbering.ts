/**
 * `numberingFindings`: the section-numbering checks of one document, as `Finding`s (severity warning)
 * under the rule ids `numbering/<name>` described in `NUMBERING_RULES`. Pure.
 */
import type { Finding, ReportDoc, Severity } from '../../types.js';
import { levelFindings } from './checks/levels.js';
import { sequenceFindings } from './checks/sequence.js';
import { styleFindings } from './checks/style.js';
import { parseSections, type Sections } from './parse.js';
import { firstAfter } from './tree.js';

export interface NumberingOptions {
  /**
   * Accept 1、 for level-3 headings. Default true: about a third of the provincial reports with level-3
   * headings write 1、 (GB/T 9704 writes 1.); see docs/method/outline.md, "Numbering rules".
   */
  allowDunHao: boolean;
  /** Accept 1. directly under 一、 without a （一） level (default true). */
  allowOneToThree: boolean;
}

export const DEFAULT_NUMBERING_OPTIONS: Readonly<NumberingOptions> = { allowDunHao: true, allowOneToThree: true };

/** The numbering findings of a document, sorted by position (its sections are parsed when not given). */
export function numberingFindings(
  doc: ReportDoc, outline: Sections = parseSections(doc), options: Partial<NumberingOptions> = {},
): Finding[] {
  const o = { ...DEFAULT_NUMBERING_OPTIONS, ...options };
  return [
    ...sequenceFindings(outline.tree, breaksIn(doc.text, outline)),
    ...styleFindings(outline.headings, o),
    ...levelFindings(outline.tree, o),
  ].sort((a, b) => a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** A list introduction: a paragraph ending in ：, or in 。 after 以下 / 如下 (主要做了以下工作。). */
const INTRO = /(：|[以如]下[^。\n]{0,12}。)[ \t]*$/gm;

/** Whether a lead or a list introduction starts within `[from, to)` (after the line at `from`). */
function breaksIn(text: string, outline: Sections): (from: number, to: number) => boolean {
  const starts = Int32Array.from([...outline.leads.map((l) => l.span.start), ...introStarts(text)]).sort();
  return (from, to) => (starts[firstAfter(starts, from)] ?? Infinity) < to;
}

/**
 * Where INTRO matches, found from the line ends rather than by trying the pattern at every character: the last
 * character of a line before its spaces is ：, or a 。 with 以下/如下 at most 12 characters before it (the leftmost, as
 * the pattern finds it). `$` also ends a line before CR, U+2028 and U+2029, which this walk does not know: a text
 * with any of them is left to the pattern.
 */
function introStarts(text: string): number[] {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) {
    return [...text.matchAll(INTRO)].map((m) => m.index);
  }
  const out: number[] = [];
  for (let from = 0; from <= text.length;) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let last = end;
    while (last > from && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--;
    const c = last > from ? text.charCodeAt(last - 1) : -1;
    if (c === 0xff1a) out.push(last - 1); // ：
    else if (c === 0x3002) { // 。
      const at = leadIn(text, from, last - 1);
      if (at >= 0) out.push(at);
    }
    from = end + 1;
  }
  return out;
}

/** The leftmost 以下/如下 in `[from, stop)` followed by at most 12 characters other than 。 up to `stop`; -1 if none. */
function leadIn(text: string, from: number, stop: number): number {
  for (let p = Math.max(from, stop - 14); p <= stop - 2; p++) {
    const c = text.charCodeAt(p);
    const yixia = (c === 0x4ee5 || c === 0x5982) && text.charCodeAt(p + 1) === 0x4e0b; // 以下, 如下
    if (yixia && !text.slice(p + 2, stop).includes('。')) return p;
  }
  return -1;
}

/** What a user reads about each numbering rule (the shape of `RuleMeta` in rules/ruleset.ts). */
export const NUMBERING_RULES: readonly { id: string; description: string; help: string; defaultSeverity: Severity }[] = [
  meta('numbering/skip', 'A heading number is skipped at one level (一、 then 三、)',
    '同一级标题编号跳号，如“一、”之后是“三、”：补上缺少的一节，或改正编号。A number is missing in a run of headings at one level. ok: 一、 二、 三、  not ok: 一、 三、'),
  meta('numbering/repeat', 'A heading number is repeated or goes backwards at one level',
    '同一级标题编号重复或倒序，如“（二）”之后又是“（二）”。A heading repeats the previous number or goes back. ok: （一）（二）（三）  not ok: （一）（二）（二）'),
  meta('numbering/restart', 'A level restarts wrongly: not at 1, not continuing the previous run, or twice in one section',
    '某级编号在新的上级标题下既未从头（1）开始，也未接续上一段；或在同一节内重新从头开始。跨节连续编号（如 1–15）不算错误。ok: 一、1. 2. 二、1. 2. / 一、1. 2. 二、3. 4.  not ok: 一、1. 2. 二、5.'),
  meta('numbering/mixed-style', 'One heading level is written in two styles in one document',
    '同一级标题编号写法不一致，如“1.”与“1．”混用：统一为同一种写法。ok: 1. 2. 3.  not ok: 1. 2． 3.'),
  meta('numbering/punctuation', 'Wrong punctuation after a heading number (1、 where 1. is expected)',
    '编号后的标点不符合 GB/T 9704-2012：一级用“一、”，二级“（一）”（括号后不加顿号），三级“1.”，四级“（1）”。机关允许“1、”时可在配置中放宽。ok: 一、 （一） 1. （1）  not ok: 一. （一）、 1、 1）'),
  meta('numbering/half-width', 'Half-width brackets in a heading number ((一) where （一） is expected)',
    '编号使用了半角括号，应使用全角括号。A heading number in ASCII brackets. ok: （一） （1）  not ok: (一) (1)'),
  meta('numbering/level-jump', 'A heading is more than one level below its parent (一、 straight to （1）)',
    '标题层级跳跃，如“一、”下直接出现“（1）”，缺少“（一）”“1.”层级（“一、”下直接用“1.”较常见，默认允许）。ok: 一、（一）1.（1）  not ok: 一、（1）'),
];

function meta(id: string, description: string, help: string) {
  return { id, description, help, defaultSeverity: 'warning' as const };
}
