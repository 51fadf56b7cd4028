/**
 * keyness.csv: for each group (e.g. each year), the terms most over- and under-represented against the rest
 * of the corpus, as quanteda's `textstat_keyness(measure = "lr")` computes them.
 *
 * For a term and a target group, the 2×2 table is a = count in the group, b = count in the rest,
 * c = other terms in the group, d = other terms in the rest; N = a + b + c + d and the expected counts are
 * E(a) = (a+b)(a+c)/N, E(b) = (a+b)(b+d)/N, E(c) = (a+c)(c+d)/N, E(d) = (b+d)(c+d)/N.
 * G² = 2 Σ O·ln(O/E) (0·ln 0 = 0), signed + when a > E(a), − otherwise. Like quanteda's default, Yates'
 * correction (move each cell 0.5 toward its expectation) applies when |ad − bc| ≥ N/2 and some expected count
 * is below 5. p = P(χ²₁ > |G²|). log_ratio = log2((a/(a+c)) / (b/(b+d))) with a zero count taken as 0.5
 * (Hardie 2014).
 */
import type { KeynessRow } from '../../schemas/keyness.js';
import { chiSquareSf1 } from './chi-square.js';
import type { TermCountsLike } from '../per-document/count.js';
import { countsOf, numberTerms } from './term-ids.js';
import { groupOf, sortGroups } from './groups.js';
import { strongest } from './strongest.js';
import { round4 } from './rates.js';

/** One document: its group (the value of the `by` field; '' = unknown) and its term counts. */
export interface KeynessInput {
  group: string;
  terms: TermCountsLike;
}

export type Correction = 'yates' | 'williams' | 'none';


/** Signed G² of a term: `a` in the target, `b` in the reference, of `targetTotal` and `refTotal` tokens. */
export function signedG2(a: number, b: number, targetTotal: number, refTotal: number, correction: Correction = 'yates'): number {
  const c = targetTotal - a;
  const d = refTotal - b;
  const n = a + b + c + d;
  if (targetTotal <= 0 || refTotal <= 0 || a + b === 0 || c + d === 0) return 0;
  const ea = ((a + b) * (a + c)) / n;
  const eb = ((a + b) * (b + d)) / n;
  const ec = ((a + c) * (c + d)) / n;
  const ed = ((b + d) * (c + d)) / n;
  const delta = correction === 'yates' && Math.abs(a * d - b * c) >= n / 2 && Math.min(ea, eb, ec, ed) < 5 ? 0.5 : 0;
  const toward = a * d - b * c > 0 ? -delta : delta; // move a and d toward their expectations, b and c too
  let g2 = 2 * (xlogx(a + toward, ea) + xlogx(b - toward, eb) + xlogx(c - toward, ec) + xlogx(d + toward, ed));
  if (correction === 'williams' && a * b * c * d !== 0) {
    g2 /= 1 + ((n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1)) / (6 * n);
  }
  return (a > ea ? 1 : -1) * Math.max(0, g2);
}

/** O·ln(O/E), 0 for O ≤ 0 (0·ln 0 = 0). */
function xlogx(o: number, e: number): number {
  return o > 0 ? o * Math.log(o / e) : 0;
}

/** Hardie's log ratio (base 2) of relative frequencies, zero counts taken as 0.5. */
export function logRatio(a: number, b: number, targetTotal: number, refTotal: number): number {
  if (targetTotal === 0 || refTotal === 0) return 0;
  return Math.log2((Math.max(a, 0.5) / targetTotal) / (Math.max(b, 0.5) / refTotal));
}

/**
 * The `top` most over-represented (G² > 0) and `top` most under-represented (G² < 0) terms of each group.
 * Groups in code-unit order (`(unknown)` last); within a group, rows by G² descending, then term. Needs at
 * least two groups (a group needs a rest to be compared with).
 */
export function keynessRows(docs: readonly KeynessInput[], by: string, top = 50, correction: Correction = 'yates'): KeynessRow[] {
  const { terms, totals, groups, ids, counts } = corpusCounts(docs);
  if (groups.size < 2) return [];
  const total = totals.reduce((x, y) => x + y, 0);
  const rows: KeynessRow[] = [];
  const g2 = new Float64Array(terms.length);
  const known = new Float64Array(MEMO_GROUP * MEMO_REST);
  // One group's counts at a time, in one array: an array per group (47 × 40,000 on the provinces) was mostly the
  // cost of touching that much fresh memory.
  const inGroup = new Float64Array(terms.length);
  for (const group of sortGroups(groups.keys())) {
    inGroup.fill(0);
    let targetTotal = 0;
    for (const k of groups.get(group)!) {
      const numbers = ids[k]!;
      const these = counts[k]!;
      for (let i = 0; i < numbers.length; i++) {
        inGroup[numbers[i]!]! += these[i]!;
        targetTotal += these[i]!; // count by count in corpus order, as the group's total always was
      }
    }
    const refTotal = total - targetTotal;
    groupG2(g2, { inGroup, totals, known }, targetTotal, refTotal, correction);
    const { over, under } = strongest(g2, terms, top);
    for (const i of [...over, ...under]) {
      const a = inGroup[i]!;
      const b = totals[i]! - a;
      rows.push({
        by,
        group,
        term: terms[i]!,
        count_group: a,
        count_rest: b,
        g2: round4(g2[i]!),
        p: Number(chiSquareSf1(Math.abs(g2[i]!)).toPrecision(6)),
        log_ratio: round4(logRatio(a, b, targetTotal, refTotal)),
      });
    }
  }
  return rows;
}

/** The small counts whose G² `groupG2` remembers: in the group below the first, in the rest below the second. */
const MEMO_GROUP = 64;
const MEMO_REST = 512;

/**
 * The signed G² of every term in one group, into `g2`. Most terms are rare, and terms with the same counts in the
 * group and in the rest have the same G²: on the provinces (47 years × 40,000 terms) 1.84 million of the 1.90
 * million are 107,000 distinct pairs of small counts. So a pair of small integer counts is computed once per
 * group and its G² remembered in `known` (the same function on the same numbers: the same value).
 */
function groupG2(
  g2: Float64Array, { inGroup, totals, known }: { inGroup: Float64Array; totals: Float64Array; known: Float64Array },
  targetTotal: number, refTotal: number, correction: Correction,
): void {
  known.fill(NaN);
  for (let i = 0; i < g2.length; i++) {
    const a = inGroup[i]!;
    const b = totals[i]! - a;
    if (a >= 0 && a < MEMO_GROUP && b >= 0 && b < MEMO_REST && Number.isInteger(a) && Number.isInteger(b)) {
      const at = a * MEMO_REST + b;
      let value = known[at]!;
      if (Number.isNaN(value)) value = known[at] = signedG2(a, b, targetTotal, refTotal, correction);
      g2[i] = value;
    } else g2[i] = signedG2(a, b, targetTotal, refTotal, correction);
  }
}

/**
 * Terms in order of first occurrence, their corpus counts (in arrays indexed by the terms' numbers, term-ids.ts),
 * each document's numbers and counts, and the documents of each group in corpus order.
 */
function corpusCounts(docs: readonly KeynessInput[]) {
  const { ids, terms } = numberTerms(docs.map((d) => d.terms));
  const totals = new Float64Array(terms.length);
  const counts = docs.map((d) => countsOf(d.terms));
  const groups = new Map<string, number[]>();
  docs.forEach((d, k) => {
    const key = groupOf(d.group);
    const members = groups.get(key);
    if (members) members.push(k);
    else groups.set(key, [k]);
    const numbers = ids[k]!;
    const these = counts[k]!;
    for (let i = 0; i < numbers.length; i++) totals[numbers[i]!]! += these[i]!;
  });
  return { terms, totals, groups, ids, counts };
}
