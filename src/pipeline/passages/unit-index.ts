/**
 * Corpus-wide indexes of passage units. Pure; typed arrays throughout, because the 773 government reports
 * have some 700,000 units and a Map of string keys alone costs a second there.
 *
 * Documents are addressed by rank: their position in the order that defines "first occurrence" (the caller
 * sorts them). Units are addressed by (rank, index in that document's unit list).
 */

/** Distinct normalised keys: the key id of every unit. Key ids follow hash order (arbitrary but stable; corpus-index.ts). */
export interface KeyIds {
  count: number;
  /** Per document rank, per unit: key id. */
  keyOf: Int32Array[];
}

/** Documents per group (a key, or a cluster of near-duplicate keys), in compressed sparse rows. */
export interface GroupDocs {
  count: number;
  /** Docs of group g are `docs[start[g] … start[g+1])`, ascending ranks, each once. */
  start: Int32Array;
  docs: Int32Array;
  /** First occurrence of each group: document rank and unit index. */
  firstDoc: Int32Array;
  firstUnit: Int32Array;
}

const DIRECTORY_BITS = 16;

/**
 * The indexes of `values[0, n)` (distinct, each below 2^53) in ascending order of their values. The values are
 * hashes, spread evenly: one counting pass by their top 16 bits leaves groups of a few, each then sorted by
 * insertion — a fraction of the cost of sorting them all and looking each up again.
 */
export function ascendingOrder(values: Float64Array, n: number): Int32Array {
  const bucketOf = (value: number) => Math.floor(value / 2 ** (53 - DIRECTORY_BITS));
  // bucket b's indexes go to order[next[b] …)
  const next = new Int32Array((1 << DIRECTORY_BITS) + 1);
  for (let i = 0; i < n; i++) next[bucketOf(values[i]!) + 1]!++;
  for (let b = 0; b < 1 << DIRECTORY_BITS; b++) next[b + 1]! += next[b]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[bucketOf(values[i]!)]!++] = i;
  // next[b] is now where bucket b ends, and so where bucket b + 1 starts
  for (let b = 0, from = 0; b < 1 << DIRECTORY_BITS; from = next[b++]!) sortByValues(order, values, from, next[b]!);
  return order;
}

/** Sort `order[from, to)` by `values`: insertion sort for the few of a bucket, the runtime's sort for a crowded one. */
function sortByValues(order: Int32Array, values: Float64Array, from: number, to: number): void {
  if (to - from > 64) {
    order.subarray(from, to).sort((x, y) => values[x]! - values[y]!);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const index = order[i]!;
    const value = values[index]!;
    let j = i;
    for (; j > from && values[order[j - 1]!]! > value; j--) order[j] = order[j - 1]!;
    order[j] = index;
  }
}

/**
 * Documents of each group, where `groupOf[key]` maps key ids to `count` groups (an array, not a function: called
 * with two functions, this loop ran at a quarter of its speed the second time).
 */
export function groupDocs(ids: KeyIds, count: number, groupOf: Int32Array): GroupDocs {
  const last = new Int32Array(count).fill(-1);
  const size = new Int32Array(count + 1);
  const firstDoc = new Int32Array(count).fill(-1);
  const firstUnit = new Int32Array(count).fill(-1);
  ids.keyOf.forEach((keys, d) => {
    for (let u = 0; u < keys.length; u++) {
      const g = groupOf[keys[u]!]!;
      if (last[g] === d) continue;
      last[g] = d;
      size[g + 1]!++;
      if (firstDoc[g] === -1) {
        firstDoc[g] = d;
        firstUnit[g] = u;
      }
    }
  });
  const start = new Int32Array(count + 1);
  for (let g = 0; g < count; g++) start[g + 1] = start[g]! + size[g + 1]!;
  const docs = new Int32Array(start[count]!);
  const fill = start.slice(0, count);
  last.fill(-1);
  ids.keyOf.forEach((keys, d) => {
    for (let u = 0; u < keys.length; u++) {
      const g = groupOf[keys[u]!]!;
      if (last[g] === d) continue;
      last[g] = d;
      docs[fill[g]!++] = d;
    }
  });
  return { count, start, docs, firstDoc, firstUnit };
}

/** Number of documents of group `g`. */
export function docCount(groups: GroupDocs, g: number): number {
  return groups.start[g + 1]! - groups.start[g]!;
}

/** The document ranks of group `g`. */
export function docsOf(groups: GroupDocs, g: number): Int32Array {
  return groups.docs.subarray(groups.start[g]!, groups.start[g + 1]!);
}

/**
 * Key ids by priority as centres of near-duplicate clusters: found in more documents first, then earlier first
 * occurrence (document rank, then unit index). Linear: the walk over the units meets keys in first-occurrence
 * order, and a stable counting sort by document count keeps it.
 */
export function byPriority(ids: KeyIds): Int32Array {
  // One walk over the units: each key's first occurrence, and the documents it is found in (counted once each).
  const firstSeen = new Int32Array(ids.count);
  const docs = new Int32Array(ids.count);
  const lastDoc = new Int32Array(ids.count).fill(-1);
  let n = 0;
  let most = 0;
  ids.keyOf.forEach((keys, d) => {
    for (let u = 0; u < keys.length; u++) {
      const k = keys[u]!;
      if (lastDoc[k] === d) continue;
      if (lastDoc[k] === -1) firstSeen[n++] = k;
      lastDoc[k] = d;
      if (++docs[k]! > most) most = docs[k]!;
    }
  });
  // slot[c] = where the keys found in c documents start: the most documents first
  const slot = new Int32Array(most + 2);
  for (let k = 0; k < ids.count; k++) slot[most - docs[k]! + 1]!++;
  for (let c = 1; c < slot.length; c++) slot[c]! += slot[c - 1]!;
  const order = new Int32Array(ids.count);
  for (const k of firstSeen) order[slot[most - docs[k]!]!++] = k;
  return order;
}

/**
 * Groups that are redundant: a clause group found in exactly the same documents as the group of a sentence
 * it belongs to adds nothing to that sentence (every document with the clause has it inside the sentence).
 * Such groups are neither rows of shared_passages.csv nor members of a document's set for the similarity.
 */
export function redundantGroups(
  parentsOf: readonly Int32Array[], ids: KeyIds, groups: GroupDocs, groupOf: Int32Array,
): Uint8Array {
  const redundant = new Uint8Array(groups.count);
  parentsOf.forEach((parents, d) => {
    const keys = ids.keyOf[d]!;
    for (let u = 0; u < parents.length; u++) {
      const parent = parents[u]!;
      if (parent < 0) continue;
      const g = groupOf[keys[u]!]!;
      const p = groupOf[keys[parent]!]!;
      if (g !== p && !redundant[g] && sameDocs(groups, g, p)) redundant[g] = 1;
    }
  });
  return redundant;
}

/** Whether groups `g` and `p` are found in the same documents (read in place: this runs for every clause). */
function sameDocs(groups: GroupDocs, g: number, p: number): boolean {
  const { start, docs } = groups;
  const n = start[g + 1]! - start[g]!;
  if (n !== start[p + 1]! - start[p]!) return false;
  for (let i = 0; i < n; i++) if (docs[start[g]! + i] !== docs[start[p]! + i]) return false;
  return true;
}
