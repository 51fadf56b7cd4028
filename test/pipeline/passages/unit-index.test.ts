import { describe, expect, it } from 'vitest';
import { ascendingOrder } from '../../../src/pipeline/passages/unit-index.js';

/** Distinct pseudo-random doubles below `limit` (a fixed sequence, so that a failure repeats). */
function values(count: number, limit: number): Float64Array {
  let seed = 7;
  const seen = new Set<number>();
  while (seen.size < count) {
    seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
    seen.add(Math.floor((seed / 2147483647) * limit));
  }
  return Float64Array.from(seen);
}

const plainOrder = (v: Float64Array, n: number) => Array.from({ length: n }, (_, i) => i).sort((a, b) => v[a]! - v[b]!);

describe('ascendingOrder', () => {
  it('gives the indexes of hashes in ascending order of their values, the first n only', () => {
    const v = values(5000, 2 ** 53);
    expect([...ascendingOrder(v, 5000)]).toEqual(plainOrder(v, 5000));
    expect([...ascendingOrder(v, 1200)]).toEqual(plainOrder(v, 1200));
    expect([...ascendingOrder(v, 0)]).toEqual([]);
  });

  it('sorts a crowded bucket too (values that share their top 16 bits)', () => {
    const v = values(300, 2 ** 37); // every value in the first bucket
    expect([...ascendingOrder(v, 300)]).toEqual(plainOrder(v, 300));
  });
});
