/**
 * The passages stage's functions over strings, for tests: the code-unit functions of src/pipeline/passages
 * (`writeUnitKey`, `writeHash`, `writeBandValuesOf`) write into buffers because they run for every unit of a
 * corpus; tests state their expectations on strings, and compare the buffers against these.
 */
import { BANDS, writeBandValuesOf } from '../../../src/pipeline/passages/minhash.js';
import { fromCodes, writeHash, writeUnitKey, type CodeBuffer } from '../../../src/pipeline/passages/normalize.js';

/** The key of `text` and the number of Han characters in it. */
export function unitKeyInfo(text: string): { key: string; han: number } {
  const out: CodeBuffer = { codes: new Uint16Array(text.length), length: 0 };
  const han = writeUnitKey(text, 0, text.length, out);
  return { key: fromCodes(out.codes, out.length), han };
}

/** Normalise one unit's text into its comparison key (normalize.ts). */
export function unitKey(text: string): string {
  return unitKeyInfo(text).key;
}

/** The 64-bit hash of `key` as two unsigned 32-bit lanes. */
export function hashKey(key: string): [number, number] {
  const lanes = new Uint32Array(2);
  writeHash(codesOf(key), 0, key.length, lanes, 0);
  return [lanes[0]!, lanes[1]!];
}

/** `BANDS` LSH band values (unsigned 30-bit) of `key`'s bigram set. */
export function bandValues(key: string): number[] {
  const out = new Uint32Array(BANDS);
  writeBandValuesOf(codesOf(key), 0, key.length, out, 0);
  return Array.from(out);
}

function codesOf(s: string): Uint16Array {
  return Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
}
