/**
 * The one order of every output: plain code-unit comparison of strings, independent of the locale, so that
 * rows sort the same on every machine.
 *
 * ok: ['乙', 'a', 'B'].sort(compareStrings) → ['B', 'a', '乙']
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
