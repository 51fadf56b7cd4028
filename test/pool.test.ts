import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PostedOutcome } from '../src/posted-outcome.js';
import { readDocument } from '../src/io/read.js';
import { collectPassages, documentPassages, sharedPassagesTables } from '../src/pipeline/passages/index.js';
import { openPool } from '../src/pool.js';
import type { DocSimilarityRow } from '../src/schemas/passages.js';
import { CORPUS, SEED_FILES } from './helpers.js';

const CRASHING = fileURLToPath(new URL('./fixtures/crashing-worker.mjs', import.meta.url));
const THREADS = fileURLToPath(new URL('./fixtures/thread-worker.mjs', import.meta.url));
const task = (file: string) => ({ entry: { file, path: file }, root: '.', context: {} }) as never;

describe('openPool', () => {
  it('reports a document whose worker dies or throws as a failed file, and goes on with the others', async () => {
    const pool = await openPool(2, CRASHING);
    const outcomes: Array<[number, PostedOutcome]> = [];
    try {
      await pool.analyze(['a.txt', 'crash.txt', 'b.txt', 'throw.txt', 'c.txt'].map(task), (o, i) => outcomes.push([i, o]));
    } finally {
      await pool.close();
    }
    const byIndex = outcomes.sort((x, y) => x[0] - y[0]).map(([, o]) => o);
    expect(byIndex.map((o) => o.ok)).toEqual([true, false, true, false, true]);
    const failed = byIndex.filter((o) => !o.ok).map((o) => (o.ok ? null : o.error));
    expect(failed.map((e) => [e!.file, e!.stage])).toEqual([['crash.txt', 'analyze'], ['throw.txt', 'analyze']]);
    expect(failed[0]!.message).toBe('the worker analysing it stopped: worker exited with code: 3');
    expect(failed[1]!.message).toBe('the worker analysing it stopped: a bug in a stage');
  });

  it('keeps the same `jobs` threads for the whole run, also after they were idle', async () => {
    const pool = await openPool(2, THREADS);
    const threads: number[] = [];
    const run = async (names: string[]) =>
      pool.analyze(names.map(task), (o) => threads.push((o as unknown as { analysis: { thread: number } }).analysis.thread));
    try {
      await run(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
      // Idle far longer than the 100 ms after which the pool used to let a worker go (and start a new one later).
      await new Promise((r) => setTimeout(r, 400));
      await run(['e.txt', 'f.txt', 'g.txt', 'h.txt']);
    } finally {
      await pool.close();
    }
    expect(threads).toHaveLength(8);
    expect(new Set(threads).size).toBeLessThanOrEqual(2);
    const first = new Set(threads.slice(0, 4));
    expect(threads.slice(4).filter((t) => !first.has(t))).toEqual([]);
  });

  it('finds the shared passages in a worker (dist/worker.js), the near-identical pairs sent once ahead of the tables', async () => {
    const collect = async () => {
      const collector = collectPassages();
      for (const file of SEED_FILES) {
        const doc = await readDocument(join(CORPUS, file), CORPUS);
        // each seed and a copy of it: near-identical pairs
        for (const id of [doc.id, `${doc.id}-copy`]) collector.add({ id, year: null, region: '', chars: doc.text.length }, documentPassages(doc));
      }
      return collector.collected();
    };
    const expected = sharedPassagesTables(await collect());
    const pool = await openPool(1);
    const sent: DocSimilarityRow[][] = [];
    try {
      const tables = await pool.sharedPassages(await collect(), (pairs) => sent.push(pairs));
      expect(sent).toEqual([expected.nearIdentical]);
      expect(tables).toEqual(expected);
      expect(expected.nearIdentical).toHaveLength(SEED_FILES.length);
    } finally {
      await pool.close();
    }
  });
});
