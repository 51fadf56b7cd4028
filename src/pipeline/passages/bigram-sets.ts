/**
 * Exact bigram Jaccard indexes between the candidate keys of the near-duplicate search (near-dup.ts). Pure
 * apart from scratch tables that live as long as the returned object.
 *
 * The keys' code units are copied into one pool, with the number of distinct bigrams of each key, and nothing
 * is sorted: the first key of a comparison (the cluster centre, the same for many comparisons in a row) is
 * loaded into a small open-addressing hash set, and the other key's bigrams are looked up in it one by one,
 * stopping as soon as the threshold is out of reach. Same values as `jaccardIn` over sorted sets (minhash.ts),
 * in half the memory and without sorting 365,000 sets.
 */

/** Jaccard index of the bigram sets of keys `a` and `b`; 0 once it cannot reach the threshold. */
export interface BigramSets {
  jaccard(a: number, b: number): number;
}

/** Calls `visit` once for every key id `k`, its key being `text.slice(from, to)`. */
export type EachKey = (visit: (k: number, codes: Uint16Array, from: number, to: number) => void) => void;

/**
 * Bigram sets of the keys `k` with `include[k] === 1` among `count` keys, given by `eachKey`; `jaccard`
 * answers for those keys only, and returns 0 as soon as the index cannot reach `atLeast` (as `jaccardIn`
 * does). A key of fewer than two code units has one "bigram", its code unit (0 if empty), as in `bigrams`.
 */
export function bigramSets(count: number, eachKey: EachKey, include: Uint8Array, atLeast: number): BigramSets {
  // meta[3k]: start in the pool, meta[3k+1]: code units, meta[3k+2]: distinct bigrams — one cache line a key
  const meta = new Int32Array(3 * count);
  let total = 0;
  let longest = 1;
  eachKey((k, _, from, to) => {
    if (!include[k]) return;
    total += to - from;
    longest = Math.max(longest, to - from);
  });
  const pool = new Uint16Array(total);
  const table = createTable(longest);
  let at = 0;
  eachKey((k, codes, from, to) => {
    if (!include[k]) return;
    pool.set(codes.subarray(from, to), at);
    meta[3 * k] = at;
    meta[3 * k + 1] = to - from;
    meta[3 * k + 2] = load(table, pool, at, to - from);
    at += to - from;
  });
  let loaded = -1;
  return {
    jaccard(a, b) {
      const na = meta[3 * a + 2]!;
      const nb = meta[3 * b + 2]!;
      // |A ∩ B| / |A ∪ B| ≤ min / max: sets of very different sizes cannot be near-duplicates.
      if (Math.min(na, nb) < atLeast * Math.max(na, nb)) return 0;
      if (loaded !== a) {
        load(table, pool, meta[3 * a]!, meta[3 * a + 1]!);
        loaded = a;
      }
      const common = commonBigrams(table, pool, meta[3 * b]!, meta[3 * b + 1]!, (atLeast * (na + nb)) / (1 + atLeast) - 1e-9);
      return common < 0 ? 0 : common / (na + nb - common);
    },
  };
}

/** An open-addressing set of 32-bit values; a slot is in the set while `stamp[slot] === generation`. */
interface Table {
  mask: number;
  shift: number;
  values: Uint32Array;
  stamp: Int32Array;
  generation: number;
  /** Per lookup round: a slot already counted as common while `seen[slot] === round`. */
  seen: Int32Array;
  round: number;
}

function createTable(longest: number): Table {
  let bits = 6;
  while (1 << bits < 2 * longest) bits++;
  const size = 1 << bits;
  return { mask: size - 1, shift: 32 - bits, values: new Uint32Array(size), stamp: new Int32Array(size), generation: 0, seen: new Int32Array(size), round: 0 };
}

function gram(pool: Uint16Array, from: number, length: number, i: number): number {
  return length < 2 ? (length === 1 ? pool[from]! : 0) : ((pool[from + i]! << 16) | pool[from + i + 1]!) >>> 0;
}

/** Make the table the bigram set of `pool[from, from + length)`; returns its size. */
function load(t: Table, pool: Uint16Array, from: number, length: number): number {
  const generation = ++t.generation;
  let size = 0;
  for (let i = 0, n = Math.max(1, length - 1); i < n; i++) {
    const v = gram(pool, from, length, i);
    let slot = Math.imul(v, 0x9e3779b1) >>> t.shift;
    while (t.stamp[slot] === generation && t.values[slot] !== v) slot = (slot + 1) & t.mask;
    if (t.stamp[slot] === generation) continue;
    t.stamp[slot] = generation;
    t.values[slot] = v;
    size++;
  }
  return size;
}

/**
 * Distinct bigrams of `pool[from, from + length)` in the table; -1 as soon as fewer than `needed` are possible
 * (what is left of the key, duplicates included, bounds what can still match).
 */
function commonBigrams(t: Table, pool: Uint16Array, from: number, length: number, needed: number): number {
  const { mask, shift, values, stamp, seen, generation } = t;
  const round = ++t.round;
  let common = 0;
  for (let i = 0, n = Math.max(1, length - 1); i < n; i++) {
    if (common + n - i < needed) return -1;
    const v = gram(pool, from, length, i);
    let slot = Math.imul(v, 0x9e3779b1) >>> shift;
    while (stamp[slot] === generation && values[slot] !== v) slot = (slot + 1) & mask;
    if (stamp[slot] === generation && seen[slot] !== round) {
      seen[slot] = round;
      common++;
    }
  }
  return common;
}
