/**
 * Terminal (and estimated typographic) width of text: the one `displayWidth` of the project (stylish carets, KWIC
 * columns, chart label widths). Characters of Unicode's East Asian Width classes Wide and Fullwidth (UAX #11: Han,
 * kana, Hangul, full-width forms, CJK punctuation, emoji) take two columns, every other one column — Ambiguous ones
 * (①, ※, ×) too, as UAX #11 advises when the context is unknown. The table is Unicode's own, kept by
 * `get-east-asian-width`, so new ideographs and blocks are counted right without a hand-kept list. Pure.
 *
 * ok: displayWidth('X县（１）') → 9 · displayWidth('𠀀a') → 3
 */
import { eastAsianWidth } from 'get-east-asian-width';

/** Terminal columns of `s`: two for East Asian Wide and Fullwidth characters, one otherwise. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += eastAsianWidth(ch.codePointAt(0)!);
  return width;
}
