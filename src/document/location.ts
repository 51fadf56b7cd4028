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

/** Build a locator for `text` (O(n) once). */
export function createLocator(text: string): Locator {
  const starts = [0];
  /** Offsets of the second halves of surrogate pairs: each makes one column fewer than UTF-16 units. */
  const lows: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) lows.push(++i);
  }
  const lineCount = starts.length > 1 && starts[starts.length - 1] === text.length ? starts.length - 1 : starts.length;
  return {
    lineCount,
    lineStart: (line) => starts[Math.min(Math.max(line, 1), starts.length) - 1]!,
    at(offset) {
      const line = countAtMost(starts, offset);
      const start = starts[line - 1]!;
      const pairs = countBelow(lows, offset) - countBelow(lows, start + 1);
      return { line, column: offset - start - pairs + 1 };
    },
  };
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
