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
import { compareStrings } from '../../compare.js';
import type { KeynessRow } from '../../schemas/keyness.js';
import { chiSquareSf1 } from './chi-square.js';
import type { TermCountsLike } from '../per-document/count.js';
import { countsOf, numberTerms } from './term-ids.js';
import { groupOf, sortGroups } from './groups.js';
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
  const { terms, totals, groups } = groupCounts(docs);
  if (groups.size < 2) return [];
  const total = totals.reduce((x, y) => x + y, 0);
  const rows: KeynessRow[] = [];
  const g2 = new Float64Array(terms.length);
  for (const group of sortGroups(groups.keys())) {
    const { inGroup, targetTotal } = groups.get(group)!;
    const refTotal = total - targetTotal;
    for (let i = 0; i < terms.length; i++) g2[i] = signedG2(inGroup[i]!, totals[i]! - inGroup[i]!, targetTotal, refTotal, correction);
    for (const i of [...strongest(g2, terms, top, 1), ...strongest(g2, terms, top, -1)]) {
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

/**
 * Terms in order of first occurrence, their corpus counts, and per group the count of every term and the
 * group's total, in arrays indexed by the terms' numbers (term-ids.ts).
 */
function groupCounts(docs: readonly KeynessInput[]) {
  const { ids, terms } = numberTerms(docs.map((d) => d.terms));
  const totals = new Float64Array(terms.length);
  const groups = new Map<string, { inGroup: Float64Array; targetTotal: number }>();
  docs.forEach((d, k) => {
    const key = groupOf(d.group);
    const g = groups.get(key) ?? { inGroup: new Float64Array(terms.length), targetTotal: 0 };
    groups.set(key, g);
    const numbers = ids[k]!;
    const counts = countsOf(d.terms);
    for (let i = 0; i < numbers.length; i++) {
      const id = numbers[i]!;
      const count = counts[i]!;
      g.inGroup[id]! += count;
      totals[id]! += count;
      g.targetTotal += count;
    }
  });
  return { terms, totals, groups };
}

/**
 * Indices of the `top` largest |G²| with the given sign (ties by term), returned by G² descending then term.
 * A numeric threshold first, so that only the few candidates are sorted with string comparison.
 */
function strongest(g2: Float64Array, terms: readonly string[], top: number, sign: 1 | -1): number[] {
  let n = 0;
  for (let i = 0; i < g2.length; i++) if (g2[i]! * sign > 0) n++;
  if (n === 0 || top <= 0) return [];
  const sizes = new Float64Array(n);
  for (let i = 0, j = 0; i < g2.length; i++) if (g2[i]! * sign > 0) sizes[j++] = Math.abs(g2[i]!);
  const threshold = kthSmallest(sizes, Math.max(0, sizes.length - top));
  const candidates: number[] = [];
  for (let i = 0; i < g2.length; i++) if (g2[i]! * sign > 0 && Math.abs(g2[i]!) >= threshold) candidates.push(i);
  const byStrength = (x: number, y: number) => Math.abs(g2[y]!) - Math.abs(g2[x]!) || compareStrings(terms[x]!, terms[y]!);
  const descending = (x: number, y: number) => g2[y]! - g2[x]! || compareStrings(terms[x]!, terms[y]!);
  return candidates.sort(byStrength).slice(0, top).sort(descending);
}

/** The value that `values.sort()[k]` would give (no NaN), by quickselect: linear, where sorting was most of the work. Reorders `values`. */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}
