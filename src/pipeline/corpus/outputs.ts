/**
 * The corpus step of `analyze`: per-document analyses (in corpus order), the files that failed and the shared
 * passages → the data of every output file but the per-document tables (terms.csv, placeholders.csv, sections.csv
 * …, whose rows are serialised where each document is analysed), and what report.html shows. Pure and synchronous:
 * it neither serialises (format/outputs.ts), renders (format/report-html.ts) nor schedules (corpus-step.ts).
 *
 * In three parts, so that the first two can run while the shared passages are computed in a worker:
 * `outputsBeforePassages`; `comparedTables` once it is known which documents are near-identical (the worker sends
 * that ahead of its tables; corpus-step.ts builds them on a guess meanwhile); `corpusOutputs` once the shared
 * passages are in.
 */
import type { AnalyzeOptions } from '../../analyze-options.js';
import { DEFAULT_KEYWORDS } from '../../choices.js';
import type { ChartData, ReportData } from '../../format/report-html.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { OutputContent } from '../../schemas/outputs.js';
import type { DocSimilarityRow } from '../../schemas/passages.js';
import type { PlaceholderRow } from '../../schemas/placeholders.js';
import { kindsOfRows } from '../per-document/kept-rows.js';
import type { FileError } from '../../types.js';
import type { WarningRow } from '../../schemas/corpus.js';
import type { CorpusDoc } from './corpus-doc.js';
import { keywordsByTfidf } from '../per-document/keywords.js';
import type { SharedPassagesTables } from '../passages/index.js';
import { quantityGroupRows, quantityTrendRows } from '../quantities/compare.js';
import { formulationOutputs } from '../formulations/outputs.js';
import { comparisonTables } from './comparison.js';
import { corpusTermRows } from './corpus-terms.js';
import { numberTerms } from './term-ids.js';
import { docvarRows, documentRows, warningRows } from './document-rows.js';
import { duplicatesOf } from './duplicates.js';
import { summaryOf, type RunInfo } from './summary.js';

/** What the corpus step makes without the shared passages. */
export interface OutputsBeforePassages {
  /** corpus_terms.csv, errors.csv and warnings.csv. */
  data: Map<string, OutputContent>;
  keywords: Map<string, string[]>;
  /** The kinds of placeholders.csv's rows, for the report. */
  placeholders: Pick<PlaceholderRow, 'kind'>[];
  /** errors.csv's rows: the English message only, so that an output does not depend on the locale that wrote it. */
  errors: Array<Pick<FileError, 'file' | 'stage' | 'message'>>;
  /** warnings.csv's rows. */
  warnings: WarningRow[];
  corpusTerms: number;
}

/**
 * Everything the corpus step makes: the output files' data (but report.html) and what the report shows; what its
 * charts are drawn from is `chartDataOf`'s.
 */
export interface CorpusOutputs {
  data: Map<string, OutputContent>;
  /** The report's tables and figures (every document), but its title. */
  report: Omit<ReportData, 'title'>;
}

/** The outputs that do not wait for the shared passages. */
export function outputsBeforePassages(analyses: readonly CorpusDoc[], errors: readonly FileError[], options: AnalyzeOptions): OutputsBeforePassages {
  // Numbered once for both: each numbering reads every document's terms back from the spill.
  const numbered = numberTerms(analyses.map((a) => a.terms));
  const keywords = keywordsByTfidf(analyses.map((a) => ({ id: a.row.doc_id, terms: a.terms })), options.keywords ?? DEFAULT_KEYWORDS, numbered);
  const corpusTerms = corpusTermRows(analyses, numbered);
  const placeholders = kindsOfRows(analyses.map((a) => a.placeholderKinds));
  const errorRows = errors.map(({ file, stage, message }) => ({ file, stage, message }));
  const warnings = warningRows(analyses);
  const data = new Map<string, OutputContent>([
    ['corpus_terms.csv', { rows: corpusTerms }],
    ['errors.csv', { rows: errorRows }],
    ['warnings.csv', { rows: warnings }],
  ]);
  return { data, keywords, placeholders, errors: errorRows, warnings, corpusTerms: corpusTerms.length };
}

/** The tables built from the documents the comparison keeps: they need only the duplicate decision of the passages step. */
export interface ComparedTables {
  /** The documents the comparison tables keep (all of them with `keepDuplicates`). */
  compared: readonly CorpusDoc[];
  compare: ReturnType<typeof comparisonTables>;
  quantityTrends: ReturnType<typeof quantityTrendRows>;
  quantityGroups: ReturnType<typeof quantityGroupRows>;
  formulation: ReturnType<typeof formulationOutputs>;
}

/** `ComparedTables` with the decision they were built on. */
export interface ComparedOutputs extends ComparedTables {
  /** doc_id → the doc_id it duplicates (`duplicatesOf`). */
  duplicateOf: Map<string, string>;
}

/** The documents the comparison tables leave out: the duplicates, none with `keepDuplicates`. */
export function leftOut(duplicateOf: ReadonlyMap<string, string>, options: Pick<AnalyzeOptions, 'keepDuplicates'>): Set<string> {
  return options.keepDuplicates === true ? new Set() : new Set(duplicateOf.keys());
}

/**
 * The comparison, quantity and formulation tables over the documents but those `left` out (the copies of an earlier
 * one, unless `keepDuplicates`): they wait for that decision of the passages step, not for the rest of it. A pure
 * function of the set, so that tables built on a guess of it (corpus-step.ts) are those of the decision when the
 * sets are equal.
 */
export function comparedTables(
  analyses: readonly CorpusDoc[], left: ReadonlySet<string>, options: AnalyzeOptions, lexicon: ThemeLexicon, run: RunInfo,
): ComparedTables {
  const compared = left.size === 0 ? analyses : analyses.filter((a) => !left.has(a.row.doc_id));
  const compare = comparisonTables(compared, options, lexicon);
  const quantityDocs = compared.map((a) => ({ meta: a.meta, year: a.row.year, rows: a.quantities }));
  const quantityTrends = quantityTrendRows(quantityDocs, run.quantities);
  const quantityGroups = quantityGroupRows(quantityDocs, compare.groupBy, run.quantities);
  return { compared, compare, quantityTrends, quantityGroups, formulation: formulationOutputs(compared) };
}

/** What the report's charts are drawn from: the compared documents and their tables, and every placeholder. */
export function chartDataOf(
  { compared, compare, quantityTrends, formulation }: ComparedTables, placeholders: OutputsBeforePassages['placeholders'],
): ChartData {
  return {
    documents: compared.map(({ row }) => ({ doc_id: row.doc_id, year: row.year, region: row.region, region_level: row.region_level })),
    trends: compare.trends, groups: compare.groups, topics: compared.flatMap((a) => a.topics), placeholders,
    topicTables: { topicFamilies: compare.topicFamilies, topicTrends: compare.topicTrends },
    quantityTrends, formulations: formulation.formulations, formulationTrends: formulation.trends,
  };
}

/** The rest of the outputs, once the shared passages are in. */
export function corpusOutputs(
  analyses: readonly CorpusDoc[], before: OutputsBeforePassages, { duplicateOf, compared, compare, quantityTrends, quantityGroups, formulation }: ComparedOutputs,
  shared: SharedPassagesTables, options: AnalyzeOptions, lexicon: ThemeLexicon, run: RunInfo,
): CorpusOutputs {
  const documents = documentRows(analyses, { keywords: before.keywords, reusedShare: shared.reusedShare, duplicateOf });
  const duplicates = { found: duplicateOf.size, left_out: analyses.length - compared.length };
  const summary = summaryOf({
    documents, errors: before.errors, warnings: before.warnings.length, analyses, corpusTerms: before.corpusTerms, options, lexicon, compare, run, duplicates, formulation,
  });
  const data = new Map<string, OutputContent>([
    ...[...compare.tables].map(([name, rows]) => [name, { rows }] as const),
    ['topic_trends.json', { value: compare.topicTrends }],
    ['quantity_trends.csv', { rows: quantityTrends }],
    ['quantity_groups.csv', { rows: quantityGroups }],
    ...[...formulation.tables].map(([name, rows]) => [name, { rows }] as const),
    ['documents.csv', { rows: documents }],
    ['docvars.csv', { rows: docvarRows(analyses) }],
    ['shared_passages.csv', { lines: shared.passagesCsv }],
    ['doc_similarity.csv', { rows: shared.similarity }],
    ['summary.json', { value: summary }],
  ]);
  const charts = chartDataOf({ compared, compare, quantityTrends, quantityGroups, formulation }, before.placeholders);
  return { data, report: { ...charts, documents, passages: shared.topPassages, passageCount: shared.passageCount } };
}
