/**
 * shared_passages.csv and doc_similarity.csv — passages reused across documents and the document pairs that
 * share the most. Row types are inferred from these schemas.
 */
import { z } from 'zod';

export const SharedPassageRowSchema = z.object({
  passage_id: z.string().regex(/^p[0-9a-f]{16}$/).describe('p + the 64-bit hash (16 hex digits) of the normalised text of the first occurrence; stable across runs on the same corpus'),
  text: z.string().min(1).describe('the passage as written at its first occurrence (earliest year, then doc_id)'),
  docs: z.number().int().min(2).describe('documents that contain it (or a near-duplicate of it)'),
  first_year: z.number().int().nullable().describe('earliest year among those documents; empty when none is known'),
  last_year: z.number().int().nullable().describe('latest year among those documents; empty when none is known'),
  regions: z.string().describe('distinct non-empty regions of those documents, sorted (code-unit order), separated by |'),
  example_doc: z.string().min(1).describe('doc_id of the first occurrence'),
});
export type SharedPassageRow = z.infer<typeof SharedPassageRowSchema>;

export const DocSimilarityRowSchema = z.object({
  doc_a: z.string().min(1).describe('doc_id, the smaller of the pair (code-unit order)'),
  doc_b: z.string().min(1).describe('doc_id, the larger of the pair'),
  similarity: z.number().min(0).max(1).describe('Jaccard index of the two documents\' passage sets, |A ∩ B| / |A ∪ B|, 0–1, 4 decimals: the share of their distinct sentences and long clauses they have in common'),
  shared_passages: z.number().int().positive().describe('passages both documents contain (the numerator of similarity)'),
});
export type DocSimilarityRow = z.infer<typeof DocSimilarityRowSchema>;
