/**
 * Counts per unordered document pair, for the similarity table. Pure.
 *
 * Boilerplate passages occur in hundreds of reports, so the pair counts of a corpus are dense: a triangular
 * typed array (4 bytes a pair) is both the fastest and the smallest store up to some 6,000 documents; above
 * that a Map keeps memory proportional to the pairs that actually share something.
 */

/** Pair counts for documents `0 … n-1`. */
export interface PairCounts {
  /** Add one to every pair of `docs` (distinct indices, any order). */
  addAll(docs: ArrayLike<number>): void;
  /** Visit every pair with a count above zero, `a < b`. */
  forEach(visit: (a: number, b: number, count: number) => void): void;
}

const DENSE_LIMIT = 18_000_000;

/** A pair counter sized for `n` documents. */
export function createPairCounts(n: number): PairCounts {
  const pairs = (n * (n - 1)) / 2;
  return pairs <= DENSE_LIMIT ? denseCounts(n, pairs) : sparseCounts(n);
}

function denseCounts(n: number, pairs: number): PairCounts {
  const counts = new Uint32Array(Math.max(pairs, 0));
  // Row a starts at a*n - a*(a+1)/2; the pair (a, b), a < b, sits at rowStart(a) + (b - a - 1).
  const rowStart = (a: number) => a * n - (a * (a + 1)) / 2;
  return {
    addAll(docs) {
      const sorted = Array.from(docs).sort((x, y) => x - y);
      for (let i = 0; i < sorted.length; i++) {
        const a = sorted[i]!;
        const base = rowStart(a) - a - 1;
        for (let j = i + 1; j < sorted.length; j++) counts[base + sorted[j]!]!++;
      }
    },
    forEach(visit) {
      for (let a = 0; a < n; a++) {
        const base = rowStart(a) - a - 1;
        for (let b = a + 1; b < n; b++) {
          const c = counts[base + b]!;
          if (c > 0) visit(a, b, c);
        }
      }
    },
  };
}

function sparseCounts(n: number): PairCounts {
  const counts = new Map<number, number>();
  return {
    addAll(docs) {
      const sorted = Array.from(docs).sort((x, y) => x - y);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const key = sorted[i]! * n + sorted[j]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    },
    forEach(visit) {
      const keys = [...counts.keys()].sort((x, y) => x - y);
      for (const key of keys) visit(Math.floor(key / n), key % n, counts.get(key)!);
    },
  };
}
