/**
 * collocations.csv: the multiword expressions of a corpus — sequences of words that the segmenter cuts apart
 * but that occur together far more than chance (新/常态), short phrases the reports quote (“最多跑一次”) and
 * the A+ pattern (互联网+). Found from the per-document candidates of phrase-candidates.ts, never from a list.
 *
 * Scoring (quanteda's `textstat_collocations`, for two words): over all counted adjacent pairs (N), the 2×2
 * table of a pair (a b) is n11 = pairs a b, n12 = pairs a ·(not b), n21 = pairs ·(not a) b, n22 = the rest.
 * G² = 2 Σ O·ln(O/E) without continuity correction; λ = ln((n11+½)(n22+½) / ((n12+½)(n21+½))) as quanteda
 * smooths it. A sequence of three words is scored as the pair (its first two words as one unit, the third
 * word): n11 = its count, the unit's margin = the count of its first two words as a pair.
 */
import { compareStrings } from '../../compare.js';
import type { CollocationRow } from '../../schemas/formulations.js';
import type { TermCounts } from '../per-document/count.js';
import { signedG2 } from '../corpus/keyness.js';
import { round4 } from '../corpus/rates.js';
import { numberTerms, type NumberedTerms } from '../corpus/term-ids.js';
import { WordCounts } from './word-counts.js';

/** Thresholds of a collocation; docs/method/formulations.md gives the reasons. */
export const COLLOCATION_THRESHOLDS = {
  /** Occurrences in the corpus (n-grams, quoted phrases and A+ alike). */
  minCount: 10,
  /** Documents it occurs in. */
  minDocuments: 5,
  /** G² of an n-gram: 10.83 is p < 0.001 under χ²(1). */
  minG2: 10.83,
  /** λ of an n-gram: the odds of the second part after the first at least e³ ≈ 20 times those elsewhere. */
  minLambda: 3,
  /** Documents that quote a phrase (or write A+) for it to count without a statistic. */
  minQuotedDocuments: 3,
  /** A pair that occurs this share of times or more inside an accepted three-word sequence is that sequence. */
  coveredShare: 0.9,
} as const;

/** Thresholds of the same names with other values (a test, a study that wants rarer phrases). */
export type CollocationThresholds = { readonly [K in keyof typeof COLLOCATION_THRESHOLDS]: number };

/** A phrase accepted as one unit: its row, and the candidate key whose per-document counts are its counts. */
export interface Collocation {
  key: string;
  row: CollocationRow;
  /** The number of `key` among the candidate keys of the documents it was found in (term-ids.ts). */
  id?: number;
}

interface Total {
  count: number;
  documents: number;
}

/**
 * Per-document candidate counts (in corpus order) → the accepted collocations, by G² descending, then phrase.
 * `numbered`: the documents' candidate keys numbered (term-ids.ts), when the caller has them already.
 */
export function findCollocations(
  docs: readonly TermCounts[], thresholds: CollocationThresholds = COLLOCATION_THRESHOLDS, numbered: NumberedTerms = numberTerms(docs),
): Collocation[] {
  const totals = sumCandidates(docs, numbered);
  // The candidates frequent enough to be scored, in order of first occurrence, and the words and pairs their
  // scores read: the margins count only those, in one pass over the pairs.
  const frequent: number[] = [];
  const margins = { first: new WordCounts(), second: new WordCounts(), heads: new WordCounts() };
  for (let at = 0; at < totals.keys.length; at++) {
    if (totals.count[at]! < thresholds.minCount || totals.documents[at]! < thresholds.minDocuments) continue;
    const key = totals.keys[at]!;
    if (key.startsWith('‘')) continue; // a word quoted: evidence for formulations.csv, no phrase
    frequent.push(at);
    const spaces = spacesOf(key);
    if (spaces === undefined) continue;
    if (spaces.second === -1) margins.first.include(key, 0, spaces.first);
    else margins.heads.include(key, 0, spaces.second);
    margins.second.include(key, spaces.last + 1, key.length);
  }
  const counted = pairMargins(totals, margins);
  const accepted: Collocation[] = [];
  for (const at of frequent) {
    const key = totals.keys[at]!;
    const row = scoreCandidate(key, { count: totals.count[at]!, documents: totals.documents[at]! }, counted, thresholds);
    if (row) accepted.push({ key, row, id: at });
  }
  const kept = dropCoveredPairs(accepted, thresholds.coveredShare);
  kept.sort((x, y) => (y.row.g2 ?? -1) - (x.row.g2 ?? -1) || compareStrings(x.row.phrase, y.row.phrase));
  // A phrase found both as an ngram and quoted is listed once, as the ngram (it counts every occurrence).
  const seen = new Set<string>();
  return kept.filter(({ row }) => !seen.has(row.phrase) && seen.add(row.phrase));
}

/**
 * The candidate keys' corpus counts and document frequencies, as columns indexed by the keys' numbers in order of
 * first occurrence (term-ids.ts): no map of millions of keys, and no string read per occurrence.
 */
interface Totals {
  keys: string[];
  count: Float64Array;
  documents: Uint32Array;
}

function sumCandidates(docs: readonly TermCounts[], { ids, terms: keys }: NumberedTerms): Totals {
  const count = new Float64Array(keys.length);
  const documents = new Uint32Array(keys.length);
  docs.forEach(({ counts }, d) => {
    const numbers = ids[d]!;
    for (let i = 0; i < numbers.length; i++) {
      const n = numbers[i]!;
      count[n] = count[n]! + counts[i]!;
      documents[n] = documents[n]! + 1;
    }
  });
  return { keys, count, documents };
}

/**
 * How often each word begins (`first`) and ends (`second`) a counted pair, the number of pairs, and the counts of
 * the pairs `heads` (the heads of three-word candidates; 0 for a pair never counted): for the words and pairs the
 * frequent candidates' scores read, the ones included in each `WordCounts`.
 */
interface Margins {
  first: WordCounts;
  second: WordCounts;
  heads: WordCounts;
  pairs: number;
}

/** Add every counted pair to the margins of its two words and, if it is one of `heads`, to its own count. */
function pairMargins(totals: Totals, counts: Omit<Margins, 'pairs'>): Margins {
  const { first, second, heads } = counts;
  let pairs = 0;
  for (let at = 0; at < totals.keys.length; at++) {
    const key = totals.keys[at]!;
    const space = key.indexOf(' ');
    if (space === -1 || key.indexOf(' ', space + 1) !== -1) continue; // not a pair
    const count = totals.count[at]!;
    first.add(key, 0, space, count);
    second.add(key, space + 1, key.length, count);
    heads.add(key, 0, key.length, count);
    pairs += count;
  }
  return { ...counts, pairs };
}

function scoreCandidate(key: string, t: Total, m: Margins, th: CollocationThresholds): CollocationRow | null {
  const spaces = spacesOf(key);
  if (spaces === undefined) {
    if (t.documents < th.minQuotedDocuments) return null;
    const plus = key.endsWith('+');
    const phrase = plus ? key : key.slice(1, -1);
    return { phrase, kind: plus ? 'plus' : 'quoted', tokens: phrase, count: t.count, documents: t.documents, g2: null, lambda: null };
  }
  // A longer n-gram is scored as the pair (its first two words as one unit, its last word).
  const headMargin = spaces.second === -1 ? m.first.get(key, 0, spaces.first) : m.heads.get(key, 0, spaces.second);
  const stat = pairStatistics(t.count, headMargin, m.second.get(key, spaces.last + 1, key.length), m.pairs);
  if (stat.g2 < th.minG2 || stat.lambda < th.minLambda) return null;
  return { phrase: key.replaceAll(' ', ''), kind: 'ngram', tokens: key, count: t.count, documents: t.documents, g2: round4(stat.g2), lambda: round4(stat.lambda) };
}

/**
 * Where the words of an n-gram key (`新 质 生产力`) part: its first space, its second (−1 for a pair) and its last;
 * undefined for a quoted phrase or an A+ key. Its first word ends at `first`, its head (the first two words, scored
 * as one unit) at `second`, and its last word begins after `last`.
 */
function spacesOf(key: string): { first: number; second: number; last: number } | undefined {
  const first = key.indexOf(' ');
  return first === -1 ? undefined : { first, second: key.indexOf(' ', first + 1), last: key.lastIndexOf(' ') };
}

/**
 * G² and λ of a pair that occurs `n11` times, whose first part begins `firstMargin` pairs and whose second part
 * ends `secondMargin` pairs, of `n` pairs. G² is signed: negative when the pair is rarer than chance.
 */
export function pairStatistics(n11: number, firstMargin: number, secondMargin: number, n: number): { g2: number; lambda: number } {
  const n12 = Math.max(0, firstMargin - n11);
  const n21 = Math.max(0, secondMargin - n11);
  const n22 = Math.max(0, n - n11 - n12 - n21);
  const g2 = signedG2(n11, n21, n11 + n12, n21 + n22, 'none');
  const lambda = Math.log(((n11 + 0.5) * (n22 + 0.5)) / ((n12 + 0.5) * (n21 + 0.5)));
  return { g2, lambda };
}

/** The words of an n-gram key (`新 常态`), or undefined for a quoted phrase or an A+ key. */
function ngramWords(key: string): string[] | undefined {
  return key.includes(' ') ? key.split(' ') : undefined;
}

/** Drop an accepted pair that is nearly always part of an accepted three-word sequence (新 质 of 新 质 生产力). */
function dropCoveredPairs(accepted: readonly Collocation[], share: number): Collocation[] {
  const inTriples = new Map<string, number>();
  for (const { key, row } of accepted) {
    const words = ngramWords(key);
    if (words?.length !== 3) continue;
    for (const pair of [`${words[0]} ${words[1]}`, `${words[1]} ${words[2]}`]) inTriples.set(pair, (inTriples.get(pair) ?? 0) + row.count);
  }
  return accepted.filter(({ key, row }) => (inTriples.get(key) ?? 0) < share * row.count);
}
