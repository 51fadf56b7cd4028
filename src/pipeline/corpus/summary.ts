/**
 * summary.json: corpus totals, the options used, the tool version, a hash of each lexicon file, per-document
 * records, and the comparison results in nested form. No timestamps: identical input, identical bytes.
 */
import { createRequire } from 'node:module';
import type { AnalyzeOptions } from '../../analyze-options.js';
import { DEFAULT_KEYWORDS } from '../../choices.js';
import type { DocumentRow } from '../../schemas/documents.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { Encoding, FileError } from '../../types.js';
import type { CorpusDoc } from './corpus-doc.js';
import type { ComparisonTables } from './comparison.js';
import type { QuantitySubjects } from '../quantities/compare.js';

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };

/** What summary.json records of the run besides its options: the manifest used and the lexicon files' hashes. */
export interface RunInfo {
  manifest: string | null;
  /** How the manifest was decoded (utf-8, gb18030 …); null without a manifest. */
  manifestEncoding: Encoding | null;
  /** sha256 of each lexicon file in force (built-in by name, a user lexicon by its path). */
  lexiconFiles: Record<string, string>;
  /** The subjects of the quantity vocabulary in force: the rows of quantity_trends.csv and quantity_groups.csv. */
  quantities: QuantitySubjects & { version: string };
  /** sha256 of each file the user gave (config, manifest, lexicon, userdict, stopwords), by path. */
  inputFiles?: Record<string, string>;
}

export interface SummaryInput {
  documents: readonly DocumentRow[];
  /** The rows of errors.csv: a `FileError`'s columns. */
  errors: readonly Pick<FileError, 'file' | 'stage' | 'message'>[];
  /** Rows of warnings.csv. */
  warnings: number;
  analyses: readonly CorpusDoc[];
  corpusTerms: number;
  options: AnalyzeOptions;
  lexicon: ThemeLexicon;
  compare: ComparisonTables;
  run: RunInfo;
  /** Documents that copy an earlier one, and how many of them the comparison tables left out. */
  duplicates: { found: number; left_out: number };
  /** The formulation tables' sizes, when they were built. */
  formulation?: { collocations: number; formulations: readonly unknown[] };
}

/** The summary object (serialised with two-space indentation by the caller). */
export function summaryOf(input: SummaryInput) {
  const { documents, errors, analyses, options, lexicon, compare, run } = input;
  const sum = (k: 'chars' | 'han_chars' | 'words' | 'sentences' | 'paragraphs' | 'placeholders' | 'blank_slots' | 'headings') =>
    documents.reduce((n, d) => n + d[k], 0);
  return {
    tool: { name: 'workreport', version: pkg.version },
    options: {
      dir: options.dir,
      manifest: run.manifest,
      manifest_encoding: run.manifestEncoding,
      meta_from_path: options.metaFromPath ?? null,
      lexicon: options.lexicon ?? null,
      lexicon_mode: options.lexicon ? (options.lexiconMode ?? 'merge') : null,
      quantity_lexicon: options.quantityLexicon ?? null,
      quantity_lexicon_mode: options.quantityLexicon ? (options.quantityLexiconMode ?? 'merge') : null,
      group_by: compare.groupBy,
      keyness_by: compare.keynessBy,
      keywords: options.keywords ?? DEFAULT_KEYWORDS,
      excel: options.excel === true,
      keep_duplicates: options.keepDuplicates === true,
      userdict: options.userdict ?? null,
      stopwords: options.stopwords ?? null,
      config: options.config ?? null,
    },
    input_files: run.inputFiles ?? {},
    lexicons: {
      files: run.lexiconFiles, themes_version: lexicon.version, themes: lexicon.themes.length,
      quantities_version: run.quantities.version, quantity_subjects: run.quantities.subjects.length,
    },
    totals: {
      documents: documents.length,
      skipped: errors.length,
      warnings: input.warnings,
      chars: sum('chars'),
      han_chars: sum('han_chars'),
      words: sum('words'),
      sentences: sum('sentences'),
      paragraphs: sum('paragraphs'),
      distinct_terms: input.corpusTerms,
      placeholders: sum('placeholders'),
      blank_slots: sum('blank_slots'),
      headings: sum('headings'),
      topics: analyses.reduce((n, a) => n + a.topics.length, 0),
      quantities: analyses.reduce((n, a) => n + a.quantities.length, 0),
      unknown_year: compare.unknownYear,
      duplicates: input.duplicates.found,
      duplicates_left_out: input.duplicates.left_out,
      collocations: input.formulation?.collocations ?? 0,
      formulations: input.formulation?.formulations.length ?? 0,
    },
    themes: themeTotals(analyses, lexicon),
    trends: nestTrends(compare),
    errors,
    documents,
  };
}

/** Per theme: hits and documents over the corpus, in lexicon order. */
function themeTotals(analyses: readonly CorpusDoc[], lexicon: ThemeLexicon) {
  return lexicon.themes.map((t) => {
    const hits = analyses.map((a) => a.themes.find((h) => h.theme === t.id)?.hits ?? 0);
    return { id: t.id, label: t.label, group: t.group, hits: hits.reduce((n, h) => n + h, 0), docs: hits.filter((h) => h > 0).length };
  });
}

/** trends.csv as `{ "<year>": { "<theme>": { per_10k_chars, hits, docs_with_theme, topics } } }`. */
function nestTrends(compare: ComparisonTables) {
  const out: Record<string, Record<string, { per_10k_chars: number; hits: number; docs_with_theme: number; topics: number }>> = {};
  for (const r of compare.trends) {
    (out[String(r.year)] ??= {})[r.theme] = { per_10k_chars: r.per_10k_chars, hits: r.hits, docs_with_theme: r.docs_with_theme, topics: r.topics };
  }
  return out;
}
