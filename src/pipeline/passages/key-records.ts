/**
 * The columns of the passage index (corpus-index.ts) that are written once, when a key first comes, and read only
 * at the end: the key's packed hash, its band values and where its normalised codes end. They go to a code store
 * (io/code-store.ts: a spill file in `analyze`) as one record of 40 bytes per key rather than staying in the heap
 * while documents come, and are read back once, into columns of exactly the keys' number.
 */
import { appendCodes, readCodes, settle, type CodeStore } from '../../io/code-store.js';
import { BANDS } from './minhash.js';

/** A record in doubles: the packed hash, the band values (two per double), where the key's codes end. */
const RECORD_DOUBLES = 1 + BANDS / 2 + 1;
const RECORD_CODES = 4 * RECORD_DOUBLES;
/** Keys read back at a time. */
const CHUNK = 1 << 16;

const scratch = new ArrayBuffer(8 * RECORD_DOUBLES);
const scratchDoubles = new Float64Array(scratch);
const scratchWords = new Uint32Array(scratch);
const scratchCodes = new Uint16Array(scratch);

/** Append the record of a new key: `bands[at, at + BANDS)` are its band values. */
export function appendKeyRecord(store: CodeStore, packed: number, bands: Uint32Array, at: number, keyEnd: number): void {
  scratchDoubles[0] = packed;
  for (let b = 0; b < BANDS; b++) scratchWords[2 + b] = bands[at + b]!;
  scratchDoubles[RECORD_DOUBLES - 1] = keyEnd;
  appendCodes(store, scratchCodes, 0, RECORD_CODES);
}

/** The records of keys `0 … count-1` as columns: packed hashes, band values (`BANDS` a key), code starts (`count + 1`). */
export function readKeyRecords(store: CodeStore, count: number): { packed: Float64Array; bands: Uint32Array; keyStart: Float64Array } {
  settle(store);
  const packed = new Float64Array(count);
  const bands = new Uint32Array(BANDS * count);
  const keyStart = new Float64Array(count + 1);
  for (let from = 0; from < count; from += CHUNK) {
    const n = Math.min(CHUNK, count - from);
    const codes = readCodes(store, from * RECORD_CODES, (from + n) * RECORD_CODES);
    const doubles = new Float64Array(codes.buffer, codes.byteOffset, n * RECORD_DOUBLES);
    const words = new Uint32Array(codes.buffer, codes.byteOffset, 2 * n * RECORD_DOUBLES);
    for (let i = 0; i < n; i++) {
      const k = from + i;
      packed[k] = doubles[i * RECORD_DOUBLES]!;
      for (let b = 0; b < BANDS; b++) bands[k * BANDS + b] = words[2 * i * RECORD_DOUBLES + 2 + b]!;
      keyStart[k + 1] = doubles[(i + 1) * RECORD_DOUBLES - 1]!;
    }
  }
  return { packed, bands, keyStart };
}
