/**
 * documents.csv's rows, finished: each document's own columns (made where it was analysed) with the three that
 * need the whole corpus — keywords (TF-IDF over the corpus), reused_share and duplicate_of (shared passages).
 * The one place a documents.csv row is completed; summary.json and report.html take these rows. Pure.
 */
import type { DocumentRow, DocvarRow } from '../../schemas/documents.js';
import type { WarningRow } from '../../schemas/corpus.js';
import { render } from '../../messages/index.js';
import { META_FIELDS, type DocAnalysis } from '../per-document/analyze-document.js';

/** The corpus-level columns of documents.csv, by doc_id; a document missing from a map gets the empty value. */
export interface CorpusColumns {
  keywords: ReadonlyMap<string, readonly string[]>;
  reusedShare: ReadonlyMap<string, number>;
  duplicateOf: ReadonlyMap<string, string>;
}

/** One documents.csv row per analysis, in the analyses' (corpus) order. */
export function documentRows(analyses: readonly Pick<DocAnalysis, 'row'>[], columns: CorpusColumns): DocumentRow[] {
  return analyses.map((a) => ({
    ...a.row,
    keywords: (columns.keywords.get(a.row.doc_id) ?? []).join('|'),
    reused_share: columns.reusedShare.get(a.row.doc_id) ?? 0,
    duplicate_of: columns.duplicateOf.get(a.row.doc_id) ?? '',
  }));
}

const BUILT_IN = new Set<string>(META_FIELDS);

/**
 * docvars.csv's rows: each document's metadata beyond documents.csv's columns (extra manifest columns, front-matter
 * keys), one row per document and field with a value, in corpus order and the fields' own order. Tidy, so that the
 * table keeps its columns whatever a manifest adds.
 */
export function docvarRows(analyses: readonly Pick<DocAnalysis, 'row' | 'meta'>[]): DocvarRow[] {
  return analyses.flatMap((a) => Object.entries(a.meta)
    .filter(([field, value]) => !BUILT_IN.has(field) && value !== '')
    .map(([field, value]) => ({ doc_id: a.row.doc_id, field, value })));
}

/** warnings.csv's rows: each document's doubts about its given metadata, in corpus order, the message in English. */
export function warningRows(analyses: readonly Pick<DocAnalysis, 'row' | 'warnings'>[]): WarningRow[] {
  return analyses.flatMap((a) => a.warnings.map((w) => ({
    doc_id: a.row.doc_id, file: a.row.file, field: w.field, value: w.value, source: w.source, message: render(w.reason, 'en'),
  })));
}
