import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../src/analyze-file.js';
import { openPool } from '../src/pool.js';

const CRASHING = fileURLToPath(new URL('./fixtures/crashing-worker.mjs', import.meta.url));
const task = (file: string) => ({ entry: { file, path: file }, root: '.', context: {} }) as never;

describe('openPool', () => {
  it('reports a document whose worker dies or throws as a failed file, and goes on with the others', async () => {
    const pool = await openPool(2, CRASHING);
    const outcomes: Array<[number, FileOutcome]> = [];
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
});
