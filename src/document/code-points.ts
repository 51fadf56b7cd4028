/**
 * Code points: the one place the project counts and steps over them. Columns, `chars` columns, KWIC windows and
 * length limits all count Unicode code points, so a character outside the BMP (two UTF-16 units, a surrogate pair)
 * counts once wherever it is counted. Pure.
 *
 * ok: codePointsBetween('𠀀年', 0, 3) → 2 · codePointsBetween('一\n二', 0, 3, { lineBreaks: false }) → 2
 */

/** Whether a UTF-16 unit is the first half of a surrogate pair. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether a UTF-16 unit is the second half of a surrogate pair. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Code points in `text[from, to)`: a surrogate pair counts once (a pair cut by `from` counts its second half).
 * With `lineBreaks: false`, line feeds and carriage returns are not counted (the `chars` columns).
 */
export function codePointsBetween(text: string, from = 0, to = text.length, options: { lineBreaks?: boolean } = {}): number {
  const breaks = options.lineBreaks ?? true;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!breaks && (c === 10 || c === 13)) continue;
    if (isLowSurrogate(c) && i > from && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    n++;
  }
  return n;
}

/** Code points of `s`. */
export function codePointCount(s: string): number {
  return codePointsBetween(s);
}

/** The offset `n` code points before `end` (or 0): a surrogate pair is stepped over whole. */
export function codePointsBack(text: string, end: number, n: number): number {
  let start = end;
  for (let k = 0; k < n && start > 0; k++) start -= pairEndsAt(text, start - 1) ? 2 : 1;
  return Math.max(0, start);
}

/** The offset `n` code points after `start` (or the text's end): a surrogate pair is stepped over whole. */
export function codePointsForward(text: string, start: number, n: number): number {
  let end = start;
  for (let k = 0; k < n && end < text.length; k++) end += pairEndsAt(text, end + 1) ? 2 : 1;
  return Math.min(text.length, end);
}

/** Whether `text[i]` is the second half of a surrogate pair. */
function pairEndsAt(text: string, i: number): boolean {
  return i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
}
