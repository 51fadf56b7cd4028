/**
 * Clusters of near-duplicate keys (bigram Jaccard ≥ 0.8, see minhash.ts). Pure and deterministic.
 *
 * Clusters are stars, not connected components, so that chains of small edits (城镇居民… ~ 城镇居民…实际… ~
 * 农村居民…实际…) cannot merge different passages: keys are visited by priority (more documents first, then
 * earlier first occurrence) and each key not yet clustered becomes a centre that takes the keys, not yet
 * clustered, that share one of its MinHash band values and pass the exact Jaccard test. Every member is
 * therefore a near-duplicate of its centre.
 *
 * Verifying lazily, centre by centre, means a family of hundreds of near-identical lines (the dated
 * "——2014年1月20日在…人民代表大会第二次会议上" of every report) costs one scan, not all its pairs. Flat typed
 * arrays, not objects per key: this runs over every distinct sentence of the corpus.
 */
import { bigramSets, type EachKey } from './bigram-sets.js';
import { BANDS, NEAR_DUP_JACCARD } from './minhash.js';

export interface NearDupInput {
  /** Number of distinct keys. */
  count: number;
  /**
   * Band values, band by band: key k's value in band b is `bandTable[b·count + k]` (so that each band is read as one
   * column, not every key's six values six times).
   */
  bandTable: Uint32Array;
  /** Visits every key once with its normalised key (read only for candidates): in storage order, not by id. */
  eachKey: EachKey;
  /** Every key id once, in the order keys should become centres (higher priority first). */
  order: Int32Array;
}

/** A centre verifies at most this many unclustered members of one bucket, so no bucket can go quadratic. */
const MAX_SCAN = 512;

/** Cluster id (the centre's key id) of every key; a key without near-duplicates is its own cluster. */
export function nearDuplicateClusters(input: NearDupInput): Int32Array {
  const { members, runs, candidate } = bandBuckets(input);
  const sets = bigramSets(input.count, input.eachKey, candidate, NEAR_DUP_JACCARD);
  // One read per bucket member, not three: state[k] is k's cluster once it has one (≥ 0); before, -1, or
  // -2 - (2·centre + passed) once verified against `centre` — a pair that shares several bands is verified
  // once, and still counts against MAX_SCAN in each bucket. A key that shares no band value is its own cluster.
  const state = new Int32Array(input.count);
  for (let k = 0; k < input.count; k++) state[k] = candidate[k] ? -1 : k;
  for (const centre of input.order) {
    if (state[centre]! >= 0) continue;
    state[centre] = centre;
    for (let b = 0; b < BANDS; b++) {
      const from = runs[centre * BANDS + b]!;
      if (from < 0) continue; // the centre alone
      const keys = members[b]!;
      const to = from + keys[from - 1]!;
      let scanned = 0;
      for (let i = from; i < to && scanned < MAX_SCAN; i++) {
        const other = keys[i]!;
        const s = state[other]!;
        if (s >= 0) continue;
        scanned++;
        let verdict = -2 - s;
        if (s === -1 || verdict >> 1 !== centre) verdict = 2 * centre + (sets.jaccard(centre, other) >= NEAR_DUP_JACCARD ? 1 : 0);
        state[other] = verdict & 1 ? centre : -2 - verdict;
      }
    }
  }
  for (let k = 0; k < input.count; k++) if (state[k]! < 0) state[k] = k;
  return state;
}

interface Buckets {
  /**
   * Per band, the keys that share their value with another key, by value (then id): each run of equal values
   * is its length followed by its keys.
   */
  members: Int32Array[];
  /** Per key and band, where the key's run starts in `members[band]` (`runs[k·BANDS + b]`); -1 if alone. */
  runs: Int32Array;
  /** 1 for the keys that share at least one band value with another key. */
  candidate: Uint8Array;
}

/**
 * Band buckets, and the keys that share at least one band value with another key. Only the runs of two keys
 * or more are kept, as one start per key and band: most keys share no band value at all. Keys are grouped by
 * the low 16 bits of the value in one stable counting pass (ids stay ascending), then each small group is
 * sorted by value: the runs are those of a sort by (value, id), for a fraction of its cost.
 */
function bandBuckets(input: NearDupInput): Buckets {
  const { count, bandTable } = input;
  // As when runs came from sorting value × 2^21 + key in doubles: beyond 2^21 keys, values lose low bits.
  const valueShift = Math.max(21, Math.ceil(Math.log2(count + 1))) - 21;
  const candidate = new Uint8Array(count);
  const members: Int32Array[] = [];
  const runs = new Int32Array(BANDS * count).fill(-1);
  const bucketStart = new Int32Array(BUCKETS + 1);
  const keys = new Int32Array(count);
  const values = new Uint32Array(count);
  const shared = new Int32Array(2 * count);
  for (let b = 0; b < BANDS; b++) {
    bucketStart.fill(0);
    const column = bandTable.subarray(b * count, (b + 1) * count);
    for (let k = 0; k < count; k++) bucketStart[((column[k]! >>> valueShift) & (BUCKETS - 1)) + 1]!++;
    for (let x = 0; x < BUCKETS; x++) bucketStart[x + 1]! += bucketStart[x]!;
    for (let k = 0; k < count; k++) {
      const value = column[k]! >>> valueShift;
      const at = bucketStart[value & (BUCKETS - 1)]!++;
      keys[at] = k;
      values[at] = value;
    }
    // bucketStart[x] is now where bucket x ends
    let n = 0;
    for (let x = 0, from = 0; x < BUCKETS; from = bucketStart[x++]!) {
      const to = bucketStart[x]!;
      if (to - from < 2) continue;
      sortByValue(keys, values, from, to);
      for (let i = from; i < to; ) {
        let j = i + 1;
        while (j < to && values[j] === values[i]) j++;
        if (j - i > 1) {
          shared[n++] = j - i;
          const first = n;
          for (let y = i; y < j; y++) {
            runs[keys[y]! * BANDS + b] = first;
            candidate[keys[y]!] = 1;
            shared[n++] = keys[y]!;
          }
        }
        i = j;
      }
    }
    members.push(shared.slice(0, n));
  }
  return { members, runs, candidate };
}

const BUCKETS = 1 << 16;

/** Stable sort of `keys[from, to)` by `values` (moved along): insertion sort, the groups are a few keys. */
function sortByValue(keys: Int32Array, values: Uint32Array, from: number, to: number): void {
  if (to - from > 64) {
    // a large group (a family of equal values, or chance): no quadratic insertion sort
    const order = Array.from({ length: to - from }, (_, i) => from + i).sort((x, y) => values[x]! - values[y]! || x - y);
    const [k, v] = [order.map((i) => keys[i]!), order.map((i) => values[i]!)];
    keys.set(k, from);
    values.set(v, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const key = keys[i]!;
    const value = values[i]!;
    let j = i;
    for (; j > from && values[j - 1]! > value; j--) {
      keys[j] = keys[j - 1]!;
      values[j] = values[j - 1]!;
    }
    keys[j] = key;
    values[j] = value;
  }
}
