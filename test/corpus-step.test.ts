/**
 * How the corpus step starts the shared passages: the near-identical pairs as soon as the step sends them, or from
 * its tables, and a failing step failing both where they are awaited.
 */
import { describe, expect, it } from 'vitest';
import { startPassagesStep, type PassagesStep } from '../src/corpus-step.js';
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
