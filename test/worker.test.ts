/**
 * The worker's task as the pool runs it, here in the test's thread: what it sends back, and the large-file path, which
 * frees the segmenter once a file is cut (its dictionaries are loaded again for the next file). A small sample report
 * listed as larger than LARGE_FILE_BYTES takes that path.
 */
import { resolve } from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { valueSymbol } from 'piscina';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/analyze-file.js';
import { createDocContext } from '../src/context.js';
import { listCorpus, type CorpusEntry } from '../src/corpus.js';
import { LARGE_FILE_BYTES } from '../src/io/limits.js';
import { readDocument } from '../src/io/read.js';
import { collectPassages, documentPassages } from '../src/pipeline/passages/index.js';
import { postedOutcome, type PostedOutcome } from '../src/posted-outcome.js';
import analyzeTask, { sharedPassagesTask } from '../src/worker.js';
import { CORPUS } from './helpers.js';

const root = resolve(CORPUS);
const task = (entry: CorpusEntry) => ({ entry, root, context: {}, read: {} });

/** The outcome inside the worker's result (wrapped so that its buffers are moved, not copied). */
function received(result: PostedOutcome): PostedOutcome {
  return (result as unknown as Record<symbol, PostedOutcome>)[valueSymbol]!;
}

describe('the worker task', () => {
  it('analyses a large file with its segmenter freed after the cut, and the next file as before', async () => {
    const { entries } = await listCorpus({ dir: CORPUS });
    const [first, second] = entries as [CorpusEntry, CorpusEntry];
    const ctx = await createDocContext({});
    const expected = [postedOutcome(await analyzeFile(first, root, ctx)), postedOutcome(await analyzeFile(second, root, ctx))];
    expect(expected.map((o) => o.ok)).toEqual([true, true]);

    const large = received(await analyzeTask(task({ ...first, bytes: LARGE_FILE_BYTES + 1 })));
    const next = received(await analyzeTask(task(second)));
    expect([large, next]).toEqual(expected);
    // it was freed: the segmenter is a new one, loaded again for the second file
    expect((await createDocContext({})).segmenter).not.toBe(ctx.segmenter);
  }, 60_000);
});

describe('the shared passages task', () => {
  it('posts the near-identical pairs to its port ahead of the tables, the same pairs the tables hold', async () => {
    const { entries } = await listCorpus({ dir: CORPUS });
    const collector = collectPassages();
    for (const entry of entries) {
      const doc = await readDocument(entry.path, root);
      // each sample and a copy of it: five near-identical pairs
      for (const id of [doc.id, `${doc.id}-copy`]) collector.add({ id, year: null, region: '', chars: doc.text.length }, documentPassages(doc));
    }
    const { port1, port2 } = new MessageChannel();
    const tables = sharedPassagesTask({ collected: collector.collected(), early: port2 });
    collector.close();
    expect(receiveMessageOnPort(port1)?.message).toEqual(tables.nearIdentical);
    expect(receiveMessageOnPort(port1)).toBeUndefined();
    expect(tables.nearIdentical).toHaveLength(entries.length);
    port1.close();
  });
});
