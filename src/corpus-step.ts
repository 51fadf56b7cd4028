/**
 * The corpus step of `analyze`, scheduled and written: the shared passages are started first (in a worker when the
 * pool has one, `PassagesStep`), the outputs that do not need them are built and serialised meanwhile, then the
 * comparison tables on a guess of which documents are copies (`builtOnGuess`; again if the step decides otherwise)
 * and the report's charts from them, then the rest once the step is done; report.html is rendered and every file
 * appended to the output. The step itself is pure (pipeline/corpus/outputs.ts), the
 * serialising and rendering are in format/; this module only orders them.
 */
import { basename, resolve } from 'node:path';
import type { AnalyzeOptions } from './analyze-options.js';
import { assertEveryOutput, fixedFiles, formatOutputs } from './format/outputs.js';
import { renderCharts, renderEarlyCharts, renderReport } from './format/report-html.js';
import type { OutputSink } from './io/output-folder.js';
import { duplicatesOf } from './pipeline/corpus/duplicates.js';
import { chartDataOf, comparedTables, corpusOutputs, leftOut, outputsBeforePassages } from './pipeline/corpus/outputs.js';
import type { RunInfo } from './pipeline/corpus/summary.js';
import type { CorpusDoc } from './pipeline/corpus/corpus-doc.js';
import { likelyCopies, sharedPassagesTables, type CollectedPassages, type SharedPassagesTables } from './pipeline/passages/index.js';
import type { ThemeLexicon } from './schemas/lexicon.js';
import type { DocSimilarityRow } from './schemas/passages.js';
import type { OutputData } from './schemas/outputs.js';
import type { FileError } from './types.js';

/**
 * How the shared passages step is run: here by default, or in a worker while this thread goes on. A step may call
 * `onNearIdentical` with the near-identical pairs ahead of its tables (they are in the tables too).
 */
export type PassagesStep = (
  passages: CollectedPassages, onNearIdentical: (pairs: DocSimilarityRow[]) => void,
) => Promise<SharedPassagesTables>;

/**
 * Run the corpus step over the analyses (in corpus order), the files that failed and the documents' passage units
 * (collected as they came: pipeline/passages/index.ts), and append every output file but the streamed tables to
 * `output`.
 */
export async function writeCorpusOutputs(
  analyses: readonly CorpusDoc[], errors: readonly FileError[], options: AnalyzeOptions, lexicon: ThemeLexicon, run: RunInfo,
  passages: CollectedPassages, output: OutputSink, passagesStep: PassagesStep = async (collected) => sharedPassagesTables(collected),
): Promise<void> {
  const order = analyses.map((a) => a.row.doc_id);
  // Guessed before the units move to the step's worker (likely-copies.ts): which documents the tables will leave out
  // (none with --keep-duplicates, which needs no guess).
  const guess = options.keepDuplicates === true ? new Set<string>() : leftOut(duplicatesOf(order, likelyCopies(passages)), options);
  const { tables: sharedStep, nearIdentical } = startPassagesStep(passagesStep, passages);
  const decision = nearIdentical.then((pairs) => duplicatesOf(order, pairs));
  let pending = true;
  decision.then(() => (pending = false), () => undefined);
  // Between stages this thread lets its event loop run: a worker that starts for the step only gets its task then.
  await nextTurn();
  const before = outputsBeforePassages(analyses, errors, options);
  await nextTurn();
  // Each file is appended as soon as it is serialised and then dropped, rather than all held until the last: on
  // the provinces copied four times over, shared_passages.csv alone is 54 MB.
  const written: string[] = [];
  const write = async (files: Iterable<[string, string]>) => {
    for (const [name, content] of files) {
      await output.append(name, content);
      written.push(name);
    }
  };
  await write(fixedFiles());
  await writeData(before.data, options, write);
  // Drawn while the worker finds the passages (the chart engines load meanwhile), and awaited before any other chart.
  const early = await renderEarlyCharts(before.placeholders);
  // Built on the guess while the step decides, unless it already has (always so when the step runs in this thread).
  const [tables, duplicateOf] = await builtOnGuess(
    (left) => comparedTables(analyses, left, options, lexicon, run), guess, decision, (decided) => leftOut(decided, options), pending,
  );
  const compared = { duplicateOf, ...tables };
  // Drawn while the worker makes the rows of shared_passages.csv: they need only the compared documents.
  const charts = await renderCharts(chartDataOf(tables, before.placeholders), early);
  const after = corpusOutputs(analyses, before, compared, await sharedStep, options, lexicon, run);
  await writeData(after.data, options, write);
  const report = { ...after.report, title: basename(resolve(options.dir)) };
  await write([['report.html', await renderReport(report, charts)]]);
  assertEveryOutput(written);
}

/**
 * `build(left)` for the documents the `decision` leaves out (`leftOutBy`), and the decision. While the decision is
 * `pending`, the tables are built on `guess` meanwhile and kept if it leaves out the same documents; otherwise they
 * are built again. `build` is pure, so either way the tables are those of the decision.
 */
export async function builtOnGuess<T, D>(
  build: (left: ReadonlySet<string>) => T, guess: ReadonlySet<string>, decision: Promise<D>,
  leftOutBy: (decided: D) => ReadonlySet<string>, pending: boolean,
): Promise<[T, D]> {
  const speculated = pending ? build(guess) : undefined;
  const decided = await decision;
  const left = leftOutBy(decided);
  return [speculated !== undefined && sameSet(left, guess) ? speculated : build(left), decided];
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Start `step` over `passages`: its `tables`, and the `nearIdentical` pairs — those it sends ahead, or else those of
 * its tables, so that a step that sends none, or fails, settles both. A failure surfaces where they are awaited,
 * not as an unhandled rejection before.
 */
export function startPassagesStep(
  step: PassagesStep, passages: CollectedPassages,
): { tables: Promise<SharedPassagesTables>; nearIdentical: Promise<DocSimilarityRow[]> } {
  let sentAhead!: (pairs: DocSimilarityRow[]) => void;
  const ahead = new Promise<DocSimilarityRow[]>((resolve) => (sentAhead = resolve));
  const tables = step(passages, (pairs) => sentAhead(pairs));
  const nearIdentical = Promise.race([ahead, tables.then((shared) => shared.nearIdentical)]);
  tables.catch(() => undefined);
  nearIdentical.catch(() => undefined);
  return { tables, nearIdentical };
}

/**
 * Serialise and `write` the files of `data` one at a time. A table given as data lines (shared_passages.csv) is
 * written as its header, then its parts of lines, not joined into a second copy of it.
 */
async function writeData(data: OutputData, options: AnalyzeOptions, write: (files: Iterable<[string, string]>) => Promise<void>) {
  for (const [name, content] of data) {
    if ('lines' in content) {
      const head = formatOutputs(new Map([[name, { lines: [] }]]), options).get(name)!;
      await write([[name, head], ...content.lines.map((part): [string, string] => [name, part])]);
    } else await write(formatOutputs(new Map([[name, content]]), options));
  }
}

/** Let the event loop run (messages from workers) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
