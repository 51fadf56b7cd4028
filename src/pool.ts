/**
 * A piscina worker pool for per-document work, and for the one corpus step that can run beside the main
 * thread's (shared passages). Each outcome comes back with its task's index, so that the caller can put them
 * in corpus order whatever order the workers finish in.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { BYTES_PER_MB } from './io/limits.js';
import { fileError } from './io/messages.js';
import { collectedBuffers, type CollectedPassages, type SharedPassagesTables } from './pipeline/passages/index.js';
import type { PostedOutcome } from './posted-outcome.js';
import type { ReleaseBarrier, SharedPassagesTask, WorkerTask } from './worker.js';
import { runInOrder } from './pool-order.js';
import type { DocSimilarityRow } from './schemas/passages.js';

/**
 * The young generation of an analysing worker, where a document's tokens, strings and rows mostly die. V8's default
 * cost an earlier build 1.2 s of 22 CPU s in collections on the provinces, 192 MB 0.4 s; but with 192 MB the new
 * space grew to 64 MB in each worker and stayed resident the whole run, beside an old space of about 24 MB. With
 * 32 MB it is 32 MB: provinces, `analyze --jobs 2`, runs side by side on the loaded 2-core machine, peak 930 → 863
 * MiB (64 MB: 888); scavenges per worker 146-185 → 210 (`node --trace-gc`), the CPU of the runs 51-55 s either way.
 */
const YOUNG_GENERATION_MB = 32;
/** Documents per thread that may be started ahead of the first one not yet back (pool-order.ts). */
const WINDOW_PER_JOB = 8;
/**
 * The young generation of a worker that analyses one large file (`--jobs 1`, analyze.ts): its garbage is made in
 * parts of the text (the segmenter's words of 64K code units at a time), so a small young generation serves, and
 * it is resident memory the file's own data could use. A 16 MB file: peak 585 MB against 693 MB with 192 MB, CPU
 * 14.3 s against 16.3 s (one run each, 2 cores shared with other jobs).
 */
export const LARGE_FILE_YOUNG_GENERATION_MB = 16;

/** An open pool of `jobs` worker threads; `close` it when done. */
export interface DocPool {
  /** Run every task; `onDone(outcome, index)` is called as each finishes, in whatever order they finish. */
  analyze(tasks: readonly WorkerTask[], onDone: (o: PostedOutcome, index: number) => void): Promise<void>;
  /**
   * `sharedPassagesTables(collected)` in a worker, so that the main thread can build the other tables meanwhile;
   * `onNearIdentical` gets the near-identical pairs once, ahead of the tables.
   */
  sharedPassages(collected: CollectedPassages, onNearIdentical?: (pairs: DocSimilarityRow[]) => void): Promise<SharedPassagesTables>;
  /** Free the workers' segmenters and end the threads; again, nothing. */
  close(): Promise<void>;
}

/**
 * The old-generation heap a worker may grow to when files up to `maxFileBytes` are read: the analysis of one
 * document held about 45 bytes per byte of text at its peak when tokens were objects, beyond V8's default limit
 * (about 4 GB) for a 100 MB file; it holds some 5 now (docs/guarantees.md), and the limit keeps its margin for
 * texts denser in placeholders and headings than the samples. A limit only: nothing is reserved.
 */
export function workerHeapMb(maxFileBytes: number): number {
  return Math.max(4096, Math.ceil((maxFileBytes / BYTES_PER_MB) * 48) + 1024);
}

/**
 * Start `jobs` worker threads (`filename`: another worker module, for tests) whose heap may grow to `heapMb`
 * (default: V8's), with a young generation of `youngMb`. They live until `close`; open a pool only in a command
 * that segments.
 */
export async function openPool(
  jobs: number, filename: string = workerFile(), heapMb?: number, youngMb = YOUNG_GENERATION_MB,
): Promise<DocPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    // Exactly `jobs` threads, started once and kept to the end of the run: each loads nodejieba on its first
    // document (1.2-1.8 CPU s), and nodejieba never frees a loaded dictionary (~240 MB), not even when its thread
    // ends, so a worker let go when idle and started again later paid the load twice and held both dictionaries.
    // A worker that dies on a document is replaced (piscina keeps minThreads).
    filename, minThreads: jobs, maxThreads: jobs, idleTimeout: Infinity,
    // A document's analysis allocates tokens, strings and rows that mostly die young (YOUNG_GENERATION_MB).
    resourceLimits: { maxYoungGenerationSizeMb: youngMb, ...(heapMb === undefined ? {} : { maxOldGenerationSizeMb: heapMb }) },
  });
  let closed = false;
  return {
    analyze: async (tasks, onDone) => {
      // One task more than the threads, so that a worker finds its next document waiting while this thread takes
      // the last one's outcome; at most WINDOW_PER_JOB per thread ahead of the first document not yet back.
      await runInOrder(tasks.length, jobs + 1, jobs * WINDOW_PER_JOB, { run: (index) => runTask(pool, tasks[index]!), onDone });
    },
    // The collected units are moved, not copied: this thread does not read them again.
    sharedPassages: async (collected, onNearIdentical) => {
      const { port1, port2 } = new MessageChannel();
      port1.once('message', (pairs: DocSimilarityRow[]) => onNearIdentical?.(pairs));
      try {
        const task: SharedPassagesTask = { collected, early: port2 };
        return (await pool.run(task, { name: 'sharedPassagesTask', transferList: [...collectedBuffers(collected), port2] })) as SharedPassagesTables;
      } finally {
        // Two ports keep no order between them: the pairs, sent first, may still be queued when the tables are in.
        const queued = receiveMessageOnPort(port1);
        if (queued !== undefined) onNearIdentical?.(queued.message as DocSimilarityRow[]);
        port1.close();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await releaseSegmenters(pool, jobs);
      await pool.destroy();
    },
  };
}

/**
 * Free every worker's segmenter before the threads end: nodejieba does not free its dictionaries when a thread
 * ends, so each analysing worker would leave ~240 MB behind for the corpus step. Best effort: a pool that is
 * failing is destroyed all the same.
 */
async function releaseSegmenters(pool: import('piscina').Piscina, workers: number): Promise<void> {
  const barrier: ReleaseBarrier = { arrived: new SharedArrayBuffer(4), workers };
  await Promise.all(Array.from({ length: workers }, () => pool.run(barrier, { name: 'releaseTask' }))).catch(() => undefined);
}

/**
 * One document in a worker. A worker that dies on it (out of memory, a crash in native code) fails that document
 * only: it is reported like any other failed file, piscina starts a new worker, and the batch goes on.
 */
async function runTask(pool: import('piscina').Piscina, task: WorkerTask): Promise<PostedOutcome> {
  try {
    return (await pool.run(task)) as PostedOutcome;
  } catch (e) {
    return { ok: false, bytes: 0, error: fileError(task.entry.file, 'analyze', { key: 'reason.workerStopped', params: { reason: (e as Error).message } }) };
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
