/**
 * The report's chart of stated counts (quantity_trends.csv): per year, the median count a report states of each
 * of the subjects most often reported. Pure: rows in, Vega-Lite spec out.
 */
import { compareStrings as cmp } from '../compare.js';
import type { QuantityTrendRow } from '../schemas/quantities.js';
import { chart, type ChartSpec } from './report-charts.js';

/** Most subjects drawn (those reported by the most documents); quantity_trends.csv has them all. */
export const QUANTITY_SUBJECTS = 8;

/** Median stated count per year, one line per subject (counts only: rates are on another scale). */
export function quantityTrends(rows: readonly QuantityTrendRow[]): ChartSpec {
  const counts = rows.filter((r) => !r.rate && r.median !== null && r.median > 0);
  const reporting = new Map<string, number>();
  for (const r of counts) reporting.set(r.subject, (reporting.get(r.subject) ?? 0) + r.docs_reporting);
  const top = new Set([...reporting].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, QUANTITY_SUBJECTS).map(([s]) => s));
  const values = counts.filter((r) => top.has(r.subject)).map((r) => ({ year: r.year, subject: r.subject, median: r.median, docs: r.docs_reporting }));
  return chart('quantity-trends', 'Stated counts by year',
    `Median count a report states (its largest value of the subject), by year, for the ${QUANTITY_SUBJECTS} subjects reported by the most documents; log scale (quantity_trends.csv).`,
    values, {
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'year', type: 'quantitative', title: 'year', axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false } },
        y: { field: 'median', type: 'quantitative', title: 'median per reporting document', scale: { type: 'log' } },
        color: { field: 'subject', type: 'nominal', title: 'subject' },
        tooltip: [{ field: 'subject' }, { field: 'year' }, { field: 'median' }, { field: 'docs', title: 'documents reporting' }],
      },
    });
}
