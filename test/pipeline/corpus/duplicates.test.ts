/** documents.csv's duplicate_of: the earlier document of a near-identical pair is the original. */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, memoryOutput } from '../../../src/analyze.js';
import { parseCsv } from '../../../src/format/csv.js';
import { duplicatesOf } from '../../../src/pipeline/corpus/duplicates.js';
import type { Summary } from '../../../src/schemas/corpus.js';
import { GOVREPORTS, HAS_GOVREPORTS } from '../../helpers.js';

const pair = (doc_a: string, doc_b: string) => ({ doc_a, doc_b, similarity: 1, shared_passages: 10 });

describe('duplicatesOf', () => {
  it('makes the later document of a pair in corpus order the duplicate, whatever the pair’s id order', () => {
    expect([...duplicatesOf(['b', 'a', 'c'], [pair('a', 'b')])]).toEqual([['a', 'b']]);
    expect([...duplicatesOf(['a', 'b', 'c'], [pair('a', 'b')])]).toEqual([['b', 'a']]);
  });

  it('points a copy of a copy at the first document of the chain, and a document matching two at the earlier', () => {
    // a ≈ b, b ≈ c but a ≉ c: c still names a, the document that is kept.
    expect([...duplicatesOf(['a', 'b', 'c'], [pair('b', 'c'), pair('a', 'b')])]).toEqual([['b', 'a'], ['c', 'a']]);
    // d matches both b and c, which are not copies of each other: the earlier, b.
    expect([...duplicatesOf(['b', 'c', 'd'], [pair('c', 'd'), pair('b', 'd')])]).toEqual([['d', 'b']]);
  });

  it('finds no duplicate without a near-identical pair', () => {
    expect(duplicatesOf(['a', 'b'], []).size).toBe(0);
  });
});

describe.skipIf(!HAS_GOVREPORTS)('analyze leaves the Sichuan report filed under 2019 and 2020 out once', () => {
  let dir: string;
  beforeAll(() => {
    // Three consecutive reports of one province, copied to a temporary corpus (never into the repository).
    dir = mkdtempSync(join(tmpdir(), 'wr-dup-'));
    mkdirSync(join(dir, '四川省'));
    for (const year of [2018, 2019, 2020]) copyFileSync(join(GOVREPORTS, 'provinces', '四川省', `${year}.md`), join(dir, '四川省', `${year}.md`));
  });
  const run = async (keepDuplicates: boolean) => {
    const out = memoryOutput();
    await analyzeCorpus({ dir, metaFromPath: '{region}/{year}.md', jobs: 1, keepDuplicates }, out);
    const files = out.files();
    const csv = (name: string) => parseCsv(files.get(name)!).rows;
    return { csv, summary: JSON.parse(files.get('summary.json')!) as Summary };
  };

  it('marks 2020 as a duplicate of 2019 and leaves it out of trends and groups', async () => {
    const { csv, summary } = await run(false);
    expect(csv('documents.csv').map((d) => [d.doc_id, d.duplicate_of])).toEqual([['四川省/2018', ''], ['四川省/2019', ''], ['四川省/2020', '四川省/2019']]);
    expect([...new Set(csv('trends.csv').map((r) => r.year))]).toEqual(['2018', '2019']);
    expect(csv('groups.csv').find((r) => r.by === 'region')!.docs).toBe('2');
    expect([...new Set(csv('topic_trends.csv').map((r) => r.year))]).toEqual(['2018', '2019']);
    expect(summary.totals).toMatchObject({ documents: 3, duplicates: 1, duplicates_left_out: 1 });
    expect(summary.options.keep_duplicates).toBe(false);
  }, 60_000);

  it('keeps it with keepDuplicates, still naming what it copies', async () => {
    const { csv, summary } = await run(true);
    expect(csv('documents.csv')[2]!.duplicate_of).toBe('四川省/2019');
    expect([...new Set(csv('trends.csv').map((r) => r.year))]).toEqual(['2018', '2019', '2020']);
    expect(summary.totals).toMatchObject({ duplicates: 1, duplicates_left_out: 0 });
  }, 60_000);
});
