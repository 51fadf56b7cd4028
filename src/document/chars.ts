/**
 * Character classes and neighbour look-ups of the text: shared by the placeholder rules and by Markdown reading
 * (normalize.ts, which tells a `**` mask from bold by its neighbours).
 * Every test here looks at one UTF-16 unit: the characters involved are all in the BMP.
 */

/** Latin letters, ASCII and full-width (a mask next to one is part of a Latin word: XML, ＳＴＸ). */
export const isLatin = (c: string | undefined): boolean => c !== undefined && /^[A-Za-zＡ-Ｚａ-ｚ]$/.test(c);

/** Arabic digits, ASCII and full-width. */
export const isDigit = (c: string | undefined): boolean => c !== undefined && /^[0-9０-９]$/.test(c);

/** A CJK unified ideograph (the basic block and extension A). */
export const isHan = (c: string | undefined): boolean => c !== undefined && /^[\u3400-\u4dbf\u4e00-\u9fff]$/.test(c);

/** Characters of a Chinese numeral (二〇二三, 三百余, 两万): a mask never stands for them. */
export const isChineseNumeral = (c: string | undefined): boolean =>
  c !== undefined && /^[〇○零一二三四五六七八九十百千万亿两几数半余多]$/.test(c);

/** Every character some placeholder rule reports: a blank slot is not blank when one of these fills it. */
export const isMaskChar = (c: string | undefined): boolean => c !== undefined && /^[XxＸｘ×*＊_＿□○〇◯某]$/.test(c);

/** Space or tab (line breaks are not gaps inside a line). */
export const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The character before `offset`, or undefined at the start of the text. */
export const before = (text: string, offset: number): string | undefined => (offset > 0 ? text[offset - 1] : undefined);

/** The character at `offset`, or undefined at the end of the text. */
export const at = (text: string, offset: number): string | undefined => text[offset];

/** The nearest character before `offset` that is not a space or tab. */
export function beforeSkippingBlanks(text: string, offset: number): string | undefined {
  let i = offset - 1;
  while (i >= 0 && isBlank(text[i])) i--;
  return i >= 0 ? text[i] : undefined;
}

/** The nearest character at or after `offset` that is not a space or tab. */
export function atSkippingBlanks(text: string, offset: number): string | undefined {
  let i = offset;
  while (i < text.length && isBlank(text[i])) i++;
  return text[i];
}

/** True when only spaces and tabs stand between `offset` and the start of its line. */
export function startsLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isBlank(text[i])) i--;
  return i < 0 || text[i] === '\n';
}

/** True when only spaces and tabs stand between `offset` and the end of its line. */
export function endsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && isBlank(text[i])) i++;
  return i >= text.length || text[i] === '\n';
}
