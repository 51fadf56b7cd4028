/**
 * The guess at near-identical documents that the corpus step builds the comparison tables on while the
 * shared-passages step decides: on the sample reports and their copies, and on real government reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { listFiles } from '../../../src/io/list.js';
import { readDocument } from '../../../src/io/read.js';
import { addPassageDoc, collectedOf, createPassageIndex } from '../../../src/pipeline/passages/corpus-index.js';
import { passageUnits } from '../../../src/pipeline/passages/fingerprints.js';
import { likelyCopies } from '../../../src/pipeline/passages/likely-copies.js';
import { packUnits } from '../../../src/pipeline/passages/packed.js';
import { sharedPassages, type PassageDoc } from '../../../src/pipeline/passages/shared.js';
import type { ReportDoc } from '../../../src/types.js';
import { CORPUS, GOVREPORTS, HAS_GOVREPORTS, SEED_FILES } from '../../helpers.js';

const [seed, other] = [SEED_FILES[0], SEED_FILES[1]].map((f) => readFileSync(join(CORPUS, f), 'utf8')) as [string, string];

function passageDoc(doc: ReportDoc, year: number | null): PassageDoc {
  return { id: doc.id, year, region: '', units: passageUnits(doc), chars: doc.text.length };
}

function sample(id: string, source: string, year: number | null): PassageDoc {
  return passageDoc(createDocument({ path: id, file: `${id}.txt`, format: 'txt', encoding: 'utf-8', source }), year);
}

function guess(docs: readonly PassageDoc[], bar?: number) {
  const index = createPassageIndex();
  for (const { units, ...doc } of docs) addPassageDoc(index, doc, packUnits(units));
  return likelyCopies(collectedOf(index), bar);
}

describe('likelyCopies', () => {
  it('pairs a copy with its original, also a copy of a copy, whatever their years, and nothing else', () => {
    const docs = [
      sample('a', seed, 2021),
      sample('b', `${seed}\n另外，会议还审议通过了关于加强委员履职管理的实施办法。`, 2020),
      sample('c', other, 2020),
      sample('d', seed, null),
    ];
    // a and d point at b, where their keys were first seen (b's year is the earliest); b, at itself.
    expect(guess(docs)).toEqual([{ doc_a: 'b', doc_b: 'a' }, { doc_a: 'b', doc_b: 'd' }]);
  });

  it('misses a copy retouched in every sentence, which the step finds near-identical: the tables are then built again', () => {
    const retouched = seed.replace(/(\p{Script=Han})。/gu, '矣。');
    const docs = [sample('a', seed, 2020), sample('b', retouched, 2021), sample('c', other, 2020)];
    expect(sharedPassages(docs).nearIdentical).toEqual([{ doc_a: 'a', doc_b: 'b', similarity: 1, shared_passages: 23 }]);
    expect(guess(docs)).toEqual([]);
    // The pair is still each other's likeliest original, below the bar.
    expect(guess(docs, 0)).toEqual([{ doc_a: 'a', doc_b: 'b' }]);
  });

  it('counts the phrases a copy shares with its original that an earlier report showed first', () => {
    const lines = seed.split('\n');
    const stock = lines.slice(0, Math.floor(lines.length / 3)).join('\n');
    const docs = [sample('z', stock, 2019), sample('a', seed, 2020), sample('b', seed, 2021)];
    // a's stock third was first seen in z: a is no copy of z (a third of its text), b is one of a.
    expect(guess(docs)).toEqual([{ doc_a: 'a', doc_b: 'b' }]);
  });

  it('guesses nothing in a corpus without copies', () => {
    expect(guess([sample('a', seed, 2020), sample('c', other, 2020)])).toEqual([]);
  });
});

describe.skipIf(!HAS_GOVREPORTS)('likelyCopies on government reports', () => {
  it('guesses the one pair the step finds near-identical among the national and Sichuan reports', async () => {
    const files = [
      ...(await listFiles(join(GOVREPORTS, 'national'), ['md'])),
      ...(await listFiles(join(GOVREPORTS, 'provinces', '四川省'), ['md'])),
    ];
    const docs: PassageDoc[] = [];
    for (const file of files) {
      const doc = await readDocument(file, GOVREPORTS);
      const year = /(\d{4})[^/]*\.md$/.exec(file)?.[1];
      docs.push(passageDoc(doc, year === undefined ? null : Number(year)));
    }
    expect(docs).toHaveLength(83);
    expect(guess(docs)).toEqual([{ doc_a: 'provinces/四川省/2019', doc_b: 'provinces/四川省/2020' }]);
  }, 60_000);
});
