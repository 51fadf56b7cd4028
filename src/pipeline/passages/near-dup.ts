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
import { bigramSets } from './bigram-sets.js';
import { BANDS, NEAR_DUP_JACCARD } from './minhash.js';

export interface NearDupInput {
  /** Number of distinct keys. */
  count: number;
  /** Band values, `BANDS` per key: key k's are `bandTable[k·BANDS … k·BANDS + BANDS)`. */
  bandTable: Uint32Array;
  /** The normalised key string of key `k` (asked only for candidates). */
  key(k: number): string;
  /** Every key id once, in the order keys should become centres (higher priority first). */
  order: Int32Array;
}

/** A centre verifies at most this many unclustered members of one bucket, so no bucket can go quadratic. */
const MAX_SCAN = 512;

/** Cluster id (the centre's key id) of every key; a key without near-duplicates is its own cluster. */
export function nearDuplicateClusters(input: NearDupInput): Int32Array {
  const { members, runs, candidate } = bandBuckets(input);
  const sets = bigramSets(input.count, input.key, candidate, NEAR_DUP_JACCARD);
  // One read per bucket member, not three: state[k] is k's cluster once it has one (≥ 0); before, -1, or
  // -2 - (2·centre + passed) once verified against `centre` — a pair that shares several bands is verified
  // once, and still counts against MAX_SCAN in each bucket. A key that shares no band value is its own cluster.
  const state = new Int32Array(input.count);
  for (let k = 0; k < input.count; k++) state[k] = candidate[k] ? -1 : k;
  for (const centre of input.order) {
    if (state[centre]! >= 0) continue;
    state[centre] = centre;
    for (let b = 0; b < BANDS; b++) {
      const from = runs[2 * (centre * BANDS + b)]!;
      const to = runs[2 * (centre * BANDS + b) + 1]!;
      if (to - from < 2) continue; // the centre alone
      const keys = members[b]!;
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
  /** Per band, key ids ordered by band value (then id): keys with equal values are adjacent. */
  members: Int32Array[];
  /** Per key and band, the bounds in `members[band]` of the keys with the same value: `runs[2(k·BANDS + b)]`, `+1`. */
  runs: Int32Array;
  /** 1 for the keys that share at least one band value with another key. */
  candidate: Uint8Array;
}

/** Sorted band tables, and the keys that share at least one band value with another key. */
function bandBuckets(input: NearDupInput): Buckets {
  const { count, bandTable } = input;
  // value × scale + key must stay below 2^53: all 32 bits of the value up to 2^21 keys, fewer beyond.
  const idBits = Math.max(21, Math.ceil(Math.log2(count + 1)));
  const valueShift = idBits - 21;
  const scale = 2 ** idBits;
  const candidate = new Uint8Array(count);
  const members: Int32Array[] = [];
  const runs = new Int32Array(2 * BANDS * count);
  const packed = new Float64Array(count);
  const values = new Uint32Array(count);
  for (let b = 0; b < BANDS; b++) {
    for (let k = 0; k < count; k++) packed[k] = (bandTable[k * BANDS + b]! >>> valueShift) * scale + k;
    packed.sort();
    const keys = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const value = Math.floor(packed[i]! / scale);
      keys[i] = packed[i]! - value * scale;
      values[i] = value;
    }
    for (let i = 0; i < count; ) {
      let j = i + 1;
      while (j < count && values[j] === values[i]) j++;
      for (let x = i; x < j; x++) {
        const at = 2 * (keys[x]! * BANDS + b);
        runs[at] = i;
        runs[at + 1] = j;
        if (j - i > 1) candidate[keys[x]!] = 1;
      }
      i = j;
    }
    members.push(keys);
  }
  return { members, runs, candidate };
}
