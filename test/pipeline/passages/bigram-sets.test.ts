import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigramSets, type EachKey } from '../../../src/pipeline/passages/bigram-sets.js';
import { bigrams, jaccardIn, NEAR_DUP_JACCARD } from '../../../src/pipeline/passages/minhash.js';

import { CORPUS } from '../../helpers.js';
import { unitKey } from './string-forms.js';

/** UTF-16 code units of `s`. */
const codesOf = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

/** The keys as `bigramSets` reads them: in reverse order, each inside a longer string. */
function eachOf(keys: readonly string[]): EachKey {
  return (visit) => {
    for (let k = keys.length - 1; k >= 0; k--) visit(k, codesOf(`前${keys[k]}后`), 1, keys[k]!.length + 1);
  };
}

/** The sorted-merge Jaccard index of minhash.ts over all keys' sorted bigram sets, the reference. */
function reference(keys: readonly string[]): (a: number, b: number, atLeast: number) => number {
  const sets = keys.map(bigrams);
  const start = [0];
  for (const set of sets) start.push(start.at(-1)! + set.length);
  const pool = new Uint32Array(start.at(-1)!);
  sets.forEach((set, k) => pool.set(set, start[k]));
  return (a, b, atLeast) => jaccardIn(pool, start[a]!, start[a + 1]!, start[b]!, start[b + 1]!, atLeast);
}

/** Clause keys of a seed report, and variants one edit away, so that many pairs pass the threshold. */
function keysOf(name: string): string[] {
  const text = readFileSync(join(CORPUS, `${name}.txt`), 'utf8');
  const keys = text.split(/[。！？；，：\n]/).map(unitKey).filter((k) => k.length >= 8);
  const variants = keys.flatMap((k) => [k.slice(1), `${k.slice(0, 5)}了${k.slice(5)}`, k.slice(0, 4) + k.slice(6), k + k.slice(0, 3)]);
  return [...keys, ...variants, '', 'X', '全覆盖全覆盖全覆盖', '全覆盖全覆盖'];
}

describe('bigramSets', () => {
  it('decides every pair of clause keys as the sorted-merge Jaccard does, with the same value at or above the threshold', () => {
    const keys = keysOf('002_ff152d5763ca33a0');
    expect(keys.length).toBeGreaterThan(1000);
    const include = new Uint8Array(keys.length + 1).fill(1, 0, keys.length);
    const sets = bigramSets(keys.length + 1, eachOf(keys), include, NEAR_DUP_JACCARD);
    const jaccard = reference(keys);
    let passed = 0;
    let compared = 0;
    const wrong: string[] = [];
    // centres in turn, as the clustering asks: many keys against one centre, then the next
    for (let a = 0; a < keys.length; a += 3) {
      for (let b = 0; b < keys.length; b++) {
        const expected = jaccard(a, b, NEAR_DUP_JACCARD);
        const got = sets.jaccard(a, b);
        if (expected >= NEAR_DUP_JACCARD) passed++;
        if (expected >= NEAR_DUP_JACCARD ? got !== expected : got >= NEAR_DUP_JACCARD) wrong.push(`${keys[a]} ~ ${keys[b]}: ${got} ≠ ${expected}`);
        compared++;
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(500_000);
    expect(passed).toBeGreaterThan(1000);
  });

  it('gives the exact index without a threshold, short keys and repeated bigrams included', () => {
    const keys = ['', 'X', 'XY', '全覆盖全覆盖全覆盖', '全覆盖全覆盖', '实现党的组织对党员委员的全覆盖', '实现了党的组织对党员委员的全覆盖'];
    const sets = bigramSets(keys.length, eachOf(keys), new Uint8Array(keys.length).fill(1), 0);
    const jaccard = reference(keys);
    for (let a = 0; a < keys.length; a++) {
      for (let b = 0; b < keys.length; b++) expect(sets.jaccard(a, b)).toBe(jaccard(a, b, 0));
    }
    expect(sets.jaccard(3, 4)).toBe(1); // {全覆, 覆盖, 盖全} both
  });
});
