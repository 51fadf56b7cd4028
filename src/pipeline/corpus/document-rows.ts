/**
 * documents.csv's rows, finished: each document's own columns (made where it was analysed) with the three that
 * need the whole corpus — keywords (TF-IDF over the corpus), reused_share and duplicate_of (shared passages).
 * The one place a documents.csv row is completed; summary.json and report.html take these rows. Pure.
 */
import type { DocumentRow } from '../../schemas/documents.js';
import type { DocAnalysis } from '../per-document/analyze-document.js';

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
