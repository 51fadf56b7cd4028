/**
 * A piscina worker pool for per-document work. Outcomes come back in task order whatever order the workers
 * finish in, so the output never depends on the number of workers.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileOutcome } from './analyze-file.js';
import type { WorkerTask } from './worker.js';

/** Run every task in `jobs` worker threads; `onDone` is called as each finishes. */
export async function runInPool(tasks: readonly WorkerTask[], jobs: number, onDone: (o: FileOutcome) => void): Promise<FileOutcome[]> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: workerFile(), minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });
  try {
    return await Promise.all(
      tasks.map(async (task) => {
        const outcome = (await pool.run(task)) as FileOutcome;
        onDone(outcome);
        return outcome;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

/** The compiled worker. Under vitest this module is TypeScript source, so the worker comes from dist/. */
function workerFile(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = fileURLToPath(new URL('../dist/worker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error('the worker is not built: run `npm run build` first (or use --jobs 1)');
}
