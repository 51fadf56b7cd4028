/**
 * The shared-passages step packed for the trip back from a worker: shared_passages.csv is validated and
 * serialised where it is computed (on a corpus of near-copies it has hundreds of thousands of rows), and only
 * the rows the report shows come back as objects. Pure.
 */
import { tableLines } from '../../format/table.js';
import { TOP_PASSAGES } from '../../format/report-tables.js';
import { SharedPassageRowSchema, type DocSimilarityRow, type SharedPassageRow } from '../../schemas/passages.js';
import { unpackUnits, type PackedPassageUnits } from './packed.js';
import { sharedPassages, type PassageDoc } from './shared.js';

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

/** A `PassageDoc` whose units are packed (as the analyses keep them). */
export type PackedPassageDoc = Omit<PassageDoc, 'units'> & { units: PackedPassageUnits };

/** Run `sharedPassages` over `docs` and serialise shared_passages.csv's rows. */
export function sharedPassagesTables(docs: readonly PackedPassageDoc[]): SharedPassagesTables {
  const shared = sharedPassages(docs.map((d) => ({ ...d, units: unpackUnits(d.units) })));
  return {
    passagesCsv: tableLines('shared_passages.csv', SharedPassageRowSchema, shared.passages),
    passageCount: shared.passages.length,
    topPassages: shared.passages.slice(0, TOP_PASSAGES),
    similarity: shared.similarity,
    reusedShare: shared.reusedShare,
    nearIdentical: shared.nearIdentical,
  };
}
