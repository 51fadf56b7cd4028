/**
 * Per-document analyses → the output folder's files (name → content). Pure: same analyses, same bytes.
 * Every CSV table is validated against its zod schema as it is written (format/table.ts).
 *
 * The three long per-document tables (terms.csv, sections.csv, themes.csv) are not built here: each document's
 * rows are serialised where it is analysed and streamed to the output as documents finish (`STREAMED_TABLES`).
 */
import { basename, resolve } from 'node:path';
import type { z } from 'zod';
import type { AnalyzeOptions } from '../../analyze-options.js';
import { renderCharts, renderReport } from '../../format/report-html.js';
import { joinTable, tableCsv } from '../../format/table.js';
import { CorpusTermRowSchema, ErrorRowSchema, SummarySchema } from '../../schemas/corpus.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import { DocumentRowSchema, TermRowSchema, type DocumentRow } from '../../schemas/documents.js';
import { jsonSchemas } from '../../schemas/index.js';
import { DocSimilarityRowSchema, SharedPassageRowSchema } from '../../schemas/passages.js';
import { PlaceholderRowSchema } from '../../schemas/placeholders.js';
import { QuantityGroupRowSchema, QuantityRowSchema, QuantityTrendRowSchema } from '../../schemas/quantities.js';
import { SectionRowSchema } from '../../schemas/sections.js';
import { ThemeRowSchema } from '../../schemas/themes.js';
import { TopicTrendsSchema } from '../../schemas/topic-families.js';
import { TopicRowSchema } from '../../schemas/topics.js';
import type { FileError } from '../../types.js';
import type { DocAnalysis } from '../per-document/analyze-document.js';
import type { DocTables } from '../per-document/rows.js';
import { comparisonTables } from './comparison.js';
import { duplicatesOf } from './duplicates.js';
import { corpusTermRows } from './corpus-terms.js';
import { formulationOutputs } from '../formulations/outputs.js';
import { keywordsByTfidf } from '../per-document/keywords.js';
import { OUTPUT_README } from './output-readme.js';
import { quantityGroupRows, quantityTrendRows } from '../quantities/compare.js';
import { sharedPassagesTables, type PackedPassageDoc, type SharedPassagesTables } from '../passages/rows.js';
import { summaryOf, type RunInfo } from './summary.js';

/** The long per-document tables: file name, row schema, and the part of `DocTables` that holds a document's rows. */
export const STREAMED_TABLES: ReadonlyArray<{ name: string; schema: z.ZodObject; part: keyof DocTables }> = [
  { name: 'terms.csv', schema: TermRowSchema, part: 'terms' },
  { name: 'sections.csv', schema: SectionRowSchema, part: 'sections' },
  { name: 'themes.csv', schema: ThemeRowSchema, part: 'themes' },
];

/** The first bytes of each streamed table (BOM and header line); documents' parts follow in corpus order. */
export function streamedHeads(options: { excel?: boolean }): Array<[name: string, head: string]> {
  return STREAMED_TABLES.map(({ name, schema }) => [name, joinTable(schema, [], { bom: options.excel === true })]);
}

/** How the shared passages step is run: here by default, or in a worker while this thread goes on. */
export type PassagesStep = (docs: readonly PackedPassageDoc[]) => Promise<SharedPassagesTables>;

/**
 * Build every output file but the streamed tables from the analyses (in corpus order), the files that failed
 * and the lexicon in force.
 * `passagesStep` runs `sharedPassages` (the longest corpus step) — in a worker when one is free.
 */
export async function buildTables(
  analyses: readonly DocAnalysis[], errors: readonly FileError[], options: AnalyzeOptions, lexicon: ThemeLexicon, run: RunInfo,
  passagesStep: PassagesStep = async (docs) => sharedPassagesTables(docs),
): Promise<Map<string, string>> {
  const bom = options.excel === true;
  const csv = (name: string, schema: Parameters<typeof tableCsv>[1], rows: readonly object[]) => files.set(name, tableCsv(name, schema, rows, { bom }));
  const files = new Map<string, string>();
  // The English text only, not the catalogue reason: an output must not depend on the locale that wrote it.
  const errorRows = errors.map(({ file, stage, message }) => ({ file, stage, message }));

  const sharedStep = passagesStep(analyses.map((a) => ({
    id: a.row.doc_id, year: a.row.year, region: a.row.region, units: a.passages, chars: a.row.chars,
  })));
  sharedStep.catch(() => undefined); // a failure here surfaces at the await below, not as an unhandled rejection
  // Everything that does not need the shared passages is built while they are computed. Between stages this
  // thread lets its event loop run: a worker that starts for the step only gets its task from it.
  await nextTurn();
  const keywords = keywordsByTfidf(analyses.map((a) => ({ id: a.row.doc_id, terms: a.terms })), options.keywords ?? 10);
  await nextTurn();
  const corpusTerms = corpusTermRows(analyses);
  await nextTurn();
  files.set('README.md', OUTPUT_README);
  csv('corpus_terms.csv', CorpusTermRowSchema, corpusTerms);
  const placeholders = analyses.flatMap((a) => a.placeholders);
  const topics = analyses.flatMap((a) => a.topics);
  csv('placeholders.csv', PlaceholderRowSchema, placeholders);
  csv('topics.csv', TopicRowSchema, topics);
  csv('quantities.csv', QuantityRowSchema, analyses.flatMap((a) => a.quantities));
  csv('errors.csv', ErrorRowSchema, errorRows);
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    files.set(`schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }

  // The comparison tables wait for the shared passages: they leave out the documents that copy an earlier one.
  const shared = await sharedStep;
  const duplicateOf = duplicatesOf(analyses.map((a) => a.row.doc_id), shared.nearIdentical);
  const compared = options.keepDuplicates === true ? analyses : analyses.filter((a) => !duplicateOf.has(a.row.doc_id));
  const compare = comparisonTables(compared, options, lexicon);
  for (const [name, table] of compare.tables) csv(name, table.schema, table.rows);
  files.set('topic_trends.json', validJson('topic_trends.json', TopicTrendsSchema, compare.topicTrends));
  const quantityDocs = compared.map((a) => ({ meta: a.meta, year: a.row.year, rows: a.quantities }));
  const quantityTrends = quantityTrendRows(quantityDocs, run.quantities);
  csv('quantity_trends.csv', QuantityTrendRowSchema, quantityTrends);
  csv('quantity_groups.csv', QuantityGroupRowSchema, quantityGroupRows(quantityDocs, compare.groupBy, run.quantities));
  await nextTurn();
  const formulation = formulationOutputs(compared);
  for (const [name, table] of formulation.tables) csv(name, table.schema, table.rows);
  const documents: DocumentRow[] = analyses.map((a) => ({
    ...a.row,
    keywords: (keywords.get(a.row.doc_id) ?? []).join('|'),
    reused_share: shared.reusedShare.get(a.row.doc_id) ?? 0,
    duplicate_of: duplicateOf.get(a.row.doc_id) ?? '',
  }));
  csv('documents.csv', DocumentRowSchema, documents);
  files.set('shared_passages.csv', joinTable(SharedPassageRowSchema, [shared.passagesCsv], { bom }));
  csv('doc_similarity.csv', DocSimilarityRowSchema, shared.similarity);
  const duplicates = { found: duplicateOf.size, left_out: analyses.length - compared.length };
  const summary = summaryOf({ documents, errors: errorRows, analyses, corpusTerms: corpusTerms.length, options, lexicon, compare, run, duplicates, formulation });
  files.set('summary.json', validJson('summary.json', SummarySchema, summary));
  const chartData = {
    documents: compared.map((a) => a.row), trends: compare.trends, groups: compare.groups, topics: compared.flatMap((a) => a.topics), placeholders,
    topicTables: { topicFamilies: compare.topicFamilies, topicTrends: compare.topicTrends },
    quantityTrends, formulations: formulation.formulations, formulationTrends: formulation.trends,
  };
  const report = { ...chartData, title: basename(resolve(options.dir)), documents, passages: shared.topPassages, passageCount: shared.passageCount };
  files.set('report.html', await renderReport(report, await renderCharts(chartData)));
  return files;
}

/** `value` as a JSON file (two-space indentation), checked against its schema: a mismatch is a bug, thrown. */
function validJson(name: string, schema: z.ZodType, value: unknown): string {
  const checked = schema.safeParse(value);
  if (!checked.success) throw new Error(`${name}: ${checked.error.issues[0]!.path.join('.')}: ${checked.error.issues[0]!.message}`);
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Let the event loop run (messages from workers) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
