/**
 * `analyze`: a corpus folder → the output tables (documents.csv, terms.csv, summary.json …), written into an
 * `OutputSink`: the output folder (`analyzeToFolder`, atomic) or memory (`memoryOutput`).
 *
 * Per-document work runs in this thread (`jobs: 1`) or in a piscina worker pool. As documents finish they are
 * put back in corpus order; each one's rows of the long tables (terms, sections, themes) are appended to the
 * output at once and only what the corpus step needs is kept, so memory does not hold every table until the
 * end. The output is byte-identical whatever the number of jobs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { analyzeFile } from './analyze-file.js';
import { formatOf } from './document/create.js';
import { UsageError } from './errors.js';
import { t } from './messages/index.js';
import { isKeywordCount, MAX_KEYWORDS } from './choices.js';
import type { AnalyzeOptions } from './analyze-options.js';
import { createDocContext, loadQuantityLexicon, loadThemeLexicon, type ContextOptions } from './context.js';
import { listCorpus, type CorpusEntry } from './corpus.js';
import { keepInCorpusOrder, type KeptOutcomes } from './corpus-order.js';
import { DEFAULT_MAX_FILE_MB, LARGE_FILE_BYTES, megabytes } from './io/limits.js';
import { compareStrings } from './compare.js';
import { withPassedOver } from './io/messages.js';
import { openOutputFolder, type OutputSink } from './io/output-folder.js';
import type { ReadOptions } from './io/read.js';
import { assertReplaceableOutput } from './io/write.js';
import { checkUserDict, readStopwords } from './io/word-lists.js';
import { lexiconHashes } from './lexicon/index.js';
import { compileQuantityLexicon } from './pipeline/quantities/vocabulary.js';
import { META_FIELDS, type DocContext } from './pipeline/per-document/analyze-document.js';
import type { CorpusDoc } from './pipeline/corpus/corpus-doc.js';
import type { ThemeLexicon } from './schemas/lexicon.js';
import { groupingFields } from './pipeline/corpus/groups.js';
import { assertSegmenterInstalled } from './segmenter/jieba.js';
import type { RunInfo } from './pipeline/corpus/summary.js';
import { writeCorpusOutputs, type PassagesStep } from './corpus-step.js';
import type { FileError, MetaWarning } from './types.js';
import { LARGE_FILE_YOUNG_GENERATION_MB, openPool, workerHeapMb, type DocPool } from './pool.js';
import { postedOutcome, type PostedOutcome } from './posted-outcome.js';

/** Declared in a module of its own so that the corpus-step modules take it without importing analyze.ts back. */
export type { AnalyzeOptions } from './analyze-options.js';

export interface AnalyzeProgress {
  done: number;
  total: number;
  bytes: number;
}

export interface AnalyzeResult {
  errors: FileError[];
  /** Doubts about given metadata (warnings.csv), in corpus order; they never change the exit code. */
  warnings: Array<MetaWarning & { file: string }>;
  documents: number;
  chars: number;
  /** The corpus folder as given (never to be written over). */
  dir: string;
}

/** A corpus listed and its lexicon checked: everything a usage error can come from before any output is made. */
interface PreparedCorpus {
  entries: CorpusEntry[];
  /** Paths passed over while listing (stage `skipped`), by path. */
  skipped: FileError[];
  root: string;
  contextOptions: ContextOptions;
  lexicon: ThemeLexicon;
  run: RunInfo;
}

/**
 * Analyse a corpus into `output` (every output file, appended in pieces). Usage problems (bad folder, manifest,
 * pattern, lexicon) throw `UsageError` before anything is written; bad files land in `errors` and errors.csv.
 */
export async function analyzeCorpus(options: AnalyzeOptions, output: OutputSink, onProgress?: (p: AnalyzeProgress) => void): Promise<AnalyzeResult> {
  return runAnalysis(await prepareCorpus(options), options, output, onProgress);
}

/**
 * Analyse a corpus into the folder `out`, replacing the previous output only once everything is written; a run
 * that fails or is killed leaves it untouched. Refuses (UsageError) an `out` that is not new, empty or a
 * previous output (see `assertReplaceableOutput`).
 */
export async function analyzeToFolder(out: string, options: AnalyzeOptions, onProgress?: (p: AnalyzeProgress) => void): Promise<AnalyzeResult> {
  const inputs = [
    ...(options.manifest === undefined ? [] : [{ option: '--manifest', file: options.manifest }]),
    ...(options.lexicon === undefined ? [] : [{ option: '--lexicon', file: options.lexicon }]),
    ...(options.quantityLexicon === undefined ? [] : [{ option: '--quantity-lexicon', file: options.quantityLexicon }]),
    ...(options.userdict === undefined ? [] : [{ option: '--userdict', file: options.userdict }]),
    ...(options.stopwords === undefined ? [] : [{ option: '--stopwords', file: options.stopwords }]),
    ...(options.config === undefined ? [] : [{ option: '--config', file: options.config }]),
  ];
  await assertReplaceableOutput(out, [options.dir], inputs);
  const prepared = await prepareCorpus(options);
  const folder = await openOutputFolder(out).catch((e: Error) => {
    throw e instanceof UsageError ? e : new UsageError(t('error.outCannotMake', { out, reason: e.message }));
  });
  try {
    const result = await runAnalysis(prepared, options, folder, onProgress);
    await folder.commit();
    return result;
  } catch (e) {
    await folder.discard();
    throw e;
  }
}

/** An `OutputSink` that keeps every file in memory (tests, library use); `files()` gives name → content. */
export function memoryOutput(): OutputSink & { files(): Map<string, string> } {
  const chunks = new Map<string, string[]>();
  return {
    append: async (name, data) => {
      const text = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
      const parts = chunks.get(name);
      if (parts) parts.push(text);
      else chunks.set(name, [text]);
    },
    files: () => new Map([...chunks].map(([name, parts]) => [name, parts.join('')])),
  };
}

async function prepareCorpus(options: AnalyzeOptions): Promise<PreparedCorpus> {
  assertSegmenterInstalled();
  const { keywords } = options;
  if (keywords !== undefined && !isKeywordCount(keywords)) {
    throw new UsageError(t('error.keywords', { value: String(keywords), max: MAX_KEYWORDS }));
  }
  const { entries, skipped, manifestFile, manifestEncoding } = await listCorpus(options);
  if (entries.length === 0) throw new UsageError(withPassedOver(t('error.emptyCorpus', { dir: options.dir }), 'skipped', skipped));
  assertFieldsKnownEarly(entries, options);
  const contextOptions: ContextOptions = {
    lexicon: options.lexicon, lexiconMode: options.lexiconMode, userdict: options.userdict, stopwords: options.stopwords,
    quantityLexicon: options.quantityLexicon, quantityLexiconMode: options.quantityLexiconMode,
  };
  // Validate the lexicons and word lists here, before any worker starts, so a bad one is one clear usage error.
  const lexicon = loadThemeLexicon(contextOptions);
  const quantityLexicon = loadQuantityLexicon(contextOptions);
  const { subjects, rates } = compileQuantityLexicon(quantityLexicon);
  if (options.userdict !== undefined) checkUserDict(options.userdict);
  if (options.stopwords !== undefined) readStopwords(options.stopwords);
  const run: RunInfo = {
    manifest: manifestFile ?? null,
    manifestEncoding: manifestEncoding ?? null,
    lexiconFiles: await lexiconFileHashes([options.lexicon, options.quantityLexicon]),
    inputFiles: await fileHashes([options.config, manifestFile, options.lexicon, options.quantityLexicon, options.userdict, options.stopwords]),
    quantities: { subjects, rates, version: quantityLexicon.version },
  };
  return { entries, skipped, root: resolve(options.dir), contextOptions, lexicon, run };
}

async function runAnalysis(
  corpus: PreparedCorpus, options: AnalyzeOptions, output: OutputSink, onProgress?: (p: AnalyzeProgress) => void,
): Promise<AnalyzeResult> {
  const { entries, root, contextOptions, lexicon, run } = corpus;
  const kept = keepInCorpusOrder(entries.length, output, options);
  const outcomes = async () => withSkipped(await kept.all(), corpus.skipped);
  const read = options.read ?? {};
  let bytes = 0;
  let done = 0;
  const finished = (o: PostedOutcome, index: number) => {
    bytes += o.bytes;
    onProgress?.({ done: ++done, total: entries.length, bytes });
    kept.add(o, index);
  };
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), entries.length));
  try {
    if (jobs === 1) {
      await analyzeHere(entries, root, contextOptions, read, finished);
      return await finish(await outcomes(), options, lexicon, run, output);
    }
    const heapMb = workerHeapMb(maxFileBytesOf(read));
    const pool = await openPool(jobs, undefined, heapMb);
    try {
      await pool.analyze(entries.map((entry) => ({ entry, root, context: contextOptions, read })), finished);
    } finally {
      await pool.close();
    }
    // The analysing workers end with the last document, so that their heaps do not stay through the corpus step;
    // the shared passages get one fresh worker, which never loads the segmenter (it analyses no document).
    const tail = await openPool(1, undefined, heapMb);
    try {
      // The worker ends as soon as its tables are in, so that its heap does not stay through the rest of the step.
      const passagesStep: PassagesStep = (collected, early) => tail.sharedPassages(collected, early).finally(() => tail.close());
      return await finish(await outcomes(), options, lexicon, run, output, passagesStep);
    } finally {
      await tail.close();
    }
  } finally {
    kept.close();
  }
}

async function finish(
  { analyses, errors, passages }: KeptOutcomes, options: AnalyzeOptions, lexicon: ThemeLexicon, run: RunInfo,
  output: OutputSink, passagesStep?: PassagesStep,
): Promise<AnalyzeResult> {
  assertFieldsKnown(analyses, options);
  await writeCorpusOutputs(analyses, errors, options, lexicon, run, passages, output, passagesStep);
  const chars = analyses.reduce((n, a) => n + a.row.chars, 0);
  return { errors, warnings: analyses.flatMap((a) => a.warnings.map((w) => ({ ...w, file: a.row.file }))), documents: analyses.length, chars, dir: options.dir };
}

/**
 * `--jobs 1`: every document in this thread (about 0.4 GB of heap at the peak), but for files over
 * `LARGE_FILE_BYTES`, each analysed in a worker of its own whose heap may grow with `--max-file-mb`: this thread's heap cannot be raised once started, and a document
 * that exhausted it would end the whole run instead of failing that file.
 */
async function analyzeHere(
  entries: readonly CorpusEntry[], root: string, contextOptions: ContextOptions, read: ReadOptions,
  finished: (o: PostedOutcome, index: number) => void,
): Promise<void> {
  // Made on the first file analysed here: a run of large files only does not load the segmenter twice.
  let ctx: DocContext | undefined;
  let bigFiles: DocPool | undefined;
  try {
    for (const [index, entry] of entries.entries()) {
      if ((entry.bytes ?? 0) <= LARGE_FILE_BYTES) {
        ctx ??= await createDocContext(contextOptions);
        // Packed as a worker packs it, so that the corpus step takes every document the same way.
        finished(postedOutcome(await analyzeFile(entry, root, ctx, read)), index);
        continue;
      }
      bigFiles ??= await openPool(1, undefined, workerHeapMb(maxFileBytesOf(read)), LARGE_FILE_YOUNG_GENERATION_MB);
      await bigFiles.analyze([{ entry, root, context: contextOptions, read }], (o) => finished(o, index));
    }
  } finally {
    await bigFiles?.close();
  }
}

/** The files that failed and the paths skipped while listing, in one list by path (both come sorted by path). */
function withSkipped(kept: KeptOutcomes, skipped: readonly FileError[]): KeptOutcomes {
  const errors = [...kept.errors, ...skipped].sort((a, b) => compareStrings(a.file, b.file));
  return { ...kept, errors };
}

/** The largest file read, in bytes: `--max-file-mb`, or the default. */
function maxFileBytesOf(read: ReadOptions): number {
  return read.maxFileBytes ?? megabytes(DEFAULT_MAX_FILE_MB);
}

/** sha256 of each lexicon file in force: the built-in ones by name, the user's (theme, quantity) by their paths. */
async function lexiconFileHashes(userLexicons: ReadonlyArray<string | undefined>): Promise<Record<string, string>> {
  const hashes = lexiconHashes();
  for (const file of userLexicons) {
    if (file !== undefined) hashes[file] = await sha256Of(file);
  }
  return hashes;
}

/** sha256 of each given file, by path as given, in code-unit order. */
async function fileHashes(files: ReadonlyArray<string | null | undefined>): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of files.filter((f): f is string => typeof f === 'string').sort()) hashes[file] = await sha256Of(file);
  return hashes;
}

async function sha256Of(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** A --group-by (each field of a crossed region+year too) or --keyness-by field that no document has is a usage error, not an empty table. */
function assertFieldsKnown(analyses: readonly CorpusDoc[], options: AnalyzeOptions): void {
  assertAmong(new Set([...META_FIELDS, ...analyses.flatMap((a) => Object.keys(a.meta))]), options);
}

/**
 * The same check before any file is read, when the fields a document can have are known from the listing alone: the
 * built-in ones and the manifest's columns. A folder with Markdown files is checked once they are read, as their
 * front matter may name more; a typo then costs the run.
 */
function assertFieldsKnownEarly(entries: readonly CorpusEntry[], options: AnalyzeOptions): void {
  if (entries.some((e) => formatOf(e.path) === 'md')) return;
  assertAmong(new Set([...META_FIELDS, ...entries.flatMap((e) => Object.keys(e.manifest?.extra ?? {}))]), options);
}

function assertAmong(known: ReadonlySet<string>, options: AnalyzeOptions): void {
  const grouped = (options.groupBy ?? []).flatMap((by) => groupingFields(by).map((f) => ['--group-by', f]));
  const asked = [...grouped, ...(options.keynessBy ? [['--keyness-by', options.keynessBy]] : [])];
  for (const [option, field] of asked) {
    if (!known.has(field!)) {
      throw new UsageError(t('error.unknownField', { option: option!, field: field!, allowed: [...known].sort().join(', ') }));
    }
  }
}
