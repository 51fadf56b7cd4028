/**
 * How the corpus step starts the shared passages: the near-identical pairs as soon as the step sends them, or from
 * its tables, and a failing step failing both where they are awaited; the comparison tables built on a guess of the
 * copies while the step decides, kept only when the decision leaves out the same documents.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, memoryOutput } from '../src/analyze.js';
import { builtOnGuess, startPassagesStep, type PassagesStep } from '../src/corpus-step.js';
import { parseCsv } from '../src/format/csv.js';
import { CORPUS, SEED_FILES } from './helpers.js';
import type { CollectedPassages, SharedPassagesTables } from '../src/pipeline/passages/index.js';
import type { DocSimilarityRow } from '../src/schemas/passages.js';

const PAIR: DocSimilarityRow = { doc_a: 'a', doc_b: 'b', similarity: 1, shared_passages: 3 };
const tablesWith = (nearIdentical: DocSimilarityRow[]) => ({ nearIdentical }) as SharedPassagesTables;
const collected = {} as CollectedPassages;

describe('startPassagesStep', () => {
  it('gives the pairs the step sends ahead, before its tables are in', async () => {
    let finish!: () => void;
    const step: PassagesStep = (_, onNearIdentical) => {
      onNearIdentical([PAIR]);
      return new Promise((resolve) => (finish = () => resolve(tablesWith([PAIR]))));
    };
    const { tables, nearIdentical } = startPassagesStep(step, collected);
    expect(await nearIdentical).toEqual([PAIR]); // the tables are not in yet
    finish();
    expect((await tables).nearIdentical).toEqual([PAIR]);
  });

  it('takes the pairs from the tables of a step that sends none (the step in this thread)', async () => {
    const { nearIdentical } = startPassagesStep(async () => tablesWith([PAIR]), collected);
    expect(await nearIdentical).toEqual([PAIR]);
  });

  it('fails both where they are awaited when the step fails, also awaited late', async () => {
    const { tables, nearIdentical } = startPassagesStep(async () => Promise.reject(new Error('worker stopped')), collected);
    await new Promise((resolve) => setTimeout(resolve, 20)); // no unhandled rejection meanwhile
    await expect(nearIdentical).rejects.toThrow('worker stopped');
    await expect(tables).rejects.toThrow('worker stopped');
  });
});

describe('builtOnGuess', () => {
  const decided = (ids: string[]) => Promise.resolve(new Set(ids));
  const counting = () => {
    const built: string[][] = [];
    return { built, build: (left: ReadonlySet<string>) => (built.push([...left]), `tables without ${[...left].join(',')}`) };
  };

  it('keeps the tables built on the guess when the decision leaves out the same documents', async () => {
    const { built, build } = counting();
    const [tables] = await builtOnGuess(build, new Set(['b']), decided(['b']), (left) => left, true);
    expect(tables).toBe('tables without b');
    expect(built).toEqual([['b']]);
  });

  it('builds them again for the decision when the guess was wrong', async () => {
    const { built, build } = counting();
    const [tables, decision] = await builtOnGuess(build, new Set<string>(), decided(['b']), (left) => left, true);
    expect(tables).toBe('tables without b');
    expect([...decision]).toEqual(['b']);
    expect(built).toEqual([[], ['b']]);
  });

  it('builds them once, for the decision, when it is already in', async () => {
    const { built, build } = counting();
    await builtOnGuess(build, new Set(['a']), decided(['b']), (left) => left, false);
    expect(built).toEqual([['b']]);
  });
});

describe('analyze with a copy the guess misses', () => {
  it('leaves out the copy the step finds, and writes the same files whatever --jobs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-copies-'));
    const seed = readFileSync(join(CORPUS, SEED_FILES[0]), 'utf8');
    writeFileSync(join(dir, 'a.txt'), seed);
    // Every sentence retouched: near-identical for the step, no exact key shared for the guess (likely-copies.test.ts).
    writeFileSync(join(dir, 'b.txt'), seed.replace(/(\p{Script=Han})。/gu, '矣。'));
    writeFileSync(join(dir, 'c.txt'), readFileSync(join(CORPUS, SEED_FILES[1]), 'utf8'));
    const [one, two] = [memoryOutput(), memoryOutput()];
    await analyzeCorpus({ dir, jobs: 1 }, one);
    await analyzeCorpus({ dir, jobs: 2 }, two);
    const documents = parseCsv(one.files().get('documents.csv')!).rows;
    expect(documents.map((d) => [d.doc_id, d.duplicate_of])).toEqual([['a', ''], ['b', 'a'], ['c', '']]);
    // Left out is counted from the documents the tables were built on.
    expect(JSON.parse(one.files().get('summary.json')!).totals).toMatchObject({ documents: 3, duplicates: 1, duplicates_left_out: 1 });
    expect([...two.files().keys()].sort()).toEqual([...one.files().keys()].sort());
    for (const [name, content] of one.files()) expect(two.files().get(name), name).toBe(content);
  }, 60_000);
});
