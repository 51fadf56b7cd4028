/**
 * A document's term counts (or phrase candidate counts) packed into one string for the move from the analysing
 * worker to the main thread: per term, where it ends, the hash the main thread's table of distinct strings files it
 * under (string-table.ts) and its count, each as two code units; then every term's code units one after another.
 *
 * As string arrays, a document's terms were cloned on both sides of the move one string at a time (on the provinces
 * 3.3 million strings over the run), each a string in the main thread that lived only until it was hashed and
 * looked up there (spilled-counts.ts). Packed, the worker does the hashing, and the move clones one string. One
 * string, not a buffer moved: a buffer that arrives in the main thread counts as memory allocated outside its heap,
 * and V8 starts a full collection of that (small) heap for every few MB of such memory; the string is allocated in
 * the young generation and dies there. Part of `analyze` (worker.ts, posted-outcome.ts).
 */
import type { TermCounts } from './pipeline/per-document/count.js';
import { hashOfRange } from './string-table.js';

/** Term counts in one string of `size` terms: see the module's header. Plain data, cloned cheaply. */
export interface PackedTermCounts {
  size: number;
  text: string;
}

/** Code units of numbers per term: its end, hash and count, two each. */
export const UNITS_PER_TERM = 6;

/** `counts` packed. */
export function packTermCounts({ terms, counts }: TermCounts): PackedTermCounts {
  const size = terms.length;
  const joined = terms.join('');
  // Each number as two code units, low half first: as bytes, a 32-bit little-endian number read as UTF-16LE.
  const numbers = new DataView(new ArrayBuffer(2 * UNITS_PER_TERM * size));
  for (let i = 0, end = 0; i < size; i++) {
    const from = end;
    end += terms[i]!.length;
    const at = 2 * UNITS_PER_TERM * i;
    numbers.setUint32(at, end, true);
    numbers.setUint32(at + 4, hashOfRange(joined, from, end), true);
    numbers.setUint32(at + 8, counts[i]!, true);
  }
  return { size, text: Buffer.from(numbers.buffer).toString('utf16le') + joined };
}

/** The 32-bit number at code unit `at` of a packed text. */
export function numberAt(text: string, at: number): number {
  return (text.charCodeAt(at) | (text.charCodeAt(at + 1) << 16)) >>> 0;
}
