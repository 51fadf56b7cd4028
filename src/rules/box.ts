/**
 * placeholder/box — boxes and circles standing for characters: □□县, ○○同志, 〇〇镇.
 *
 * Not reported: 〇 / ○ inside a Chinese numeral (二〇二三, 一九五○年) or next to digits, and one box or
 * circle opening a line (a checkbox or a bullet: “□ 同意”, “○ 项目”). ※ (a reference mark) and ■ ☐ ☑
 * are never reported.
 *
 * ok:     二〇二三年、一九五○年、“□ 同意”（a checkbox at line start）
 * not ok: □□县 (region)、○○同志 (name)、共□□人 (number)
 */
import { at, before, isDigit, startsLine } from './chars.js';
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
  return !(run.length === 1 && startsLine(text, start)); // a checkbox or bullet
}

export const box = maskRule({
  id: ID,
  description: 'Boxes and circles standing for characters (□□, ○○), not 〇 in numerals or checkboxes',
  help: [
    '找出代替具体文字的方框和圆圈：□□县、○○同志。发布前请填入实际内容。',
    '中文数字中的〇（二〇二三）和行首的单个复选框□不报告。',
    'Finds boxes and circles standing for characters (□□, ○○); 〇 inside a Chinese numeral and a checkbox opening a line are not reported.',
    'ok: 二〇二三年  not ok: □□县政协',
  ].join('\n'),
  pattern: MASK,
  startOf: (text, start, end) => (isMask(text, start, end) ? start : undefined),
});
