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
import { BANDS, jaccardIn, NEAR_DUP_JACCARD, writeBigrams } from './minhash.js';

export interface NearDupInput {
  /** Number of distinct keys. */
  count: number;
  /** Band values, `BANDS` per key: key k's are `bandTable[k·BANDS … k·BANDS + BANDS)`. */
  bandTable: Uint32Array;
  /** The normalised key string of key `k` (asked only for candidates). */
  key(k: number): string;
  /** Priority of centres: negative when key `a` should be a centre before key `b`. */
  compare(a: number, b: number): number;
}

/** A centre verifies at most this many unclustered members of one bucket, so no bucket can go quadratic. */
const MAX_SCAN = 512;

/** Cluster id (the centre's key id) of every key; a key without near-duplicates is its own cluster. */
export function nearDuplicateClusters(input: NearDupInput): Int32Array {
  const { bands, candidates } = bandBuckets(input);
  const jaccard = bigramPool(input, candidates);
  const clusterOf = new Int32Array(input.count).fill(-1);
  for (const centre of candidates.sort(input.compare)) {
    if (clusterOf[centre] !== -1) continue;
    clusterOf[centre] = centre;
    for (const band of bands) {
      const at = band.position[centre]!;
      const to = band.runEnd[at]!;
      let scanned = 0;
      for (let i = band.runStart[at]!; i < to && scanned < MAX_SCAN; i++) {
        const other = band.keys[i]!;
        if (clusterOf[other] !== -1) continue;
        scanned++;
        if (jaccard(centre, other) >= NEAR_DUP_JACCARD) clusterOf[other] = centre;
      }
    }
  }
  for (let k = 0; k < input.count; k++) if (clusterOf[k] === -1) clusterOf[k] = k;
  return clusterOf;
}

/** Sorted bigram sets of the candidate keys in one pool; returns their Jaccard index (0 below the threshold). */
function bigramPool(input: NearDupInput, candidates: readonly number[]) {
  const start = new Int32Array(input.count);
  const end = new Int32Array(input.count);
  let total = 0;
  for (const k of candidates) total += Math.max(1, input.key(k).length - 1);
  const pool = new Uint32Array(total);
  let at = 0;
  for (const k of candidates) {
    start[k] = at;
    at = writeBigrams(input.key(k), pool, at);
    end[k] = at;
  }
  return (a: number, b: number) => jaccardIn(pool, start[a]!, end[a]!, start[b]!, end[b]!, NEAR_DUP_JACCARD);
}

interface Band {
  /** Key ids ordered by band value: keys with equal values are adjacent. */
  keys: Int32Array;
  /** Position of each key in `keys`. */
  position: Int32Array;
  /** For each position, the bounds of its run of equal band values. */
  runStart: Int32Array;
  runEnd: Int32Array;
}

/** Sorted band tables, and the keys that share at least one band value with another key. */
function bandBuckets(input: NearDupInput): { bands: Band[]; candidates: number[] } {
  const { count, bandTable } = input;
  // value × scale + key must stay below 2^53: all 32 bits of the value up to 2^21 keys, fewer beyond.
  const idBits = Math.max(21, Math.ceil(Math.log2(count + 1)));
  const valueShift = idBits - 21;
  const scale = 2 ** idBits;
  const shared = new Uint8Array(count);
  const bands: Band[] = [];
  const packed = new Float64Array(count);
  const values = new Uint32Array(count);
  for (let b = 0; b < BANDS; b++) {
    for (let k = 0; k < count; k++) packed[k] = (bandTable[k * BANDS + b]! >>> valueShift) * scale + k;
    packed.sort();
    const band: Band = {
      keys: new Int32Array(count), position: new Int32Array(count),
      runStart: new Int32Array(count), runEnd: new Int32Array(count),
    };
    for (let i = 0; i < count; i++) {
      const value = Math.floor(packed[i]! / scale);
      const k = packed[i]! - value * scale;
      band.keys[i] = k;
      band.position[k] = i;
      values[i] = value;
    }
    for (let i = 0; i < count; ) {
      let j = i + 1;
      while (j < count && values[j] === values[i]) j++;
      for (let x = i; x < j; x++) {
        band.runStart[x] = i;
        band.runEnd[x] = j;
        if (j - i > 1) shared[band.keys[x]!] = 1;
      }
      i = j;
    }
    bands.push(band);
  }
  const candidates: number[] = [];
  for (let k = 0; k < count; k++) if (shared[k]) candidates.push(k);
  return { bands, candidates };
}
