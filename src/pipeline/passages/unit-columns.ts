/**
 * The growing columns of one document's passage units, filled unit by unit without an array or string per
 * unit: the key is written as code units into one buffer, hashed and banded there, and the buffer, cut to its
 * length, is `keys` at the end. Internal to `passageUnits` (fingerprints.ts).
 */
import { codePointsBetween } from '../../document/code-points.js';
import type { PassageUnits } from './units.js';
import { BANDS, writeBandValuesOf } from './minhash.js';
import { writeHash, writeUnitKey, type CodeBuffer } from './normalize.js';

/** `PassageUnits` being filled: the keys in a growing buffer, every column longer than `count` until finished. */
export interface UnitColumns extends Omit<PassageUnits, 'keys' | 'text'> {
  keys: CodeBuffer;
}

/**
 * Empty columns with room for `capacity` units and `keyCodes` code units of keys (they grow as needed, each by a
 * copy that holds both sizes for a moment: the better the guess, the lower a large file's peak).
 */
export function createColumns(capacity = 64, keyCodes = 64 * capacity): UnitColumns {
  return {
    count: 0,
    hashes: new Uint32Array(2 * capacity),
    bands: new Uint32Array(BANDS * capacity),
    starts: new Uint32Array(capacity),
    ends: new Uint32Array(capacity),
    chars: new Uint32Array(capacity),
    parents: new Int32Array(capacity),
    keyEnds: new Uint32Array(capacity),
    keys: { codes: new Uint16Array(keyCodes), length: 0 },
  };
}

/**
 * Add `text[start, end)` as the next unit if its key has at least `minHan` Han characters and its hash differs
 * from unit `unlike`'s (a sentence's only clause is the sentence again); returns its index, or -1 if not added.
 */
export function addUnit(
  cols: UnitColumns, text: string, start: number, end: number, parent: number, minHan: number, unlike = -1,
): number {
  const i = cols.count;
  if (i === cols.starts.length) grow(cols);
  const keyStart = cols.keys.length;
  if (writeUnitKey(text, start, end, cols.keys) < minHan) {
    cols.keys.length = keyStart;
    return -1;
  }
  const codes = cols.keys.codes;
  const keyEnd = cols.keys.length;
  writeHash(codes, keyStart, keyEnd, cols.hashes, 2 * i);
  if (unlike >= 0 && cols.hashes[2 * i] === cols.hashes[2 * unlike] && cols.hashes[2 * i + 1] === cols.hashes[2 * unlike + 1]) {
    cols.keys.length = keyStart;
    return -1;
  }
  writeBandValuesOf(codes, keyStart, keyEnd, cols.bands, BANDS * i);
  cols.starts[i] = start;
  cols.ends[i] = end;
  cols.chars[i] = codePointsBetween(text, start, end);
  cols.parents[i] = parent;
  cols.keyEnds[i] = keyEnd;
  cols.count = i + 1;
  return i;
}

/**
 * The finished columns. The large ones are views of their first `count` entries, not copies to the exact length:
 * a copy would hold both at once (for a 100 MB file some 250 MB), while the slack of a view lasts only until the
 * corpus step has read the document's units, which it does as the document comes. `parents` and `chars` are
 * copied: the corpus step keeps them to the end of the run (corpus-index.ts).
 */
export function finishColumns(cols: UnitColumns, text: string): PassageUnits {
  const n = cols.count;
  return {
    count: n,
    hashes: cols.hashes.subarray(0, 2 * n),
    bands: cols.bands.subarray(0, BANDS * n),
    starts: cols.starts.subarray(0, n),
    ends: cols.ends.subarray(0, n),
    chars: cols.chars.slice(0, n),
    parents: cols.parents.slice(0, n),
    keys: cols.keys.codes.subarray(0, cols.keys.length),
    keyEnds: cols.keyEnds.subarray(0, n),
    text,
  };
}

function grow(cols: UnitColumns): void {
  const twice = <T extends Uint32Array | Int32Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(2 * a.length);
    b.set(a);
    return b;
  };
  cols.hashes = twice(cols.hashes);
  cols.bands = twice(cols.bands);
  cols.starts = twice(cols.starts);
  cols.ends = twice(cols.ends);
  cols.chars = twice(cols.chars);
  cols.parents = twice(cols.parents);
  cols.keyEnds = twice(cols.keyEnds);
}
