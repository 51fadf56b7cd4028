import { describe, expect, it } from 'vitest';
import { BANDS, bandValues, bigrams, jaccardIn, NEAR_DUP_JACCARD } from '../../../src/pipeline/passages/minhash.js';

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
