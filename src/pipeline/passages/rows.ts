/**
 * The shared-passages step's tables: shared_passages.csv is validated and serialised as soon as it is computed
 * (on a corpus of near-copies it has hundreds of thousands of rows), and only the rows the report shows are
 * kept as objects. Pure.
 */
import { tableLines } from '../../format/table.js';
import { TOP_PASSAGES } from '../../format/report-tables.js';
import { SharedPassageRowSchema, type DocSimilarityRow, type SharedPassageRow } from '../../schemas/passages.js';
import type { CollectedPassages } from './corpus-index.js';
import { sharedPassagesOf } from './shared.js';

export interface SharedPassagesTables {
  /** Data lines of shared_passages.csv (no header), each ending with a line break. */
  passagesCsv: string;
  /** Rows of shared_passages.csv. */
  passageCount: number;
  /** Its first rows (the most widely shared), for the report. */
  topPassages: SharedPassageRow[];
  /** Rows of doc_similarity.csv. */
  similarity: DocSimilarityRow[];
  /** Per doc_id: share of its characters inside passages found in another document. */
  reusedShare: Map<string, number>;
  /** Pairs of near-identical documents (see `DUPLICATE_SIMILARITY`), for documents.csv's duplicate_of. */
  nearIdentical: DocSimilarityRow[];
}

/** Run `sharedPassagesOf` over the documents in `index` and serialise shared_passages.csv's rows. */
export function sharedPassagesTables(index: CollectedPassages): SharedPassagesTables {
  const shared = sharedPassagesOf(index);
  return {
    passagesCsv: tableLines('shared_passages.csv', SharedPassageRowSchema, shared.passages),
    passageCount: shared.passages.length,
    topPassages: shared.passages.slice(0, TOP_PASSAGES),
    similarity: shared.similarity,
    reusedShare: shared.reusedShare,
    nearIdentical: shared.nearIdentical,
  };
}
