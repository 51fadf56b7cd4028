/**
 * Numerals used in section markers: Chinese 一…九十九, Arabic (ASCII or full-width), circled ①…⑳ and
 * Latin a…z. Pure.
 *
 * ok: chineseValue('十一') → 11, chineseValue('二十') → 20   not ok: chineseValue('一九') → undefined
 */
const DIGITS = '〇一二三四五六七八九';

/** Value of a Chinese numeral from 一 to 九十九 as written in markers; `undefined` for anything else. */
export function chineseValue(s: string): number | undefined {
  const d = (c: string | undefined) => (c === undefined ? -1 : DIGITS.indexOf(c));
  if (s.length === 1) return s === '十' ? 10 : d(s) > 0 ? d(s) : undefined;
  const ten = s.indexOf('十');
  if (ten < 0 || ten !== s.lastIndexOf('十')) return undefined;
  const tens = ten === 0 ? 1 : ten === 1 && d(s[0]) > 1 ? d(s[0]) : -1;
  const rest = s.slice(ten + 1);
  const units = rest === '' ? 0 : rest.length === 1 && d(rest) > 0 ? d(rest) : -1;
  return tens > 0 && units >= 0 && (ten === 0 || s.length <= 3) ? tens * 10 + units : undefined;
}

/** The Chinese numeral of 1–99 (一, 十, 十一, 二十三). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10), units = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units === 0 ? '' : DIGITS[units]}`;
}

/** Value of ASCII or full-width Arabic digits. */
export function arabicValue(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}

/** ① → 1 … ⑳ → 20. */
export function circledValue(c: string): number {
  return c.charCodeAt(0) - 0x2460 + 1;
}

/** ① … ⑳ for 1–20, else the number in brackets. */
export function circledNumeral(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
}
