import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BANDS, bigrams, jaccardIn, NEAR_DUP_JACCARD, ROWS, writeBandValuesOf } from '../../../src/pipeline/passages/minhash.js';
import { simdMinima } from '../../../src/pipeline/passages/minhash-simd.js';

import { CORPUS } from '../../helpers.js';
import { bandValues, unitKey } from './string-forms.js';

/** jaccardIn over two sets placed side by side in one pool. */
function jaccard(a: Uint32Array, b: Uint32Array, atLeast = 0): number {
  const pool = new Uint32Array([...a, ...b]);
  return jaccardIn(pool, 0, a.length, a.length, a.length + b.length, atLeast);
}

/** Naive reference: distinct bigram strings, Jaccard by Set. */
function naiveJaccard(a: string, b: string): number {
  const grams = (s: string) => new Set(Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2)));
  const [x, y] = [grams(a), grams(b)];
  const common = [...x].filter((g) => y.has(g)).length;
  return common / (x.size + y.size - common);
}

const A = '实现党的组织对党员委员的全覆盖党的工作对政协委员的全覆盖';
const B = '实现了党的组织对党员委员的全覆盖党的工作对政协委员的全覆盖';
const C = '努力实现党的组织对党员委员全覆盖党的工作对政协工作全覆盖';

describe('bigrams and jaccard', () => {
  it('packs distinct bigrams, sorted', () => {
    const g = bigrams('全覆盖全覆盖');
    expect(g.length).toBe(3); // 全覆 覆盖 盖全
    expect([...g]).toEqual([...g].sort((x, y) => x - y));
    expect(g[0]).toBe((('全'.charCodeAt(0) << 16) | '覆'.charCodeAt(0)) >>> 0);
  });

  it('agrees with a naive Set-based Jaccard index', () => {
    for (const [x, y] of [[A, B], [A, C], [B, C], [A, A]] as const) {
      expect(jaccard(bigrams(x), bigrams(y))).toBeCloseTo(naiveJaccard(x, y), 12);
    }
    expect(jaccard(bigrams(A), bigrams(B))).toBeCloseTo(20 / 23, 12);
    expect(jaccard(bigrams(A), bigrams(B))).toBeGreaterThanOrEqual(NEAR_DUP_JACCARD);
    expect(jaccard(bigrams(A), bigrams(C))).toBeLessThan(NEAR_DUP_JACCARD);
  });

  it('stops early with 0 below the threshold, and keeps a pair exactly at it', () => {
    expect(jaccard(bigrams(A), bigrams(C), NEAR_DUP_JACCARD)).toBe(0);
    expect(jaccard(bigrams(A), bigrams(B), NEAR_DUP_JACCARD)).toBeCloseTo(20 / 23, 12);
    // 4 of 5 bigrams in common: J = 4/5 = 0.8 exactly
    expect(jaccard(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(1, 2, 3, 4, 5), 0.8)).toBe(0.8);
  });
});

describe('bandValues', () => {
  it('gives BANDS small integers, equal for equal keys', () => {
    const v = bandValues(A);
    expect(v).toHaveLength(BANDS);
    for (const x of v) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 30).toBe(true);
    expect(bandValues(A)).toEqual(v);
  });

  it('shares a band between the near-duplicates of the seeds and not between unrelated clauses', () => {
    const shares = (x: string, y: string) => bandValues(x).some((b, i) => b === bandValues(y)[i]);
    expect(shares(A, B)).toBe(true);
    expect(shares('牢牢把握新时代人民政协新方位新使命', '牢牢把握新时代人民政协的新方位新使命')).toBe(true);
    expect(shares(A, '认真开展调查研究形成高质量调研报告')).toBe(false);
  });
});

/** murmur3's finaliser, as minhash.ts defines its hash functions with it. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Plain reference: every hash function in unsigned arithmetic, one bigram at a time. */
function referenceBands(key: string): number[] {
  const mins: number[] = Array.from({ length: BANDS * ROWS }, () => 0xffffffff);
  for (let i = 0; i + 1 < key.length; i++) {
    const x = mix(((key.charCodeAt(i) << 16) | key.charCodeAt(i + 1)) >>> 0);
    for (let k = 0; k < mins.length; k++) {
      const h = (Math.imul(x, mix(k * 2 + 1) | 1) + mix(k + 0x1000)) >>> 0;
      if (h < mins[k]!) mins[k] = h;
    }
  }
  return Array.from({ length: BANDS }, (_, b) => {
    let h = mins[b * ROWS]!;
    for (let r = 1; r < ROWS; r++) h = Math.imul(h ^ mins[b * ROWS + r]!, 0xcc9e2d51) ^ (h >>> 13);
    return mix(h) >>> 2;
  });
}

describe('writeBandValuesOf', () => {
  it('keeps the values of earlier builds', () => {
    expect(bandValues(A)).toEqual([465707575, 894739735, 850405980, 924714312, 697690931, 426784992]);
    expect(bandValues('X')).toEqual(Array(BANDS).fill(1047994336));
  });

  it('agrees with a plain reference on every sentence and clause of the seed reports, at any offset', () => {
    const keys = readdirCorpus().flatMap((text) => text.split(/[。！？；，：\n]/)).map(unitKey).filter((k) => k.length > 0);
    expect(keys.length).toBeGreaterThan(900);
    const codes = new Uint16Array(keys.join('').length + 3);
    const out = new Uint32Array(BANDS + 2);
    let at = 3; // not at 0, so that a wrong base offset shows
    for (const key of keys) {
      for (let i = 0; i < key.length; i++) codes[at + i] = key.charCodeAt(i);
      writeBandValuesOf(codes, at, at + key.length, out, 1);
      expect([...out.subarray(1, 1 + BANDS)]).toEqual(referenceBands(key));
      expect(bandValues(key)).toEqual(referenceBands(key));
      at += key.length;
    }
  });
});

describe('the minima in WebAssembly SIMD', () => {
  it('are in use on this engine, with the memory for any sentence', () => {
    const simd = simdMinima(new Int32Array(BANDS * ROWS), new Int32Array(BANDS * ROWS));
    expect(simd).not.toBeNull();
    expect(simd!.capacity).toBe(32_640);
  });

  it('give a key too long for their memory to the scalar loop, with the values of the reference', () => {
    // 40,000 code units of Han characters in a pseudo-random order: more bigrams than the module holds
    let seed = 1;
    const key = Array.from({ length: 40_000 }, () => String.fromCharCode(0x4e00 + ((seed = (Math.imul(seed, 48271) >>> 0) % 2147483647) % 3000))).join('');
    expect(bandValues(key)).toEqual(referenceBands(key));
    expect(bandValues(key.slice(0, 32_641))).toEqual(referenceBands(key.slice(0, 32_641))); // the longest key the module takes
  });
});

function readdirCorpus(): string[] {
  return ['000_178bb20f8e3f1132', '001_f639e6b0dd93e5af', '002_ff152d5763ca33a0', '003_b45dcb9941570f9a', '004_bbe205343de10782']
    .map((name) => readFileSync(join(CORPUS, `${name}.txt`), 'utf8'));
}
