import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../../src/compare.js';
import { strongest } from '../../../src/pipeline/corpus/strongest.js';

/** What `strongest` must give, by sorting every term. */
function bySorting(g2: Float64Array, terms: string[], top: number, sign: 1 | -1): number[] {
  const all = [...g2.keys()].filter((i) => g2[i]! * sign > 0);
  const byStrength = (x: number, y: number) => Math.abs(g2[y]!) - Math.abs(g2[x]!) || compareStrings(terms[x]!, terms[y]!);
  return all.sort(byStrength).slice(0, top).sort((x, y) => g2[y]! - g2[x]! || compareStrings(terms[x]!, terms[y]!));
}

describe('strongest', () => {
  // 3,000 terms whose G² take few values (many ties, as rare terms have), both signs, some 0, in a scrambled order.
  const size = 3000;
  const terms = Array.from({ length: size }, (_, i) => `词${(i * 7919) % size}`);
  const g2 = Float64Array.from({ length: size }, (_, i) => (((i * 2654435761) >>> 0) % 41) - 20 + (i % 97 === 0 ? 0.5 : 0));

  it('keeps the top n of each sign with the ties at the cut decided by term, as sorting every term would', () => {
    for (const top of [1, 5, 50, 200, 5000]) {
      const { over, under } = strongest(g2, terms, top);
      expect(over).toEqual(bySorting(g2, terms, top, 1));
      expect(under).toEqual(bySorting(g2, terms, top, -1));
    }
  });

  it('gives nothing for a sign no term has, or for top 0', () => {
    const positive = Float64Array.from([3, 0, 1, 2]);
    expect(strongest(positive, ['甲', '乙', '丙', '丁'], 2)).toEqual({ over: [0, 3], under: [] });
    expect(strongest(g2, terms, 0)).toEqual({ over: [], under: [] });
  });
});
