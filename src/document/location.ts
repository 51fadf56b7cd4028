/**
 * Offsets ↔ lines and columns: the one module that computes positions users read.
 * Lines are 1-based and broken by CRLF, LF or CR; columns are 1-based and count Unicode code points,
 * so a character outside the BMP (two UTF-16 units) is one column.
 */
import type { Position } from '../types.js';

export interface Locator {
  /** Position of a UTF-16 offset in the located text. An offset inside a CRLF belongs to its line's end. */
  at(offset: number): Position;
  /** Offset where a 1-based line starts. */
  lineStart(line: number): number;
  /** Number of lines (a final line break does not open a new line). */
  readonly lineCount: number;
}

/** Build a locator for `text` (O(n) once, O(log lines) per lookup). */
export function createLocator(text: string): Locator {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineCount = starts.length > 1 && starts[starts.length - 1] === text.length ? starts.length - 1 : starts.length;
  return {
    lineCount,
    lineStart: (line) => starts[Math.min(Math.max(line, 1), starts.length) - 1]!,
    at(offset) {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: codePointsBetween(text, starts[lo]!, offset) + 1 };
    },
  };
}

/** Count code points in `text[from, to)`: surrogate pairs count once. */
export function codePointsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const pairedLow = c >= 0xdc00 && c <= 0xdfff && i > from && isHighSurrogate(text.charCodeAt(i - 1));
    if (!pairedLow) n++;
  }
  return n;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
