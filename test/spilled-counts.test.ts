import { describe, expect, it } from 'vitest';
import { packTermCounts } from '../src/packed-terms.js';
import type { TermCounts } from '../src/pipeline/per-document/count.js';
import { CountSpill } from '../src/spilled-counts.js';

/** `counts` added as a worker posts them: packed. */
const add = (spill: CountSpill, counts: TermCounts) => spill.add(packTermCounts(counts));

describe('CountSpill', () => {
  it('gives back each document\'s terms and counts as they were added, keeping one copy of each distinct string', () => {
    const spill = new CountSpill();
    try {
      const a = add(spill, { terms: ['协商', '委员', '提案'], counts: Uint32Array.from([7, 3, 1]) });
      const b = add(spill, { terms: ['提案', '新 常态'], counts: Uint32Array.from([4294967295, 2]) });
      const none = add(spill, { terms: [], counts: new Uint32Array(0) });
      expect(a.terms).toEqual(['协商', '委员', '提案']);
      expect([...a.counts]).toEqual([7, 3, 1]);
      expect(b.terms).toEqual(['提案', '新 常态']);
      expect([...b.counts]).toEqual([4294967295, 2]);
      expect([none.terms, [...none.counts]]).toEqual([[], []]);
      expect(spill.strings()).toEqual(['协商', '委员', '提案', '新 常态']);
      expect(b.terms.map((term, i) => [term, b.counts[i]])).toEqual([['提案', 4294967295], ['新 常态', 2]]);
      expect(a.counts.length).toBe(3);
    } finally {
      spill.close();
    }
  });

  it('reads back what was added after an earlier read (the file is written out before each read)', () => {
    const spill = new CountSpill();
    try {
      const first = add(spill, { terms: ['甲'], counts: Uint32Array.from([1]) });
      expect(first.terms).toEqual(['甲']);
      const many = Array.from({ length: 300_000 }, (_, i) => `词${i}`);
      const second = add(spill, { terms: many, counts: Uint32Array.from(many, (_, i) => i) });
      expect(second.terms).toEqual(many);
      expect(second.counts[299_999]).toBe(299_999);
      expect(first.counts[0]).toBe(1);
    } finally {
      spill.close();
    }
  });
});
