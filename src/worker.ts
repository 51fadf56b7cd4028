/**
 * The piscina worker: analyses one corpus entry per task. The document context (nodejieba with the
 * dictionaries, stop words, lexicons) is built once per worker, on its first task. `sharedPassagesTask` runs
 * the corpus-level shared passages step.
 */
import type { MessagePort } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { analyzeFile as AnalyzeFile, FileOutcome } from './analyze-file.js';
import type { ContextOptions } from './context.js';
import type { CorpusEntry } from './corpus.js';
import type { ReadOptions } from './io/read.js';
import type { DocContext } from './pipeline/per-document/analyze-document.js';
import { LARGE_FILE_BYTES } from './io/limits.js';
import { withTightHeap } from './large-file-heap.js';
import { sharedPassagesTables, type CollectedPassages, type SharedPassagesTables } from './pipeline/passages/index.js';
import { postedBuffers, postedOutcome, type PostedOutcome } from './posted-outcome.js';

export interface WorkerTask {
  entry: CorpusEntry;
  root: string;
  context: ContextOptions;
  /** Limits on reading the file (`--max-file-mb`, `--max-docx-part-mb`; plain data). */
  read: ReadOptions;
}

/** This worker's analysis function and document context, made on its first analysis task. */
let analysis: Promise<Analysis> | undefined;

interface Analysis {
  analyzeFile: typeof AnalyzeFile;
  ctx: DocContext;
  releaseJieba: () => void;
}

/**
 * Analyse one file in this worker; its outcome is posted packed (posted-outcome.ts): the passage units and the rows
 * of the per-document tables (in UTF-8) are moved to the main thread, not copied, and the term and phrase counts go
 * as a string each. The analysis modules are imported on the first task, so that a worker started for the shared
 * passages alone does not load them.
 */
export default async function analyzeTask(task: WorkerTask): Promise<PostedOutcome> {
  analysis ??= loadAnalysis(task.context);
  const loaded = await analysis;
  const { analyzeFile, ctx } = loaded;
  let outcome: FileOutcome;
  if ((task.entry.bytes ?? 0) > LARGE_FILE_BYTES) {
    // The stages after the cut get the segmenter's memory (some 250 MB); the next file loads it again (1.5 CPU s).
    const segmented = () => forgetAnalysis(loaded);
    outcome = await withTightHeap(() => analyzeFile(task.entry, task.root, { ...ctx, segmented }, task.read));
  } else {
    outcome = await analyzeFile(task.entry, task.root, ctx, task.read);
  }
  const posted = postedOutcome(outcome);
  return posted.ok ? moving(posted, postedBuffers(posted)) : posted;
}

async function loadAnalysis(context: ContextOptions): Promise<Analysis> {
  const [{ analyzeFile }, { createDocContext }, { releaseJieba }] = await Promise.all([
    import('./analyze-file.js'), import('./context.js'), import('./segmenter/jieba.js'),
  ]);
  return { analyzeFile, ctx: await createDocContext(context), releaseJieba };
}

/** `value` as the task's result, with `buffers` moved to the main thread rather than copied (piscina's protocol). */
function moving<T extends object>(value: T, buffers: ArrayBuffer[]): T {
  return move({ [transferableSymbol]: buffers, [valueSymbol]: value }) as unknown as T;
}

/** What `releaseTask` is given: a counter shared by the pool's workers, and how many they are. */
export interface ReleaseBarrier {
  arrived: SharedArrayBuffer;
  workers: number;
}

/** How long a worker waits at the release barrier for the others (a dead worker's replacement never comes). */
const BARRIER_MS = 2000;

/**
 * Free this worker's segmenter before the pool ends (segmenter/jieba.ts `releaseJieba`). The pool runs one of
 * these per worker at once; each waits until all have arrived, so that no worker takes two and every worker
 * takes one.
 */
export async function releaseTask({ arrived, workers }: ReleaseBarrier): Promise<void> {
  const count = new Int32Array(arrived);
  Atomics.add(count, 0, 1);
  Atomics.notify(count, 0);
  const deadline = Date.now() + BARRIER_MS;
  for (let n = Atomics.load(count, 0); n < workers && Date.now() < deadline; n = Atomics.load(count, 0)) {
    Atomics.wait(count, 0, n, Math.max(1, deadline - Date.now()));
  }
  if (analysis === undefined) return; // this worker never analysed a document: nothing was loaded
  forgetAnalysis(await analysis);
}

/** Free `loaded`'s segmenter (segmenter/jieba.ts `releaseJieba`); this worker's next analysis task loads it again. */
function forgetAnalysis(loaded: Analysis): void {
  analysis = undefined;
  loaded.releaseJieba();
}

/** What `sharedPassagesTask` is given: the collected passage units, and where to send the near-identical pairs. */
export interface SharedPassagesTask {
  collected: CollectedPassages;
  /**
   * Gets the near-identical pairs as soon as they are known, ahead of the tables: the main thread builds the
   * comparison tables, which wait for them, while this worker makes shared_passages.csv's rows.
   */
  early?: MessagePort;
}

/** Shared passages of a whole corpus (see pipeline/passages/shared.ts), shared_passages.csv serialised here. */
export function sharedPassagesTask({ collected, early }: SharedPassagesTask): SharedPassagesTables {
  return sharedPassagesTables(collected, { onNearIdentical: early && ((pairs) => early.postMessage(pairs)) });
}
