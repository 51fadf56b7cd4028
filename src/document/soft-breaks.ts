/**
 * Line breaks a text was wrapped with at a fixed width, inside sentences and words, as text taken from a PDF or a printed
 * page is (`…参照全国政协文史干部培训班的资料，结合自` / `己多年从事文史工作的体会…`). The topic rules read a text with these
 * breaks joined, so that a subject cut by one (`文化` / `建设`) is read whole, and map what they find back to the text
 * as written. Pure.
 *
 * A text is wrapped when most of its longer lines have one width: at least WRAPPED_LINES lines of 10 characters or
 * more, and at least half of them, are within two characters of the commonest such length. A break is soft when the
 * line before it is that wide (or wider) and does not end a sentence (。！？；：…, or a closing mark after one), and the
 * line after it starts a word: not indented, not blank, not a heading (`一、`, `（二）`, `第三`, `1.`, `二是`). Paragraph ends
 * (a short line), headings and a text written one paragraph per line are left as they are.
 *
 * ok: a page whose lines run to 27 characters: `…结合自\n己多年…` → `…结合自己多年…`; not ok: `一、总体要求\n（一）…`,
 * a page of paragraphs of every length.
 */

import { droppedRanges } from './dropped-ranges.js';

/** Fewest lines of one width that make a text wrapped. */
const WRAPPED_LINES = 5;
/** A line shorter than this is not counted when finding the width (titles, bylines, a paragraph's last line). */
const MIN_COUNTED = 10;
/** What ends a sentence at a line's end, with any closing marks after it. */
const SENTENCE_END = /[。！？!?；;：:…][”’」』）)》]*$/u;
/** What starts a heading or a new item: indentation, a numbered or lettered heading, 一是 / 二是. */
const LINE_START = /^(?:[\s\u3000]|[一二三四五六七八九十]+[、是．.]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+|\d+[、．.]|[●■◆▲•·※★☆-])/u;

/**
 * `text` with its soft breaks (see above) removed, where each of its characters stands in `text` (`at[i]`;
 * `at[length]` is `text.length`), so that a span found in the copy maps back, and the breaks' offsets in `text`;
 * `undefined` when the text is not wrapped or has no soft break.
 *
 * ok: `很长的一行…自\n己…` (a wrapped text) → the copy without that `\n`, `at` skipping it.
 */
export function joinedSoftBreaks(text: string): { text: string; at: Int32Array; breaks: readonly number[] } | undefined {
  const lines = text.split('\n');
  // A line's width in UTF-16 units: the rare character outside the BMP counts two, well within the tolerance below.
  const widths = lines.map((l) => l.length);
  const counts = new Map<number, number>();
  let counted = 0;
  for (const w of widths) {
    if (w < MIN_COUNTED) continue;
    counted++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (counted < WRAPPED_LINES) return undefined;
  // The commonest width, counting the lines within two characters of it (punctuation shifts a line's end by one).
  let best = 0, bestCount = 0;
  for (const w of [...counts.keys()].sort((a, b) => a - b)) {
    let near = 0;
    for (let d = -2; d <= 2; d++) near += counts.get(w + d) ?? 0;
    if (near > bestCount) { best = w; bestCount = near; }
  }
  if (bestCount < WRAPPED_LINES || bestCount * 2 < counted) return undefined;
  // Offsets in `text` of the soft breaks' \n.
  const soft: number[] = [];
  let offset = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const breakAt = offset + line.length;
    offset = breakAt + 1;
    if (widths[i]! < best - 2 || SENTENCE_END.test(line) || next.trim() === '' || LINE_START.test(next)) continue;
    soft.push(breakAt);
  }
  if (soft.length === 0) return undefined;
  return { ...droppedRanges(text, soft.map((b) => [b, b + 1] as const)), breaks: soft };
}

/** `text.slice(start, end)` without the characters at `breaks` (offsets in `text`, increasing). */
export function withoutSoftBreaks(text: string, start: number, end: number, breaks: readonly number[]): string {
  let out = '';
  let from = start;
  for (const b of breaks) {
    if (b < start || b >= end) continue;
    out += text.slice(from, b);
    from = b + 1;
  }
  return out + text.slice(from, end);
}
