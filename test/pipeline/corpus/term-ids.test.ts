import { describe, expect, it } from 'vitest';
import { numberTerms } from '../../../src/pipeline/corpus/term-ids.js';
import type { TermCounts } from '../../../src/pipeline/per-document/count.js';
import { packTermCounts } from '../../../src/packed-terms.js';
import { CountSpill } from '../../../src/spilled-counts.js';

const counts = (terms: string[]): TermCounts => ({ terms, counts: new Uint32Array(terms.length).fill(1) });

describe('numberTerms', () => {
  const docs = [counts(['委员', '提案', '协商']), counts([]), counts(['协商', '政协', '委员']), counts(['监督'])];
  const expected = { ids: [[0, 1, 2], [], [2, 3, 0], [4]], terms: ['委员', '提案', '协商', '政协', '监督'] };

  it('numbers the distinct terms in order of first occurrence, documents in the order given', () => {
    const numbered = numberTerms(docs);
    expect({ ids: numbered.ids.map((a) => [...a]), terms: numbered.terms }).toEqual(expected);
  });

  it('renumbers the ids of a spill in the same order, whatever order the spill met the strings in', () => {
    const spill = new CountSpill();
    try {
      spill.add(packTermCounts(counts(['监督', '政协']))); // the spill's ids 0 and 1, not part of the documents below
      const spilled = docs.map((d) => spill.add(packTermCounts(d)));
      expect([...(spilled[2] as unknown as { ids: Uint32Array }).ids]).toEqual([4, 1, 2]);
      const numbered = numberTerms(spilled);
      expect({ ids: numbered.ids.map((a) => [...a]), terms: numbered.terms }).toEqual(expected);
      // counts of a spill and counts of another kind together: numbered by their strings
      const mixed = numberTerms([spilled[0]!, counts(['监督', '委员'])]);
      expect({ ids: mixed.ids.map((a) => [...a]), terms: mixed.terms }).toEqual({ ids: [[0, 1, 2], [3, 0]], terms: ['委员', '提案', '协商', '监督'] });
    } finally {
      spill.close();
    }
  });
});
