/**
 * The piscina worker: analyses one corpus entry per task. The document context (nodejieba with the
 * dictionaries, stop words, lexicons) is built once per worker, on its first task. `sharedPassagesTask` runs
 * the corpus-level shared passages step.
 */
import { analyzeFile, type FileOutcome } from './analyze-file.js';
import { createDocContext, type ContextOptions } from './context.js';
import type { CorpusEntry } from './corpus.js';
import type { DocContext } from './pipeline/analyze-document.js';
import type { PassageDoc } from './pipeline/passages/shared.js';
import { sharedPassagesTables, type SharedPassagesTables } from './pipeline/shared-tables.js';

export interface WorkerTask {
  entry: CorpusEntry;
  root: string;
  context: ContextOptions;
}

let ctx: Promise<DocContext> | undefined;

/** Analyse one file in this worker. */
export default async function analyzeTask(task: WorkerTask): Promise<FileOutcome> {
  ctx ??= createDocContext(task.context);
  return analyzeFile(task.entry, task.root, await ctx);
}

/** Shared passages of a whole corpus (see pipeline/passages/shared.ts), shared_passages.csv serialised here. */
export function sharedPassagesTask(docs: PassageDoc[]): SharedPassagesTables {
  return sharedPassagesTables(docs);
}
