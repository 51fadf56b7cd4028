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
import { compareStrings } from '../io/list.js';
import type { KeynessRow } from '../schemas/keyness.js';
import { chiSquareSf1 } from './chi-square.js';
import { groupOf, sortGroups } from './groups.js';
import { round4 } from './rates.js';

/** One document: its group (the value of the `by` field; '' = unknown) and its term counts. */
export interface KeynessInput {
  group: string;
  terms: ReadonlyMap<string, number>;
}

export type Correction = 'yates' | 'williams' | 'none';

/** Signed G² of a term: `a` in the target, `b` in the reference, of `targetTotal` and `refTotal` tokens. */
export function signedG2(a: number, b: number, targetTotal: number, refTotal: number, correction: Correction = 'yates'): number {
  const c = targetTotal - a;
  const d = refTotal - b;
  const n = a + b + c + d;
  if (targetTotal <= 0 || refTotal <= 0 || a + b === 0 || c + d === 0) return 0;
  const ea = ((a + b) * (a + c)) / n;
  const delta = correction === 'yates' ? yatesDelta(a, b, c, d, n) : 0;
  const toward = a * d - b * c > 0 ? -delta : delta; // move a and d toward their expectations, b and c away
  const cells: Array<[number, number]> = [
    [a + toward, ea],
    [b - toward, ((a + b) * (b + d)) / n],
    [c - toward, ((a + c) * (c + d)) / n],
    [d + toward, ((b + d) * (c + d)) / n],
  ];
  let g2 = 0;
  for (const [o, e] of cells) if (o > 0) g2 += o * Math.log(o / e);
  g2 *= 2;
  if (correction === 'williams' && a * b * c * d !== 0) {
    g2 /= 1 + ((n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1)) / (6 * n);
  }
  return (a > ea ? 1 : -1) * Math.max(0, g2);
}

function yatesDelta(a: number, b: number, c: number, d: number, n: number): number {
  const small = [((a + b) * (a + c)) / n, ((a + b) * (b + d)) / n, ((a + c) * (c + d)) / n, ((c + d) * (b + d)) / n].some((e) => e < 5);
  return Math.abs(a * d - b * c) >= n / 2 && small ? 0.5 : 0;
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
  const byGroup = new Map<string, Map<string, number>>();
  const corpus = new Map<string, number>();
  for (const d of docs) {
    const key = groupOf(d.group);
    let counts = byGroup.get(key);
    if (!counts) byGroup.set(key, (counts = new Map()));
    for (const [term, n] of d.terms) {
      counts.set(term, (counts.get(term) ?? 0) + n);
      corpus.set(term, (corpus.get(term) ?? 0) + n);
    }
  }
  if (byGroup.size < 2) return [];
  const total = sum(corpus);
  const rows: KeynessRow[] = [];
  for (const group of sortGroups(byGroup.keys())) {
    const counts = byGroup.get(group)!;
    const targetTotal = sum(counts);
    const refTotal = total - targetTotal;
    const scored: KeynessRow[] = [];
    for (const [term, all] of corpus) {
      const a = counts.get(term) ?? 0;
      const b = all - a;
      const g2 = signedG2(a, b, targetTotal, refTotal, correction);
      if (g2 === 0) continue;
      scored.push({
        by,
        group,
        term,
        count_group: a,
        count_rest: b,
        g2: round4(g2),
        p: Number(chiSquareSf1(Math.abs(g2)).toPrecision(6)),
        log_ratio: round4(logRatio(a, b, targetTotal, refTotal)),
      });
    }
    scored.sort((x, y) => y.g2 - x.g2 || compareStrings(x.term, y.term));
    const over = scored.filter((r) => r.g2 > 0).slice(0, top);
    const under = scored.filter((r) => r.g2 < 0).slice(-top);
    rows.push(...over, ...under);
  }
  return rows;
}

function sum(m: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
