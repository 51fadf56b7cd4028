/**
 * A copy of a text with some ranges taken out, and where each character of the copy stands in the text, so that a
 * span found in the copy maps back to the text as written. Pure. Used for the pinyin a faulty conversion writes after
 * each character (pinyin-notes.ts) and for the line breaks of a text wrapped at a fixed width (soft-breaks.ts).
 *
 * ok: `droppedRanges('產(chǎn)業', [[1, 7]])` → text `產業`, at [0, 7, 8].
 */

/**
 * `text` without the half-open ranges `[start, end)` of `ranges` (in order, not overlapping), and `at`: where each of
 * the copy's characters stands in `text` (`at[length]` is `text.length`).
 */
export function droppedRanges(text: string, ranges: Iterable<readonly [start: number, end: number]>): { text: string; at: Int32Array } {
  const at = new Int32Array(text.length + 1);
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    for (let i = from; i < start; i++) at[out.length + i - from] = i;
    out += text.slice(from, start);
    from = end;
  }
  for (let i = from; i < text.length; i++) at[out.length + i - from] = i;
  out += text.slice(from);
  at[out.length] = text.length;
  return { text: out, at: at.slice(0, out.length + 1) };
}
