/**
 * Shared passages of the five sample reports, worked out by hand and cross-checked by a naive O(n²) comparison
 * of every pair of units.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read.js';
import { passageUnits, textOf } from '../../../src/pipeline/passages/fingerprints.js';

import { sharedPassages, type PassageDoc } from '../../../src/pipeline/passages/shared.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';
import { unitKey } from './string-forms.js';

/** Years and regions as the texts state them (002 reviews 2023; 003 is the 2020 工作要点). */
const META: Record<string, [number | null, string]> = {
  '000_178bb20f8e3f1132': [null, 'X县'],
  '001_f639e6b0dd93e5af': [null, 'X区'],
  '002_ff152d5763ca33a0': [2023, ''],
  '003_b45dcb9941570f9a': [2020, 'XX县'],
  '004_bbe205343de10782': [null, ''],
};

let docs: PassageDoc[];
beforeAll(async () => {
  docs = [];
  for (const file of SEED_FILES) {
    const doc = await readDocument(join(CORPUS, file), CORPUS);
    const [year, region] = META[doc.id]!;
    docs.push({ id: doc.id, year, region, units: passageUnits(doc), chars: [...doc.text.replace(/\n/g, '')].length });
  }
});

describe('shared passages of the seeds', () => {
  it('finds the four passages the reports share, near-verbatim', () => {
    const rows = sharedPassages(docs).passages.map(({ passage_id: _, ...row }) => row);
    expect(rows).toEqual([
      { text: '充分发挥专门协商机构作用', docs: 2, first_year: 2023, last_year: 2023, regions: 'X县', example_doc: '002_ff152d5763ca33a0' },
      // 002 …为指导 and 004 …为统揽: 20 of 23 bigrams shared
      { text: '坚持以习近平新时代中国特色社会主义思想为指导', docs: 2, first_year: 2023, last_year: 2023, regions: '', example_doc: '002_ff152d5763ca33a0' },
      // 000 实现… and 001 实现了…
      { text: '实现党的组织对党员委员的全覆盖、党的工作对政协委员的全覆盖', docs: 2, first_year: null, last_year: null, regions: 'X区|X县', example_doc: '000_178bb20f8e3f1132' },
      // 003 (2020) …人民政协的新方位… comes first; 000 has it without 的
      { text: '牢牢把握新时代人民政协的新方位新使命', docs: 2, first_year: 2020, last_year: 2020, regions: 'XX县|X县', example_doc: '003_b45dcb9941570f9a' },
    ]);
  });

  it('finds only the verbatim one with near-duplicates off', () => {
    expect(sharedPassages(docs, { nearDuplicates: false }).passages.map((p) => p.text)).toEqual(['充分发挥专门协商机构作用']);
  });

  it('links exactly the document pairs a naive comparison of all unit pairs links', () => {
    const grams = (key: string) => new Set(Array.from({ length: key.length - 1 }, (_, i) => key.slice(i, i + 2)));
    const all = docs.flatMap((d) => Array.from({ length: d.units.count }, (_, u) => ({ doc: d.id, grams: grams(unitKey(textOf(d.units, u))) })));
    const naive = new Set<string>();
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [x, y] = [all[i]!, all[j]!];
        if (x.doc === y.doc) continue;
        const common = [...x.grams].filter((g) => y.grams.has(g)).length;
        if (common / (x.grams.size + y.grams.size - common) >= 0.8) naive.add([x.doc, y.doc].sort().join(' '));
      }
    }
    const result = sharedPassages(docs);
    const linked = new Set(result.similarity.map((p) => `${p.doc_a} ${p.doc_b}`));
    expect(linked).toEqual(naive);
    expect(naive.size).toBe(4);
  });

  it('scores the pairs and the reused shares', () => {
    const { similarity, reusedShare } = sharedPassages(docs);
    expect(similarity.map((p) => [p.doc_a.slice(0, 3), p.doc_b.slice(0, 3), p.shared_passages])).toEqual([
      ['000', '001', 1], ['000', '003', 1], ['000', '002', 1], ['002', '004', 1],
    ]);
    // 000: its clauses 充分发挥… (12 characters), 实现党的… (29) and 牢牢把握… (17) of 2,147
    expect(docs[0]!.chars).toBe(2147);
    expect(reusedShare.get('000_178bb20f8e3f1132')).toBe(0.027);
    expect(reusedShare.get('004_bbe205343de10782')).toBeGreaterThan(0);
  });
});
