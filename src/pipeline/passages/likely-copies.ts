/**
 * A guess at the near-identical pairs of documents (shared.ts `DUPLICATE_SIMILARITY`) from the passage units as
 * gathered, before the shared-passages step has clustered them: the comparison tables, which leave the copies out,
 * can then be built while the step runs, and are kept only if the step's own pairs leave out the same documents
 * (corpus-step.ts). A guess, never an output: a wrong one costs the time spent on it, not a different table.
 *
 * Every key's first occurrence is already known (corpus-index.ts), so a document that copies an earlier one has most
 * of its distinct keys first seen in that one document. For each document, the document that first showed most of
 * its keys is its candidate, and the pair is guessed near-identical when the Jaccard index of their distinct exact
 * keys (all of them, also those first seen in a third document) reaches the bar. Exact keys, where the step compares
 * clusters of near-duplicate keys (near-dup.ts) and leaves redundant clauses out: a copy whose sentences were
 * retouched throughout can score lower here, and is then simply not guessed. Linear in the units (each document's and its candidate's); a few milliseconds on the provinces.
 *
 * ok: 四川省/2020 (the 2019 report filed again) → the pair 四川省/2019 · 四川省/2020.
 */
import type { CollectedPassages } from './corpus-index.js';
import { DUPLICATE_SIMILARITY } from './shared.js';

/** A guessed pair: the ids of two documents. */
export interface LikelyCopy {
  doc_a: string;
  doc_b: string;
}

/**
 * The pairs whose distinct keys have a Jaccard index of at least `bar` (by default the step's), each document with
 * its likeliest original.
 */
export function likelyCopies(
  index: Pick<CollectedPassages, 'docs' | 'keyOf' | 'firstDoc' | 'count'>, bar = DUPLICATE_SIMILARITY,
): LikelyCopy[] {
  const { docs, keyOf, firstDoc } = index;
  // Distinct keys per document, and a stamp per key so that a key repeated in a document counts once.
  const seen = new Int32Array(index.count).fill(-1);
  const distinct = new Uint32Array(docs.length);
  for (let d = 0; d < docs.length; d++) {
    for (const k of keyOf[d]!) {
      if (seen[k] === d) continue;
      seen[k] = d;
      distinct[d]!++;
    }
  }
  // Now `seen` marks the keys of the document at hand (as -2 - d, never a stamp of the pass above), `counted` those
  // of its candidate already counted.
  const counted = new Int32Array(index.count).fill(-1);
  const pairs: LikelyCopy[] = [];
  const firstSeenIn = new Map<number, number>();
  for (let d = 0; d < docs.length; d++) {
    firstSeenIn.clear();
    for (const k of keyOf[d]!) {
      if (seen[k] === -2 - d) continue;
      seen[k] = -2 - d;
      const first = firstDoc[k]!;
      if (first !== d) firstSeenIn.set(first, (firstSeenIn.get(first) ?? 0) + 1);
    }
    let best = -1;
    let most = 0;
    for (const [other, n] of firstSeenIn) if (n > most || (n === most && other < best)) [best, most] = [other, n];
    if (best < 0) continue;
    // Keys first seen elsewhere (stock phrasing of an earlier report) are shared too: count the pair's exactly.
    let both = 0;
    for (const k of keyOf[best]!) {
      if (counted[k] === d) continue;
      counted[k] = d;
      if (seen[k] === -2 - d) both++;
    }
    if (both / (distinct[d]! + distinct[best]! - both) >= bar) pairs.push({ doc_a: docs[best]!.id, doc_b: docs[d]!.id });
  }
  return pairs;
}
