import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOP_PASSAGES } from '../../../src/format/report-tables.js';
import { joinTable, tableCsv } from '../../../src/format/table.js';
import { readDocument } from '../../../src/io/read.js';
import { passageUnits } from '../../../src/pipeline/passages/fingerprints.js';
import { collectPassages, sharedPassagesTables } from '../../../src/pipeline/passages/index.js';
import { packUnits } from '../../../src/pipeline/passages/packed.js';
import { sharedPassages, type PassageDoc } from '../../../src/pipeline/passages/shared.js';
import { SharedPassageRowSchema, type DocSimilarityRow } from '../../../src/schemas/passages.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';

async function seeds(): Promise<PassageDoc[]> {
  const docs: PassageDoc[] = [];
  for (const file of SEED_FILES) {
    const doc = await readDocument(join(CORPUS, file), CORPUS);
    docs.push({ id: doc.id, year: null, region: '', units: passageUnits(doc), chars: doc.text.length });
  }
  return docs;
}

describe('collectPassages', () => {
  it('gives, documents added in any order and codes spilled to a file, shared_passages.csv as the bytes of the whole table and only the top rows as objects', async () => {
    // Each seed twice: every passage is shared, so the table is longer than the report's top rows.
    const docs = await seeds();
    const twice = [...docs, ...docs.map((d) => ({ ...d, id: `${d.id}-copy` }))];
    const shared = sharedPassages(twice);
    const collector = collectPassages({ spill: true });
    for (const { units, ...doc } of [...twice].reverse()) collector.add(doc, packUnits(units));
    const packed = sharedPassagesTables(collector.collected(), { rowsAtATime: 7 }); // in parts of 7 rows, the last one shorter
    collector.close();
    expect(packed.passagesCsv.length).toBe(Math.ceil(packed.passageCount / 7));
    expect(packed.passageCount).toBe(shared.passages.length);
    expect(packed.passageCount).toBeGreaterThan(TOP_PASSAGES);
    expect(joinTable(SharedPassageRowSchema, packed.passagesCsv)).toBe(tableCsv('shared_passages.csv', SharedPassageRowSchema, shared.passages));
    expect(packed.topPassages).toEqual(shared.passages.slice(0, TOP_PASSAGES));
    expect(packed.similarity).toEqual(shared.similarity);
    expect(packed.reusedShare).toEqual(shared.reusedShare);
  });

  it('sends the near-identical pairs ahead of the tables, once, the same pairs the tables hold', async () => {
    // Each seed and its copy are near-identical; the seeds are not near-identical to each other.
    const docs = await seeds();
    const twice = [...docs, ...docs.map((d) => ({ ...d, id: `${d.id}-copy` }))];
    const collector = collectPassages();
    for (const { units, ...doc } of twice) collector.add(doc, packUnits(units));
    const sent: DocSimilarityRow[][] = [];
    const tables = sharedPassagesTables(collector.collected(), { onNearIdentical: (pairs) => sent.push(pairs) });
    expect(sent).toEqual([tables.nearIdentical]);
    expect(tables.nearIdentical.map((p) => [p.doc_a, p.doc_b, p.similarity]).sort()).toEqual(docs.map((d) => [d.id, `${d.id}-copy`, 1]).sort());
  });
});
