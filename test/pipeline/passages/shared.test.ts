import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { passageUnits } from '../../../src/pipeline/passages/fingerprints.js';
import { hashHex } from '../../../src/pipeline/passages/normalize.js';
import { createPairCounts } from '../../../src/pipeline/passages/pairs.js';
import { sharedPassages, type PassageDoc } from '../../../src/pipeline/passages/shared.js';
import { DocSimilarityRowSchema, SharedPassageRowSchema } from '../../../src/schemas/passages.js';
import { hashKey, unitKey } from './string-forms.js';

const S1 = '全面加强政协党的建设工作取得明显成效，切实提高委员履职能力和建言资政水平'; // clauses of 18 and 17
const C2 = '切实提高委员履职能力和建言资政水平';

function passageDoc(id: string, year: number | null, region: string, source: string): PassageDoc {
  const doc = createDocument({ path: id, file: `${id}.txt`, format: 'txt', encoding: 'utf-8', source });
  return { id, year, region, units: passageUnits(doc), chars: [...doc.text.replace(/\n/g, '')].length };
}

const docs = [
  passageDoc('a', 2021, 'X县', `${S1}。\n认真开展调查研究形成高质量调研报告。`),
  passageDoc('b', 2020, 'Y县', `${S1}。\n广泛凝聚共识推动各项工作落地见效。`),
  passageDoc('c', null, '', `我们坚持问题导向，${C2}。`),
];
const idOf = (text: string) => `p${hashHex(...hashKey(unitKey(text)))}`;

describe('sharedPassages', () => {
  const result = sharedPassages(docs);

  it('reports a shared sentence once, and its clause only where the clause travels further', () => {
    expect(result.passages).toEqual([
      { passage_id: idOf(C2), text: C2, docs: 3, first_year: 2020, last_year: 2021, regions: 'X县|Y县', example_doc: 'b' },
      { passage_id: idOf(S1), text: S1, docs: 2, first_year: 2020, last_year: 2021, regions: 'X县|Y县', example_doc: 'b' },
    ]);
    for (const row of result.passages) SharedPassageRowSchema.parse(row);
  });

  it('scores pairs by the Jaccard index of their passage sets: a {S1, C2, Ta}, b {S1, C2, Tb}, c {Sc, C2}', () => {
    expect(result.similarity).toEqual([
      { doc_a: 'a', doc_b: 'b', similarity: 0.5, shared_passages: 2 },
      { doc_a: 'a', doc_b: 'c', similarity: 0.25, shared_passages: 1 },
      { doc_a: 'b', doc_b: 'c', similarity: 0.25, shared_passages: 1 },
    ]);
    for (const row of result.similarity) DocSimilarityRowSchema.parse(row);
    expect(sharedPassages(docs, { topPairs: 1 }).similarity).toHaveLength(1);
  });

  it('measures the reused share in characters, a shared sentence once', () => {
    // S1 is 36 characters (18 + ， + 17): of a's 55 and b's 54; c: C2 (17) of 27.
    expect([...result.reusedShare]).toEqual([['b', 0.6667], ['a', 0.6545], ['c', 0.6296]]);
  });

  it('does not depend on the order of the input', () => {
    const again = sharedPassages([docs[2]!, docs[0]!, docs[1]!]);
    expect(again.passages).toEqual(result.passages);
    expect(again.similarity).toEqual(result.similarity);
    expect(new Map(again.reusedShare)).toEqual(new Map(result.reusedShare));
  });

  it('returns empty tables for a corpus without reuse', () => {
    const none = sharedPassages([docs[0]!]);
    expect(none.passages).toEqual([]);
    expect(none.similarity).toEqual([]);
    expect(none.reusedShare.get('a')).toBe(0);
  });
});

describe('createPairCounts', () => {
  it('counts unordered pairs', () => {
    const counts = createPairCounts(4);
    counts.addAll([3, 0, 2]);
    counts.addAll([2, 3]);
    const seen: number[][] = [];
    counts.forEach((a, b, c) => seen.push([a, b, c]));
    expect(seen).toEqual([[0, 2, 1], [0, 3, 1], [2, 3, 2]]);
  });

  it('switches to a sparse store for very large corpora, with the same results', () => {
    const counts = createPairCounts(7000);
    counts.addAll([6999, 5, 17]);
    const seen: number[][] = [];
    counts.forEach((a, b, c) => seen.push([a, b, c]));
    expect(seen).toEqual([[5, 17, 1], [5, 6999, 1], [17, 6999, 1]]);
  });
});
