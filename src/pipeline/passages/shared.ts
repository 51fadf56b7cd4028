/**
 * Corpus level: passages that recur across documents, the most similar document pairs, and how much of each
 * document is reused text. Pure; near-linear in the number of units plus the pairs that share a passage.
 *
 * Method (documented in docs/method/passages.md):
 * 1. units with equal normalised keys are one key (normalize.ts);
 * 2. keys whose bigram sets have a Jaccard index ≥ 0.8 are clustered (near-dup.ts); a cluster is a passage;
 * 3. a passage found in two or more documents is a shared passage; its text is its first occurrence
 *    (earliest year — unknown years last — then doc_id, then position);
 * 4. a document's passage set is the passages it contains, less redundant clauses (unit-index.ts); the
 *    similarity of two documents is the Jaccard index of their passage sets, |A ∩ B| / |A ∪ B|.
 */
import { compareStrings } from '../../compare.js';
import { eachRange, readCodes } from '../../io/code-store.js';
import type { DocSimilarityRow, SharedPassageRow } from '../../schemas/passages.js';
import { round4 } from '../corpus/rates.js';
import type { PassageUnits } from './fingerprints.js';
import type { EachKey } from './bigram-sets.js';
import { addPassageDoc, collectedOf, createPassageIndex, rankedIndex, type CollectedPassages, type PassageDocInfo, type RankedIndex } from './corpus-index.js';
import { nearDuplicateClusters } from './near-dup.js';
import { fromCodes, hashHex } from './normalize.js';
import { packUnits } from './packed.js';
import { createPairCounts } from './pairs.js';
import { byPriority, docCount, docsOf, groupDocs, redundantGroups, type GroupDocs, type KeyIds } from './unit-index.js';

/** One document as the corpus step needs it. `chars` is the document's character count (documents.csv). */
export interface PassageDoc extends PassageDocInfo {
  units: PassageUnits;
}

export interface SharedPassagesResult {
  /** Rows of shared_passages.csv: docs desc, then text. */
  passages: SharedPassageRow[];
  /** Rows of doc_similarity.csv: the `topPairs` most similar pairs, similarity desc. */
  similarity: DocSimilarityRow[];
  /** Per doc_id: share of its characters inside passages found in another document, 0..1, 4 decimals. */
  reusedShare: Map<string, number>;
  /** Every pair whose similarity is at least `DUPLICATE_SIMILARITY` (near-identical texts), similarity desc. */
  nearIdentical: DocSimilarityRow[];
}

/**
 * What `sharedPassagesOf` finds, with the rows of shared_passages.csv made when asked, a range at a time, so that
 * a caller can serialise them in parts: on a corpus of near-copies they are hundreds of thousands of rows, which
 * as objects took more memory than the serialised table.
 */
export interface SharedPassagesFound extends Omit<SharedPassagesResult, 'passages'> {
  /** Rows of shared_passages.csv. */
  passageCount: number;
  /** Rows `[from, to)` of shared_passages.csv, in its order (docs desc, then text, then passage_id). */
  passageRows(from: number, to: number): SharedPassageRow[];
}

/**
 * Similarity at or above which two documents are the same text filed twice. On the provinces the one such pair
 * (四川省 2019 and 2020, one report under two years) scores 1.0 and the next most similar pair 0.085: a reused
 * report is not a close neighbour but a copy, so the bar can sit far above ordinary reuse and still allow for a
 * changed heading or a dropped paragraph.
 */
export const DUPLICATE_SIMILARITY = 0.8;

/** Default number of rows of doc_similarity.csv. */
export const DEFAULT_TOP_PAIRS = 100;

/**
 * Find shared passages, similar pairs and reused shares (see the module header) of a whole corpus at once.
 * `analyze` gathers the units as documents come (passages/index.ts, `collectPassages`) and calls
 * `sharedPassagesOf` once; this is the same for documents already in hand.
 */
export function sharedPassages(docs: readonly PassageDoc[], options: SharedPassagesOptions = {}): SharedPassagesResult {
  const index = createPassageIndex();
  for (const { units, ...doc } of docs) addPassageDoc(index, doc, packUnits(units));
  const { passageCount, passageRows, ...found } = sharedPassagesOf(collectedOf(index), options);
  return { passages: passageRows(0, passageCount), ...found };
}

/** `topPairs` (default 100) rows of doc_similarity.csv; `nearDuplicates: false` keeps exact matches of normalised units only. */
export interface SharedPassagesOptions {
  topPairs?: number;
  nearDuplicates?: boolean;
  /**
   * Called with `nearIdentical` as soon as it is known, before the rest (the rows' texts and order, the reused
   * shares): all the comparison tables wait for, since they leave out the documents that copy an earlier one.
   */
  onNearIdentical?: (pairs: DocSimilarityRow[]) => void;
}

/** Shared passages, similar pairs and reused shares of the documents added to `index` (read, not changed). */
export function sharedPassagesOf(index: CollectedPassages, options: SharedPassagesOptions = {}): SharedPassagesFound {
  const sets = passageSets(index, options);
  const { ranked, ids, groups, clusterOf, shared } = sets;
  const docs = ranked.docs;
  const { top: similarity, nearIdentical } = scorePairs(docs, shared.map((g) => docsOf(groups, g)), sets.setSizes, options.topPairs ?? DEFAULT_TOP_PAIRS);
  // The duplicate decision goes out first: the texts and order of the rows below are the rest of the step.
  options.onNearIdentical?.(nearIdentical);

  const firstKey = (g: number) => ranked.arrivalOf[ids.keyOf[groups.firstDoc[g]!]![groups.firstUnit[g]!]!]!;
  // Sorted by what the rows are sorted by, without the rows: their texts, and their ids only for equal texts.
  const texts = shared.map((g) => passageText(index, firstKey(g)));
  const idOf = (i: number) => passageId(index, firstKey(shared[i]!));
  const order = shared.map((_, i) => i).sort((a, b) =>
    docCount(groups, shared[b]!) - docCount(groups, shared[a]!) || compareStrings(texts[a]!, texts[b]!) || compareStrings(idOf(a), idOf(b)));
  const passageRows = (from: number, to: number) =>
    order.slice(from, to).map((i) => passageRow(index, firstKey(shared[i]!), texts[i]!, docsOf(groups, shared[i]!), docs));

  const reusedShare = new Map<string, number>();
  docs.forEach((doc, d) => {
    const isShared = (u: number) => docCount(groups, clusterOf[ids.keyOf[d]![u]!]!) >= 2;
    reusedShare.set(doc.id, reusedShareOf(doc.chars, ranked.parents[d]!, ranked.unitChars[d]!, isShared));
  });
  return { passageCount: shared.length, passageRows, similarity, reusedShare, nearIdentical };
}

/** The passages (groups of keys) and every document's passage set: steps 1, 2 and 4 of the module header. */
interface PassageSets {
  ranked: RankedIndex;
  ids: KeyIds;
  groups: GroupDocs;
  /** The group (cluster) of each key id. */
  clusterOf: Int32Array;
  /** The groups found in two or more documents (less redundant clauses), ascending. */
  shared: number[];
  /** Per document rank: the size of its passage set. */
  setSizes: Uint32Array;
}

function passageSets(index: CollectedPassages, options: SharedPassagesOptions): PassageSets {
  const ranked = rankedIndex(index);
  const ids: KeyIds = { count: ranked.count, keyOf: ranked.keyOf };
  const clusterOf = options.nearDuplicates === false
    ? Int32Array.from({ length: ids.count }, (_, k) => k)
    : nearDuplicateClusters({
      count: ids.count,
      bandTable: ranked.bandTable,
      eachKey: (visit) => eachKey(ranked, visit),
      order: byPriority(ids),
    });
  const groups = groupDocs(ids, ids.count, clusterOf);
  const redundant = redundantGroups(ranked.parents, ids, groups, clusterOf);
  const setSizes = new Uint32Array(ranked.docs.length);
  const shared: number[] = [];
  for (let g = 0; g < groups.count; g++) {
    if (redundant[g] || docCount(groups, g) === 0) continue;
    for (let i = groups.start[g]!; i < groups.start[g + 1]!; i++) setSizes[groups.docs[i]!]!++;
    if (docCount(groups, g) >= 2) shared.push(g);
  }
  return { ranked, ids, groups, clusterOf, shared, setSizes };
}

/** Every key once, with its normalised codes, in the order they were stored (front to back). */
function eachKey(ranked: RankedIndex, visit: Parameters<EachKey>[0]): void {
  const { keyCodes, keyStart } = ranked.index;
  eachRange(keyCodes, ranked.count, (a) => [keyStart[a]!, keyStart[a + 1]!], (a, codes, from, to) => visit(ranked.idOf[a]!, codes, from, to));
}

/** The text of key `key`'s first occurrence. */
function passageText(index: CollectedPassages, key: number): string {
  const [from, to] = [index.textAt[2 * key]!, index.textAt[2 * key + 1]!];
  return fromCodes(readCodes(index.texts, from, to), to - from);
}

function passageId(index: CollectedPassages, key: number): string {
  return `p${hashHex(index.firstHash[2 * key]!, index.firstHash[2 * key + 1]!)}`;
}

function passageRow(index: CollectedPassages, key: number, text: string, ranks: Int32Array, ranked: readonly PassageDocInfo[]): SharedPassageRow {
  const found = Array.from(ranks, (d) => ranked[d]!);
  const years = found.map((d) => d.year).filter((y): y is number => y !== null);
  const regions = [...new Set(found.map((d) => d.region).filter((r) => r !== ''))].sort(compareStrings);
  return {
    passage_id: passageId(index, key),
    text,
    docs: found.length,
    first_year: years.length ? Math.min(...years) : null,
    last_year: years.length ? Math.max(...years) : null,
    regions: regions.join('|'),
    example_doc: found[0]!.id,
  };
}

/** The `limit` most similar pairs, and every pair at or above `DUPLICATE_SIMILARITY` (however many). */
function scorePairs(
  ranked: readonly PassageDocInfo[], shared: readonly Int32Array[], setSizes: Uint32Array, limit: number,
): { top: DocSimilarityRow[]; nearIdentical: DocSimilarityRow[] } {
  const counts = createPairCounts(ranked.length);
  for (const docs of shared) counts.addAll(docs);
  const scored: { a: string; b: string; score: number; count: number }[] = [];
  const copies: typeof scored = [];
  const byRank = (x: (typeof scored)[number], y: (typeof scored)[number]) =>
    y.score - x.score || y.count - x.count || compareStrings(x.a, y.a) || compareStrings(x.b, y.b);
  // Once trimmed, the `limit`-th best score so far: a pair below it cannot be among the best `limit`.
  let floor = -1;
  counts.forEach((i, j, count) => {
    const score = count / (setSizes[i]! + setSizes[j]! - count);
    if (score < floor && score < DUPLICATE_SIMILARITY) return; // most pairs: no object made for them
    const [x, y] = [ranked[i]!.id, ranked[j]!.id];
    const pair = compareStrings(x, y) <= 0 ? { a: x, b: y, count, score } : { a: y, b: x, count, score };
    if (score >= DUPLICATE_SIMILARITY) copies.push(pair);
    if (score < floor) return;
    scored.push(pair);
    // Keep memory bounded on large corpora: trim to the best `limit` now and then.
    if (scored.length >= 2 * limit + 1024) {
      scored.sort(byRank).length = limit;
      if (limit > 0) floor = scored[limit - 1]!.score;
    }
  });
  const row = (p: (typeof scored)[number]): DocSimilarityRow => ({
    doc_a: p.a, doc_b: p.b, similarity: round4(p.score), shared_passages: p.count,
  });
  return { top: scored.sort(byRank).slice(0, limit).map(row), nearIdentical: copies.sort(byRank).map(row) };
}

/** Characters of a document inside shared passages; a shared sentence counts once, not again per clause. */
function reusedShareOf(docChars: number, parents: Int32Array, chars: Uint32Array, isShared: (unit: number) => boolean): number {
  if (docChars <= 0) return 0;
  let covered = 0;
  let sentenceShared = false;
  for (let u = 0; u < parents.length; u++) {
    const shared = isShared(u);
    if (parents[u]! < 0) {
      sentenceShared = shared;
      if (shared) covered += chars[u]!;
    } else if (shared && !sentenceShared) covered += chars[u]!;
  }
  return round4(Math.min(1, covered / docChars));
}
