/**
 * placeholder/box — boxes and circles standing for characters: □□县, ○○同志, 〇〇镇.
 *
 * Not reported: 〇 / ○ inside a Chinese numeral (二〇二三, 一九五○年) or next to digits, one box or
 * circle opening a line (a checkbox or a bullet: “□ 同意”, “○ 项目”), and the check boxes of a form
 * line (“是□  否□”: two or more single boxes, each closing its cell before a space or the line end).
 * ※ (a reference mark) and ■ ☐ ☑ are never reported.
 *
 * ok:     二〇二三年、一九五○年、“□ 同意”（a checkbox at line start）、“是□  否□”（form choices）
 * not ok: □□县 (region)、○○同志 (name)、共□□人 (number)
 */
import { at, before, endsLine, isBlank, isDigit, startsLine } from '../document/chars.js';
import { maskRule } from './finding.js';

const ID = 'placeholder/box';
const MASK = /[□○〇◯]+/g;
/** Digits of a Chinese numeral; 百千万亿 count before a zero only (二百〇八, but ○○万元 is a mask). */
const NUMERAL_DIGIT = /^[〇○零一二三四五六七八九十]$/;
const NUMERAL_BEFORE = /^[〇○零一二三四五六七八九十百千万亿]$/;

function isMask(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  const prev = before(text, start), next = at(text, end);
  const circles = /^[○〇◯]+$/.test(run);
  if (circles && (NUMERAL_BEFORE.test(prev ?? '') || NUMERAL_DIGIT.test(next ?? ''))) return false; // 二〇二三
  if (isDigit(prev) || isDigit(next)) return false;
  if (run.length === 1 && startsLine(text, start)) return false; // a checkbox or bullet
  return !(run.length === 1 && closesCell(text, end) && formChoices(text, start) >= 2);
}

/** A box right before a space or the line end closes its cell (是□  否□), as a form's choices do. */
function closesCell(text: string, end: number): boolean {
  return isBlank(at(text, end)) || endsLine(text, end);
}

/** Single boxes on the line of `offset` that close their cell: two or more make a row of form choices. */
function formChoices(text: string, offset: number): number {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  const line = text.slice(from, to < 0 ? text.length : to);
  return [...line.matchAll(/(?<![□○〇◯])[□○〇◯](?=[ \t]|$)/g)].length;
}

export const box = maskRule({
  id: ID,
  description: 'Boxes and circles standing for characters (□□, ○○), not 〇 in numerals or checkboxes',
  help: [
    '找出代替具体文字的方框和圆圈：□□县、○○同志。发布前请填入实际内容。',
    '中文数字中的〇（二〇二三）、行首的单个复选框□和表格中的选项框（是□  否□）不报告。',
    'Finds boxes and circles standing for characters (□□, ○○); 〇 inside a Chinese numeral, a checkbox opening a line and the check boxes of a form line (是□  否□) are not reported.',
    'ok: 二〇二三年  not ok: □□县政协',
  ].join('\n'),
  pattern: MASK,
  startOf: (text, start, end) => (isMask(text, start, end) ? start : undefined),
});
