/**
 * quantity_trends.csv (year × subject) and quantity_groups.csv (metadata group × subject): how much of each kind
 * of CPPCC work the reports of a year or group state. Pure.
 *
 * Each document gives one value per subject: the largest it states. A report states a total and then its parts
 * (收到提案312件 … 经济方面提案63件) or repeats a figure, so the largest is its total; summing every row would
 * count proposals twice. Masked counts (X件) have no value: such a document is counted in `docs_masked` when it
 * states no unmasked count of the subject. Approximate values (3500余篇) count as written. A rate (办复率) is
 * never summed: its `sum` is empty, its median, min and max are over the documents' values like a count's.
 *
 * ok: 2016 × 提案 → docs 12, docs_reporting 9, sum 4310, median 412, min 96, max 1023.
 */
import type { QuantityGroupRow, QuantityTrendRow, QuantityValue } from '../../schemas/quantities.js';
import { groupKey, sortGroups } from '../corpus/groups.js';
import { round4 } from '../corpus/rates.js';

/** What the tables need of one document: its metadata as strings (for groups), year and quantities.csv rows' values. */
export interface QuantityDoc {
  meta: Readonly<Record<string, string>>;
  year: number | null;
  rows: readonly QuantityValue[];
}

/** The subjects of the vocabulary in force, in its order, and which of them are rates. */
export interface QuantitySubjects {
  subjects: readonly string[];
  rates: ReadonlySet<string>;
}

type Measures = Omit<QuantityTrendRow, 'year'>;

/** One row per year that has documents × subject of the vocabulary, by year then vocabulary order. Unknown years are left out. */
export function quantityTrendRows(docs: readonly QuantityDoc[], vocabulary: QuantitySubjects): QuantityTrendRow[] {
  const byYear = new Map<number, QuantityDoc[]>();
  for (const d of docs) if (d.year !== null) push(byYear, d.year, d);
  return [...byYear.keys()].sort((a, b) => a - b).flatMap((year) => measureSubjects(byYear.get(year)!, vocabulary).map((m) => ({ year, ...m })));
}

/** One row per field of `by` × group (as groups.csv orders them) × subject of the vocabulary. */
export function quantityGroupRows(docs: readonly QuantityDoc[], by: readonly string[], vocabulary: QuantitySubjects): QuantityGroupRow[] {
  return by.flatMap((field) => {
    const groups = new Map<string, QuantityDoc[]>();
    for (const d of docs) push(groups, groupKey(d.meta, field), d);
    return sortGroups(groups.keys()).flatMap((group) => measureSubjects(groups.get(group)!, vocabulary).map((m) => ({ by: field, group, ...m })));
  });
}

/** The measures of every subject over one set of documents. */
function measureSubjects(docs: readonly QuantityDoc[], { subjects, rates }: QuantitySubjects): Measures[] {
  const values = new Map<string, { value: number; approx: boolean }[]>();
  const masked = new Map<string, number>();
  for (const d of docs) {
    for (const [subject, v] of documentValues(d.rows)) {
      if (v.value === null) masked.set(subject, (masked.get(subject) ?? 0) + 1);
      else push(values, subject, { value: v.value, approx: v.approx });
    }
  }
  return subjects.map((subject) => {
    const list = values.get(subject) ?? [];
    const sorted = list.map((v) => v.value).sort((a, b) => a - b);
    const rate = rates.has(subject);
    return {
      subject,
      rate,
      docs: docs.length,
      docs_reporting: list.length,
      docs_masked: masked.get(subject) ?? 0,
      approx_docs: list.filter((v) => v.approx).length,
      sum: rate || sorted.length === 0 ? null : round4(sorted.reduce((a, b) => a + b, 0)),
      median: median(sorted),
      min: sorted[0] ?? null,
      max: sorted.at(-1) ?? null,
    };
  });
}

/** Per subject, a document's largest unmasked value (and whether it is approximate), or null when all are masked. */
function documentValues(rows: readonly QuantityValue[]): Map<string, { value: number | null; approx: boolean }> {
  const out = new Map<string, { value: number | null; approx: boolean }>();
  for (const r of rows) {
    const known = out.get(r.subject);
    if (r.value === null) {
      if (!known) out.set(r.subject, { value: null, approx: r.approx });
    } else if (!known || known.value === null || r.value > known.value) {
      out.set(r.subject, { value: r.value, approx: r.approx });
    }
  }
  return out;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : round4((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function push<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}
