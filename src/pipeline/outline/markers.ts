/**
 * Section markers at the start of a line: which level, which written style, which number. Pure.
 *
 * GB/T 9704-2012 levels: 一、 (1) · （一） (2) · 1. (3) · （1） (4); reports add ① (5) and a. (6), and
 * variants of the four levels that the numbering rules report (一. 1、 (一) 1） （一）、).
 *
 * ok: matchMarker('（一）加强理论武装。') → { level: 2, style: 'cn-paren', marker: '（一）', number: '一', value: 1 }
 * not a marker: '1.5万亩', '一、二季度', '一九五八年', '2023、2024年'
 */
import type { MarkerStyle } from './types.js';
import { arabicValue, chineseNumeral, chineseValue, circledNumeral, circledValue } from './numerals.js';

export interface MarkerMatch {
  level: number;
  style: MarkerStyle;
  /** As written, without the spaces that may follow it. */
  marker: string;
  number: string;
  value: number;
  /** UTF-16 length of the marker and the spaces after it. */
  length: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,3}';
const NOT_DIGIT = '(?![0-9０-９])';

interface Form {
  re: RegExp;
  /** The characters the form can open with. */
  opens: string;
  level: number;
  style: (m: RegExpExecArray) => MarkerStyle;
  value: (n: string) => number | undefined;
}

const CN_DIGITS = '一二三四五六七八九十';
const AR_DIGITS = '0123456789０１２３４５６７８９';
const BRACKETS = '（(';
const CIRCLED = Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x2460 + i)).join('');

const FORMS: readonly Form[] = [
  { re: new RegExp(`^(${CN})([、.．，,])(?![一二三四五六七八九十]+(?:、|季度))`), opens: CN_DIGITS, level: 1, value: chineseValue,
    style: (m) => (m[2] === '、' ? 'cn-dun' : m[2] === '，' || m[2] === ',' ? 'cn-comma' : 'cn-dot') },
  { re: new RegExp(`^([（(])(${CN})([）)])(、?)`), opens: BRACKETS, level: 2, value: (n) => chineseValue(n),
    style: (m) => (m[1] !== '（' || m[3] !== '）' ? 'cn-paren-half' : m[4] ? 'cn-paren-dun' : 'cn-paren') },
  { re: new RegExp(`^(${AR})([.．、])${NOT_DIGIT}`), opens: AR_DIGITS, level: 3, value: arabicValue,
    style: (m) => (m[2] === '、' ? 'ar-dun' : 'ar-dot') },
  { re: new RegExp(`^([（(])(${AR})([）)])`), opens: BRACKETS, level: 4, value: arabicValue,
    style: (m) => (m[1] === '（' && m[3] === '）' ? 'ar-paren' : 'ar-paren-half') },
  { re: new RegExp(`^(${AR})([)）])`), opens: AR_DIGITS, level: 4, value: arabicValue, style: () => 'ar-close' },
  { re: /^([\u2460-\u2473])/, opens: CIRCLED, level: 5, value: (n) => circledValue(n), style: () => 'circled' },
  { re: /^([（(]?)([a-z])([.．、)）])/, opens: `${BRACKETS}abcdefghijklmnopqrstuvwxyz`, level: 6,
    value: (n) => n.charCodeAt(0) - 96, style: () => 'latin' },
];

/**
 * The forms a line can match, in FORMS' order, by its first character: most paragraphs open with a character no
 * form opens with, and a line that opens with a digit is tried against the two forms that open with one, not seven.
 */
const FORMS_BY_OPENER = new Map<number, Form[]>();
for (const form of FORMS) {
  for (const c of form.opens) {
    const code = c.charCodeAt(0);
    FORMS_BY_OPENER.set(code, [...(FORMS_BY_OPENER.get(code) ?? []), form]);
  }
}

/** The marker at the start of `line` (leading spaces already removed), if any. */
export function matchMarker(line: string): MarkerMatch | undefined {
  // Every line of a document is asked: one look at its first character spares most of them every pattern.
  if (line.length === 0) return undefined;
  const forms = FORMS_BY_OPENER.get(line.charCodeAt(0));
  if (forms === undefined) return undefined;
  for (const form of forms) {
    const m = form.re.exec(line);
    if (!m) continue;
    const number = numberOf(m, form.level);
    const value = form.value(number);
    if (value === undefined || value < 1) return undefined;
    let after = 0;
    for (let i = m[0].length; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) after++;
    // A marker alone on its line (（一） above the section's paragraphs) is a heading without a title.
    if (line.length === m[0].length + after && form.level >= 5) return undefined;
    return { level: form.level, style: form.style(m), marker: m[0], number, value, length: m[0].length + after };
  }
  return undefined;
}

function numberOf(m: RegExpExecArray, level: number): string {
  // Forms with an opening bracket capture it first; the numeral is then the second group.
  return level === 2 || level === 4 && (m[1] === '（' || m[1] === '(') || level === 6 ? m[2]! : m[1]!;
}

/** The GB/T 9704 marker of `value` at `level`: 一、 （一） 1. （1） ① a. */
export function canonicalMarker(level: number, value: number): string {
  switch (level) {
    case 1: return `${chineseNumeral(value)}、`;
    case 2: return `（${chineseNumeral(value)}）`;
    case 3: return `${value}.`;
    case 4: return `（${value}）`;
    case 5: return circledNumeral(value);
    default: return `${String.fromCharCode(96 + Math.min(Math.max(value, 1), 26))}.`;
  }
}

/** The marker's form with its numeral replaced by N: `（N）`, `N、` — what "mixed styles" compares. */
export function markerForm(marker: string, number: string): string {
  return marker.replace(number, 'N');
}
