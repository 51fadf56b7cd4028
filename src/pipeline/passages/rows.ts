/**
 * The shared-passages step's tables: shared_passages.csv is validated and serialised as its rows are made, a
 * few thousand at a time (on a corpus of near-copies it has hundreds of thousands of rows), and only the rows the
 * report shows are kept as objects. Pure.
 */
import { tableLines } from '../../format/table.js';
import { TOP_PASSAGES } from '../../format/report-tables.js';
import { SharedPassageRowSchema, type DocSimilarityRow, type SharedPassageRow } from '../../schemas/passages.js';
import type { CollectedPassages } from './corpus-index.js';
import { sharedPassagesOf, type SharedPassagesOptions } from './shared.js';

/** Rows of shared_passages.csv made and serialised at a time. */
const ROWS_AT_A_TIME = 4096;

export interface SharedPassagesTables {
  /** Data lines of shared_passages.csv (no header), each ending with a line break, in parts to write in order. */
  passagesCsv: string[];
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

/** Rows of shared_passages.csv serialised at a time; who is told the near-identical pairs early (`SharedPassagesOptions`). */
export interface SharedPassagesTablesOptions extends Pick<SharedPassagesOptions, 'onNearIdentical'> {
  rowsAtATime?: number;
}

/** Run `sharedPassagesOf` over the documents in `index` and serialise shared_passages.csv's rows, a few thousand at a time. */
export function sharedPassagesTables(
  index: CollectedPassages, { rowsAtATime = ROWS_AT_A_TIME, onNearIdentical }: SharedPassagesTablesOptions = {},
): SharedPassagesTables {
  const shared = sharedPassagesOf(index, { onNearIdentical });
  const count = shared.passageCount;
  // Serialised in parts of `rowsAtATime` rows and kept as parts: all rows as objects, or their lines joined once
  // more into one string, would each be as large as the table.
  const passagesCsv: string[] = [];
  for (let at = 0; at < count; at += rowsAtATime) {
    passagesCsv.push(tableLines('shared_passages.csv', SharedPassageRowSchema, shared.passageRows(at, Math.min(count, at + rowsAtATime))));
  }
  return {
    passagesCsv,
    passageCount: count,
    topPassages: shared.passageRows(0, Math.min(count, TOP_PASSAGES)),
    similarity: shared.similarity,
    reusedShare: shared.reusedShare,
    nearIdentical: shared.nearIdentical,
  };
}
