/** Shared passages over real government reports (national + one province); skipped without ../shared/govreports. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareStrings } from '../../../src/compare.js';
import { listFiles } from '../../../src/io/list.js';
import { readDocument } from '../../../src/io/read.js';
import { passageUnits } from '../../../src/pipeline/passages/fingerprints.js';
import { sharedPassages, type PassageDoc, type SharedPassagesResult } from '../../../src/pipeline/passages/shared.js';
import { DocSimilarityRowSchema, SharedPassageRowSchema } from '../../../src/schemas/passages.js';
import { GOVREPORTS, HAS_GOVREPORTS } from '../../helpers.js';

describe.skipIf(!HAS_GOVREPORTS)('shared passages of government reports', () => {
  let docs: PassageDoc[];
  let result: SharedPassagesResult;
  beforeAll(async () => {
    const files = [
      ...(await listFiles(join(GOVREPORTS, 'national'), ['md'])),
      ...(await listFiles(join(GOVREPORTS, 'provinces', '四川省'), ['md'])),
    ];
    docs = [];
    for (const file of files) {
      const doc = await readDocument(file, GOVREPORTS);
      const year = Number(/(\d{4})[^/]*\.md$/.exec(file)?.[1] ?? NaN);
      docs.push({
        id: doc.id, year: Number.isNaN(year) ? null : year, region: doc.id.split('/').at(-2)!,
        units: passageUnits(doc), chars: [...doc.text.replace(/\n/g, '')].length,
      });
    }
    result = sharedPassages(docs);
  }, 60_000);

  it('writes valid rows, most widely shared first', () => {
    expect(docs.length).toBe(83);
    expect(result.passages.length).toBeGreaterThan(1000);
    for (const row of result.passages) SharedPassageRowSchema.parse(row);
    for (let i = 1; i < result.passages.length; i++) {
      const [a, b] = [result.passages[i - 1]!, result.passages[i]!];
      expect(a.docs > b.docs || (a.docs === b.docs && compareStrings(a.text, b.text) <= 0)).toBe(true);
    }
    const ids = new Set(result.passages.map((p) => p.passage_id));
    expect(ids.size).toBe(result.passages.length);
  });

  it('finds the 2019 and 2020 Sichuan reports to be the same text (the source repeats it)', () => {
    expect(result.similarity).toHaveLength(100);
    expect(result.similarity[0]).toMatchObject({ doc_a: 'provinces/四川省/2019', doc_b: 'provinces/四川省/2020', similarity: 1 });
    for (const row of result.similarity) {
      DocSimilarityRowSchema.parse(row);
      expect(compareStrings(row.doc_a, row.doc_b)).toBe(-1);
    }
    const scores = result.similarity.map((r) => r.similarity);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps the best pairs however often it trims them (3,403 pairs, trimmed every 1,044 to the best 10)', () => {
    const top = sharedPassages(docs, { topPairs: 10 });
    expect(top.similarity).toEqual(result.similarity.slice(0, 10));
    expect(top.nearIdentical).toEqual(result.nearIdentical);
  });

  it('finds that pair, and only that pair, near-identical (the next most similar scores far below the bar)', () => {
    expect(result.nearIdentical).toEqual([result.similarity[0]]);
    expect(result.similarity[1]!.similarity).toBeLessThan(0.2);
  });

  it('gives every document a reused share between 0 and 1, and national reports reuse their own phrasing', () => {
    expect(result.reusedShare.size).toBe(docs.length);
    for (const share of result.reusedShare.values()) expect(share >= 0 && share <= 1).toBe(true);
    expect(result.reusedShare.get('provinces/四川省/2020')).toBeGreaterThan(0.9);
    expect(result.reusedShare.get('national/2024')).toBeGreaterThan(0.1);
  });
});
