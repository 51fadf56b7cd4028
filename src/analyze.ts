/**
 * `analyze`: a corpus folder → the output tables (documents.csv, terms.csv, summary.json …), as a map of
 * file name → content. Writing them (atomically) is `writeAnalysis`'s job.
 *
 * Per-document work runs in this thread (`jobs: 1`) or in a piscina worker pool; results are put back in corpus
 * order, so the output is byte-identical whatever the number of jobs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { analyzeFile, type FileOutcome } from './analyze-file.js';
import { UsageError } from './cli/errors.js';
import { createDocContext, loadThemeLexicon, type ContextOptions } from './context.js';
import { listCorpus, type CorpusEntry, type CorpusOptions } from './corpus.js';
import { assertReplaceableOutput, writeFolderAtomic } from './io/write.js';
import { lexiconHashes } from './lexicon/index.js';
import type { DocAnalysis } from './pipeline/analyze-document.js';
import type { ThemeLexicon } from './schemas/lexicon.js';
import { buildTables, type PassagesStep, type RunInfo } from './pipeline/tables.js';
import type { FileError } from './types.js';
import { openPool } from './pool.js';

export interface AnalyzeOptions extends CorpusOptions, ContextOptions {
  /** Prefix CSV files with a UTF-8 BOM (Excel). */
  excel?: boolean;
  /** Keywords per document in documents.csv. */
  keywords?: number;
  /** Worker threads for per-document stages; 1 runs in this thread. Default: the number of CPUs. */
  jobs?: number | undefined;
  /** Extra metadata fields to group by in groups.csv (besides region, region_level, doc_type, year). */
  groupBy?: string[] | undefined;
  /** Metadata field whose groups keyness.csv compares; default year when known. */
  keynessBy?: string | undefined;
}

export interface AnalyzeProgress {
  done: number;
  total: number;
  bytes: number;
}

export interface AnalyzeResult {
  /** Output file name → content, ready to write. */
  files: Map<string, string>;
  errors: FileError[];
  documents: number;
  chars: number;
  /** The corpus folder as given (never to be written over). */
  dir: string;
}

/** Analyse a corpus. Usage problems (bad folder, manifest, pattern, lexicon) throw `UsageError`; bad files land in `errors`. */
export async function analyzeCorpus(options: AnalyzeOptions, onProgress?: (p: AnalyzeProgress) => void): Promise<AnalyzeResult> {
  const { entries, manifestFile } = await listCorpus(options);
  if (entries.length === 0) throw new UsageError(`${options.dir}: no .txt, .md or .docx files in this folder (expected a folder of reports)`);
  const root = resolve(options.dir);
  const contextOptions: ContextOptions = { lexicon: options.lexicon, lexiconMode: options.lexiconMode };
  // Validate the lexicon here, before any worker starts, so a bad one is one clear usage error.
  const lexicon = loadThemeLexicon(contextOptions);
  const run: RunInfo = { manifest: manifestFile ?? null, lexiconFiles: await lexiconFileHashes(options.lexicon) };
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), entries.length));
  let bytes = 0;
  let done = 0;
  const report = (o: FileOutcome) => {
    bytes += o.bytes;
    onProgress?.({ done: ++done, total: entries.length, bytes });
  };
  if (jobs === 1) return tablesOf(await analyzeHere(entries, root, contextOptions, report), options, lexicon, run);
  const pool = await openPool(jobs);
  try {
    const outcomes = await pool.analyze(entries.map((entry) => ({ entry, root, context: contextOptions })), report);
    return await tablesOf(outcomes, options, lexicon, run, (docs) => pool.sharedPassages(docs));
  } finally {
    await pool.close();
  }
}

async function tablesOf(
  outcomes: readonly FileOutcome[], options: AnalyzeOptions, lexicon: ThemeLexicon, run: RunInfo, passagesStep?: PassagesStep,
): Promise<AnalyzeResult> {
  const analyses: DocAnalysis[] = [];
  const errors: FileError[] = [];
  for (const o of outcomes) {
    if (o.ok) analyses.push(o.analysis);
    else errors.push(o.error);
  }
  assertFieldsKnown(analyses, options);
  const files = await buildTables(analyses, errors, options, lexicon, run, passagesStep);
  const chars = analyses.reduce((n, a) => n + a.row.chars, 0);
  return { files, errors, documents: analyses.length, chars, dir: options.dir };
}

async function analyzeHere(
  entries: readonly CorpusEntry[], root: string, contextOptions: ContextOptions, report: (o: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const ctx = await createDocContext(contextOptions);
  const outcomes: FileOutcome[] = [];
  for (const entry of entries) {
    const o = await analyzeFile(entry, root, ctx);
    report(o);
    outcomes.push(o);
  }
  return outcomes;
}

/** sha256 of each lexicon file in force: the built-in ones by name, a user lexicon by its path. */
async function lexiconFileHashes(userLexicon: string | undefined): Promise<Record<string, string>> {
  const hashes = lexiconHashes();
  if (userLexicon !== undefined) hashes[userLexicon] = createHash('sha256').update(await readFile(userLexicon)).digest('hex');
  return hashes;
}

/** A --group-by or --keyness-by field that no document has is a usage error, not an empty table. */
function assertFieldsKnown(analyses: readonly DocAnalysis[], options: AnalyzeOptions): void {
  const known = new Set(['region', 'region_level', 'doc_type', 'year', ...analyses.flatMap((a) => Object.keys(a.meta))]);
  const asked = [...(options.groupBy ?? []).map((f) => ['--group-by', f]), ...(options.keynessBy ? [['--keyness-by', options.keynessBy]] : [])];
  for (const [option, field] of asked) {
    if (!known.has(field!)) {
      throw new UsageError(`${option} ${field}: no document has a field "${field}" (expected one of ${[...known].sort().join(', ')})`);
    }
  }
}

/**
 * Write an analysis into `out`, replacing the previous output only once everything is ready. Refuses (UsageError)
 * an `out` that is not new, empty or a previous output (see `assertReplaceableOutput`).
 */
export async function writeAnalysis(out: string, result: AnalyzeResult): Promise<void> {
  await assertReplaceableOutput(out, [result.dir]);
  await writeFolderAtomic(out, result.files);
}
