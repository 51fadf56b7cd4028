/**
 * The registry of `analyze`'s outputs: every file of the output folder declared once — name, scope, format, zod
 * schema (with a `.describe()` per column), purpose, what a row is, sort order, the builder that makes its rows,
 * and a note for the codebook. From it come the writer's list of files (format/outputs.ts), the streamed tables'
 * heads (corpus-order.ts), the published JSON Schemas (`workreport schema`, schema/), the output folder's
 * README.md and docs/codebook.md (format/codebook.ts). A new table is added here, and nowhere else by name.
 */
import type { z } from 'zod';
import { CorpusTermRowSchema, ErrorRowSchema, SummarySchema, WarningRowSchema } from './corpus.js';
import { DocumentRowSchema, DocvarRowSchema, TermRowSchema } from './documents.js';
import { AdoptionRowSchema, CollocationRowSchema, FormulationRowSchema, FormulationTrendRowSchema } from './formulations.js';
import { GroupRowSchema } from './groups.js';
import { KeynessRowSchema } from './keyness.js';
import { OUTPUT_NOTES } from './output-notes.js';
import { DocSimilarityRowSchema, SharedPassageRowSchema } from './passages.js';
import { PlaceholderRowSchema } from './placeholders.js';
import { QuantityGroupRowSchema, QuantityRowSchema, QuantityTrendRowSchema } from './quantities.js';
import { SectionRowSchema } from './sections.js';
import { ThemeRowSchema } from './themes.js';
import { TopicFamilyRowSchema, TopicTrendRowSchema, TopicTrendsSchema } from './topic-families.js';
import { TopicRowSchema } from './topics.js';
import { TrendRowSchema } from './trends.js';

/** The long per-document tables, by the name of a document's serialised part of each. */
export type StreamedPart = 'terms' | 'sections' | 'themes' | 'placeholders' | 'topics' | 'quantities';

/** One file of the output folder. */
export interface OutputSpec {
  /** File name in the output folder. */
  name: string;
  /**
   * `document`: each row comes from one document's analysis alone (`streamed`: serialised where the document is
   * analysed and appended in corpus order as documents finish); `corpus`: made by the corpus step once every
   * document is in.
   */
  scope: 'document' | 'corpus';
  format: 'csv' | 'json' | 'html' | 'md';
  /** The contract of a CSV row or of a JSON file; published as `schema/<name>.schema.json`. */
  schema?: z.ZodType;
  /** One line: what the file is for (the output folder's README, the codebook). */
  purpose: string;
  /** What one row stands for (CSV), for the codebook's overview. */
  rowsPer?: string;
  /** The order of the rows, for the codebook's overview. */
  sortedBy?: string;
  /** `src/`-relative module and export that make the rows (a test checks it exists). */
  builder: string;
  /**
   * Each document's rows are serialised where it is analysed and streamed out as it finishes; this names the
   * document's part (per-document/rows.ts `DocTables`). All the per-document tables are, so that the corpus step
   * does not hold a large document's rows as objects (330,000 placeholders in 100 MB of text).
   */
  streamed?: StreamedPart;
  /** What the columns alone do not say (markdown), for the codebook. */
  note?: string;
  /** The pages of docs/ that tell how it is computed (paths relative to docs/), linked from the codebook. */
  method?: readonly string[];
}

/** A CSV output: its schema is a row object. */
export type TableSpec = OutputSpec & { format: 'csv'; schema: z.ZodObject };

/** Every output file as declared; `OUTPUTS` adds each one's note. */
const DECLARED: ReadonlyArray<Omit<OutputSpec, 'note'>> = [
  {
    name: 'documents.csv', scope: 'corpus', format: 'csv', schema: DocumentRowSchema,
    purpose: 'one row per document (metadata, counts, keywords, placeholders, headings, reused share, duplicate_of)',
    rowsPer: 'document', sortedBy: 'file path (code-unit order)', builder: 'pipeline/corpus/document-rows.ts#documentRows', method: ['method/metadata.md', 'method/segmentation.md', 'method/passages.md', 'method/duplicates.md'],
  },
  {
    name: 'docvars.csv', scope: 'corpus', format: 'csv', schema: DocvarRowSchema,
    purpose: 'the metadata beyond documents.csv: extra manifest columns and front-matter keys (tidy: doc_id, field, value)',
    rowsPer: 'document × extra field with a value', sortedBy: 'file path, then the fields in the manifest\'s order', builder: 'pipeline/corpus/document-rows.ts#docvarRows', method: ['metadata.md'],
  },
  {
    name: 'terms.csv', scope: 'document', streamed: 'terms', format: 'csv', schema: TermRowSchema,
    purpose: 'term counts per document (tidy: doc_id, term, count, per_10k_chars)',
    rowsPer: 'document × term', sortedBy: 'doc_id, count desc, term', builder: 'pipeline/per-document/rows.ts#docTables', method: ['method/segmentation.md'],
  },
  {
    name: 'corpus_terms.csv', scope: 'corpus', format: 'csv', schema: CorpusTermRowSchema,
    purpose: 'term totals and document frequencies over the corpus',
    rowsPer: 'term', sortedBy: 'docs desc, count desc, term', builder: 'pipeline/corpus/corpus-terms.ts#corpusTermRows', method: ['method/segmentation.md'],
  },
  {
    name: 'placeholders.csv', scope: 'document', streamed: 'placeholders', format: 'csv', schema: PlaceholderRowSchema,
    purpose: 'unfilled placeholders and blank slots, at line:column (the rules of check)',
    rowsPer: 'placeholder or blank slot', sortedBy: 'document, position', builder: 'pipeline/per-document/placeholders.ts#placeholderRows', method: ['method/placeholders.md', 'rules.md'],
  },
  {
    name: 'sections.csv', scope: 'document', streamed: 'sections', format: 'csv', schema: SectionRowSchema,
    purpose: 'numbered headings, part headings and lead sentences of each document, with their size',
    rowsPer: 'heading, part heading or lead', sortedBy: 'document, position', builder: 'pipeline/per-document/rows.ts#docTables', method: ['method/outline.md'],
  },
  {
    name: 'themes.csv', scope: 'document', streamed: 'themes', format: 'csv', schema: ThemeRowSchema,
    purpose: 'theme hits per document, with the terms matched',
    rowsPer: 'document × theme with hits', sortedBy: 'document, theme id', builder: 'pipeline/per-document/rows.ts#docTables', method: ['method/themes.md'],
  },
  {
    name: 'topics.csv', scope: 'document', streamed: 'topics', format: 'csv', schema: TopicRowSchema,
    purpose: 'consultation topics: what was put to consultation, research, inspection or supervision, and its theme',
    rowsPer: 'consultation topic', sortedBy: 'document, position', builder: 'pipeline/topics/extract.ts#topicRows', method: ['method/topics.md'],
  },
  {
    name: 'quantities.csv', scope: 'document', streamed: 'quantities', format: 'csv', schema: QuantityRowSchema,
    purpose: 'counts of CPPCC work each report states (收到提案312件, 办复率99.5%, 立案*件 masked)',
    rowsPer: 'stated count of CPPCC work', sortedBy: 'document, position', builder: 'pipeline/quantities/index.ts#extractQuantities', method: ['method/quantities.md'],
  },
  {
    name: 'quantity_trends.csv', scope: 'corpus', format: 'csv', schema: QuantityTrendRowSchema,
    purpose: 'the stated counts by year: per subject, documents reporting, sum, median, min, max',
    rowsPer: 'year × quantity subject', sortedBy: 'year, vocabulary order', builder: 'pipeline/quantities/compare.ts#quantityTrendRows', method: ['method/quantities.md'],
  },
  {
    name: 'quantity_groups.csv', scope: 'corpus', format: 'csv', schema: QuantityGroupRowSchema,
    purpose: 'the stated counts by metadata group (the fields of groups.csv)',
    rowsPer: 'metadata field × group × quantity subject', sortedBy: 'field, group (`(unknown)` last), vocabulary order',
    builder: 'pipeline/quantities/compare.ts#quantityGroupRows', method: ['method/quantities.md'],
  },
  {
    name: 'trends.csv', scope: 'corpus', format: 'csv', schema: TrendRowSchema,
    purpose: 'theme measures per year: how themes rise and fade',
    rowsPer: 'year × theme', sortedBy: 'year, theme id', builder: 'pipeline/corpus/trends.ts#trendRows', method: ['method/themes.md'],
  },
  {
    name: 'groups.csv', scope: 'corpus', format: 'csv', schema: GroupRowSchema,
    purpose: 'theme measures by metadata group (region, region_level, doc_type, year, --group-by)',
    rowsPer: 'metadata field × group × theme', sortedBy: 'field, group (`(unknown)` last), theme id', builder: 'pipeline/corpus/groups.ts#groupRows', method: ['method/themes.md'],
  },
  {
    name: 'keyness.csv', scope: 'corpus', format: 'csv', schema: KeynessRowSchema,
    purpose: 'the terms that set each group apart (log-likelihood G² against the rest of the corpus)',
    rowsPer: 'group × key term', sortedBy: 'group, g2 desc, term', builder: 'pipeline/corpus/keyness.ts#keynessRows', method: ['method/themes.md'],
  },
  {
    name: 'shared_passages.csv', scope: 'corpus', format: 'csv', schema: SharedPassageRowSchema,
    purpose: 'sentences and long clauses found, near-verbatim, in two or more documents (template reuse)',
    rowsPer: 'passage found in ≥ 2 documents', sortedBy: 'docs desc, text', builder: 'pipeline/passages/rows.ts#sharedPassagesTables', method: ['method/passages.md'],
  },
  {
    name: 'doc_similarity.csv', scope: 'corpus', format: 'csv', schema: DocSimilarityRowSchema,
    purpose: 'the 100 most similar document pairs by shared passages',
    rowsPer: 'document pair (top 100)', sortedBy: 'similarity desc', builder: 'pipeline/passages/rows.ts#sharedPassagesTables', method: ['method/passages.md'],
  },
  {
    name: 'topic_families.csv', scope: 'corpus', format: 'csv', schema: TopicFamilyRowSchema,
    purpose: 'wordings of one consultation topic grouped into families (label, wordings, years, regions)',
    rowsPer: 'family of topic wordings', sortedBy: 'topics desc, documents desc, label', builder: 'pipeline/topics/outputs.ts#topicTables', method: ['method/topic-families.md'],
  },
  {
    name: 'topic_trends.csv', scope: 'corpus', format: 'csv', schema: TopicTrendRowSchema,
    purpose: 'documents and topics per year × family and year × theme',
    rowsPer: 'year × (all topics, family, theme) with topics', sortedBy: 'year, kind, key', builder: 'pipeline/topics/outputs.ts#topicTables', method: ['method/topic-families.md'],
  },
  {
    name: 'topic_trends.json', scope: 'corpus', format: 'json', schema: TopicTrendsSchema,
    purpose: 'the counts of topic_trends.csv nested for programs, with every year\'s documents',
    builder: 'pipeline/topics/outputs.ts#topicTables', method: ['method/topic-families.md'],
  },
  {
    name: 'collocations.csv', scope: 'corpus', format: 'csv', schema: CollocationRowSchema,
    purpose: 'multiword expressions found in the corpus (adjacent words far above chance, quoted phrases, A+)',
    rowsPer: 'multiword expression', sortedBy: 'g2 desc (quoted and A+ last), phrase', builder: 'pipeline/formulations/collocations.ts#findCollocations', method: ['method/formulations.md'],
  },
  {
    name: 'formulations.csv', scope: 'corpus', format: 'csv', schema: FormulationRowSchema,
    purpose: 'terms and phrases that emerge (absent, then taken up by most regions within a few years)',
    rowsPer: 'emerging term or phrase', sortedBy: 'onset_year, peak_share desc, term', builder: 'pipeline/formulations/emergence.ts#formulationTables', method: ['method/formulations.md'],
  },
  {
    name: 'formulation_trends.csv', scope: 'corpus', format: 'csv', schema: FormulationTrendRowSchema,
    purpose: 'each formulation\'s share of regions per year',
    rowsPer: 'formulation × year (from its first year)', sortedBy: 'formulations.csv order, year',
    builder: 'pipeline/formulations/emergence.ts#formulationTables', method: ['method/formulations.md'],
  },
  {
    name: 'adoption.csv', scope: 'corpus', format: 'csv', schema: AdoptionRowSchema,
    purpose: 'the year each region first uses each formulation, and its rank',
    rowsPer: 'formulation × region using it', sortedBy: 'formulations.csv order, first_year, region',
    builder: 'pipeline/formulations/emergence.ts#formulationTables', method: ['method/formulations.md'],
  },
  {
    name: 'errors.csv', scope: 'corpus', format: 'csv', schema: ErrorRowSchema,
    purpose: 'files that could not be analysed (file, stage, message)',
    rowsPer: 'file that could not be analysed', sortedBy: 'file path', builder: 'pipeline/corpus/outputs.ts#outputsBeforePassages', method: ['reading-documents.md'],
  },
  {
    name: 'warnings.csv', scope: 'corpus', format: 'csv', schema: WarningRowSchema,
    purpose: 'doubts about the metadata given in the manifest, the path pattern or front matter: a level that contradicts the region, a region no division (or several) is called, a value not understood',
    rowsPer: 'warning (a document may have several)', sortedBy: 'corpus order, then field (region, region_level, year, doc_type)',
    builder: 'pipeline/docvars/warnings.ts#metaWarnings', method: ['method/metadata.md'],
  },
  {
    name: 'summary.json', scope: 'corpus', format: 'json', schema: SummarySchema,
    purpose: 'totals, options, tool version, lexicon hashes and per-document records',
    builder: 'pipeline/corpus/summary.ts#summaryOf',
  },
  {
    name: 'report.html', scope: 'corpus', format: 'html',
    purpose: 'a one-page visual summary (open it in a browser)',
    builder: 'format/report-html.ts#renderReport', method: ['report-html.md'],
  },
];

/** Every output file, in the order the codebook and the output folder's README list them. */
export const OUTPUTS: readonly OutputSpec[] = DECLARED.map((spec) => {
  const note = OUTPUT_NOTES[spec.name];
  return note === undefined ? spec : { ...spec, note };
});

/** The CSV outputs. */
export const TABLES: readonly TableSpec[] = OUTPUTS.filter((o): o is TableSpec => o.format === 'csv');

/** The per-document tables, whose rows are streamed out document by document (terms, placeholders, sections …). */
export const STREAMED_TABLES = TABLES.filter((o): o is TableSpec & { streamed: StreamedPart } => o.streamed !== undefined);

/**
 * The content of one output file as the corpus step makes it: a CSV table's rows, or its data lines already
 * serialised, in parts (shared_passages.csv comes from a worker that way), a JSON file's value, or a rendered page.
 */
export type OutputContent =
  | { rows: readonly object[] }
  | { lines: readonly string[] }
  | { value: unknown }
  | { html: string };

/** Output files' contents by file name (format/outputs.ts writes them). */
export type OutputData = ReadonlyMap<string, OutputContent>;

/** The registry entry of an output file; throws on a name the registry does not have (a bug). */
export function outputSpec(name: string): OutputSpec {
  const spec = OUTPUTS.find((o) => o.name === name);
  if (!spec) throw new Error(`no output named ${name} in the registry (schemas/outputs.ts)`);
  return spec;
}
