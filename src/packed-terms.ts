/**
 * A document's term counts (or phrase candidate counts) packed into one buffer, to be moved from the analysing
 * worker to the main thread rather than copied: every term's UTF-16 code units one after another, where each ends,
 * the hash the main thread's table of distinct strings files it under (string-table.ts), and its count.
 *
 * As string arrays, a document's terms were cloned on both sides of the move (on the provinces 1.4 million strings
 * over the run), each clone a heap string in the main thread that lived only until it was hashed and looked up
 * there (spilled-counts.ts). Packed, the worker does the copying and the hashing, and the main thread reads code
 * units from a typed array and makes no string. Part of `analyze` (worker.ts, posted-outcome.ts).
 */
import type { TermCounts } from './pipeline/per-document/count.js';
import { hashOfCodes } from './string-table.js';

/**
 * Term counts in one buffer of `size` terms: 32-bit words `[ends | hashes | counts]` (`size` each), then the code
 * units. Plain data: a buffer and a number, so it moves in a message with the buffer transferred.
 */
export interface PackedTermCounts {
  size: number;
  buffer: ArrayBuffer;
}

/** The columns of a packed buffer: term `i` is `codes[ends[i - 1] ?? 0, ends[i])`, filed under `hashes[i]`. */
export interface PackedColumns {
  ends: Uint32Array;
  hashes: Uint32Array;
  counts: Uint32Array;
  codes: Uint16Array;
}

/** `counts` packed (`counts` itself is left as it was). */
export function packTermCounts({ terms, counts }: TermCounts): PackedTermCounts {
  const size = terms.length;
  let length = 0;
  for (let i = 0; i < size; i++) length += terms[i]!.length;
  const packed = { size, buffer: new ArrayBuffer(12 * size + 2 * length) };
  const { ends, hashes, counts: packedCounts, codes } = packedColumns(packed);
  for (let i = 0, at = 0; i < size; i++) {
    const term = terms[i]!;
    const from = at;
    for (let j = 0; j < term.length; j++) codes[at++] = term.charCodeAt(j);
    ends[i] = at;
    hashes[i] = hashOfCodes(codes, from, at);
  }
  packedCounts.set(counts);
  return packed;
}

/** Views of the columns of `packed` (no copy). */
export function packedColumns({ size, buffer }: PackedTermCounts): PackedColumns {
  return {
    ends: new Uint32Array(buffer, 0, size),
    hashes: new Uint32Array(buffer, 4 * size, size),
    counts: new Uint32Array(buffer, 8 * size, size),
    codes: new Uint16Array(buffer, 12 * size),
  };
}
