/**
 * documents.csv's `duplicate_of`: a document whose text is near-identical to an earlier one in corpus order
 * (similarity ≥ `DUPLICATE_SIMILARITY`, see passages/shared.ts) is a copy of it, and the comparison tables
 * leave it out unless asked to keep it — the same report filed under two years must not count twice.
 *
 * ok: 四川省/2019 and 四川省/2020 score 1.0 → 四川省/2020 is a duplicate of 四川省/2019.
 * A copy of a copy points at the first document of the chain, so that `duplicate_of` always names a kept one.
 */
import type { DocSimilarityRow } from '../../schemas/passages.js';

/**
 * doc_id → the doc_id it duplicates, for every duplicate. `order` is the corpus order (the earlier of a pair
 * is the original); `pairs` are the near-identical pairs, in any order.
 */
export function duplicatesOf(order: readonly string[], pairs: readonly Pick<DocSimilarityRow, 'doc_a' | 'doc_b'>[]): Map<string, string> {
  const rank = new Map(order.map((id, i) => [id, i]));
  // For each document, the earliest document before it that it is near-identical to.
  const earliest = new Map<string, string>();
  for (const { doc_a, doc_b } of pairs) {
    const [first, later] = rank.get(doc_a)! < rank.get(doc_b)! ? [doc_a, doc_b] : [doc_b, doc_a];
    const known = earliest.get(later);
    if (known === undefined || rank.get(first)! < rank.get(known)!) earliest.set(later, first);
  }
  const out = new Map<string, string>();
  for (const id of order) {
    const first = earliest.get(id);
    if (first !== undefined) out.set(id, out.get(first) ?? first);
  }
  return out;
}
