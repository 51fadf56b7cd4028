/**
 * Rounding shared by the theme tables, so every rate in themes/trends/groups.csv is computed the same way.
 */

/** Count per 10,000 Han characters, unrounded (0 when there are no Han characters). */
export function rate10k(count: number, hanChars: number): number {
  return hanChars === 0 ? 0 : (count / hanChars) * 10_000;
}

/** `x` rounded to 4 decimals (-0 becomes 0). */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000 + 0;
}
