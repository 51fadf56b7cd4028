/**
 * Offsets ↔ lines and columns: the one module that computes positions users read.
 * Lines are 1-based and broken by CRLF, LF or CR; columns are 1-based and count Unicode code points,
 * so a character outside the BMP (two UTF-16 units) is one column.
 *
 * Lookups are O(log n) — binary searches over line starts and over the (rare) surrogate pairs — so that a
 * 10 MB single-line file with thousands of findings stays linear.
 */
import type { Position } from '../types.js';
import { isHighSurrogate, isLowSurrogate } from './code-points.js';

export interface Locator {
  /** Position of a UTF-16 offset in the located text. An offset inside a CRLF belongs to its line's end. */
  at(offset: number): Position;
  /** Offset where a 1-based line starts. */
  lineStart(line: number): number;
  /** Number of lines (a final line break does not open a new line). */
  readonly lineCount: number;
}

/** A surrogate pair (the text is searched per UTF-16 unit: no `u` flag). */
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Up to this many UTF-16 units after its line's start, a column is counted by looking at the units before it. */
const NEAR = 256;

/** Build a locator for `text` (O(n) once). */
export function createLocator(text: string): Locator {
  const starts = lineStarts(text);
  /**
   * Offsets of the second halves of surrogate pairs: each makes one column fewer than UTF-16 units. Found when a
   * column far from its line's start is first asked for: most are near it (headings, short paragraphs), and are
   * counted on the spot, which spares most texts a search of all their characters.
   */
  let lows: number[] | undefined;
  const pairsIn = (from: number, to: number): number => {
    if (to - from <= NEAR) return pairsNear(text, from, to);
    if (!lows) {
      lows = [];
      for (const m of text.matchAll(PAIR)) lows.push(m.index + 1);
    }
    return countBelow(lows, to) - countBelow(lows, from);
  };
  const lineCount = starts.length > 1 && starts[starts.length - 1] === text.length ? starts.length - 1 : starts.length;
  return {
    lineCount,
    lineStart: (line) => starts[Math.min(Math.max(line, 1), starts.length) - 1]!,
    at(offset) {
      const line = countAtMost(starts, offset);
      const start = starts[line - 1]!;
      return { line, column: offset - start - pairsIn(start + 1, offset) + 1 };
    },
  };
}

/** Second halves of surrogate pairs at offsets `[from, to)` (from ≥ 1), as PAIR finds them. */
function pairsNear(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) n++;
  }
  return n;
}

/**
 * Offsets where lines start: 0, and after each CRLF, LF or CR. Found with indexOf, which runs far faster than a
 * loop over every character (a report has a few thousand breaks in a million characters, and rarely any CR).
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      const crlf = text.charCodeAt(cr + 1) === 10;
      starts.push(crlf ? cr + 2 : cr + 1);
      if (crlf) lf = text.indexOf('\n', cr + 2);
      cr = text.indexOf('\r', cr + 1);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return starts;
}

/** Number of entries ≤ x in a sorted array. */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries < x in a sorted array. */
function countBelow(sorted: readonly number[], x: number): number {
  return countAtMost(sorted, x - 1);
}
