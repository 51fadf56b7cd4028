/**
 * The report's comparison charts: theme trends as small multiples, and consultation topic families by year and
 * by region. Pure: rows in, Vega-Lite spec out.
 *
 * A rate over few documents swings: every trend panel draws the year's documents as grey bars behind the line,
 * and the topic heat maps write each cell's document count in it. A year inside the range with no document is
 * a gap in the line (a null rate breaks the path), not a straight line drawn across it.
 */
import { compareStrings as cmp } from '../compare.js';
import type { TopicFamilyRow, TopicTrends } from '../schemas/topic-families.js';
import type { TrendRow } from '../schemas/trends.js';
import { chart, COUNT_AXIS, type ChartDocument, type ChartSpec } from './report-charts.js';

/** Theme panels in the trend small multiples (the themes with the most hits). */
export const TREND_THEMES = 12;
/** Rows (topic families with the most documents) and region columns of the topic heat maps. */
export const TOP_FAMILIES = 25;
export const TOP_TOPIC_REGIONS = 30;

/** Every year from the first to the last, so that a year without documents is a gap. */
function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** Year axis of a panel: every year a band, labelled every fifth year when there are many. */
function yearAxis(years: readonly number[]) {
  const every = years.length > 16 ? 5 : 1;
  return { field: 'year', type: 'ordinal', title: null, sort: years, axis: { labelAngle: 0, labelExpr: `datum.value % ${every} === 0 ? datum.label : ''` } } as const;
}

/** Theme rates per year (trends.csv), one panel per theme, documents of the year as bars behind the line. */
export function themeTrends(trends: readonly TrendRow[]): ChartSpec {
  const hits = new Map<string, number>();
  for (const t of trends) hits.set(t.theme, (hits.get(t.theme) ?? 0) + t.hits);
  const top = [...hits].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, TREND_THEMES).map(([k]) => k);
  const labels = new Map(trends.map((t) => [t.theme, t.label || t.theme]));
  const rows = new Map(trends.map((t) => [`${t.theme}\t${t.year}`, t]));
  const docs = new Map(trends.map((t) => [t.year, t.docs]));
  const years = yearRange([...docs.keys()]);
  const values = top.flatMap((theme) => years.map((year) => {
    const r = rows.get(`${theme}\t${year}`);
    return { theme: labels.get(theme)!, year, rate: r ? r.per_10k_chars : null, docs: docs.get(year) ?? 0 };
  }));
  const caption = `Hits per 10,000 Han characters by year (blue line, left axis) for the ${TREND_THEMES} themes with the most hits, `
    + 'and the number of documents of each year (grey bars, right axis): a rate over one or two documents swings. '
    + 'A year without documents is a gap in the line (trends.csv).';
  return chart('theme-trends', 'Theme trends over years', caption, top.length ? values : [], {
    facet: { field: 'theme', type: 'nominal', title: null, sort: top.map((t) => labels.get(t)), header: { labelFontSize: 13, labelFontWeight: 'bold', labelAnchor: 'start' } },
    columns: 3,
    spec: {
      width: 330,
      height: 130,
      layer: [
        { mark: { type: 'bar', color: '#dde3e9' }, encoding: { x: yearAxis(years), y: { field: 'docs', type: 'quantitative', title: null, axis: { ...COUNT_AXIS, orient: 'right', labelColor: '#8c959f', grid: false } } } },
        { mark: { type: 'line', point: true, color: '#0969da' }, encoding: { x: yearAxis(years), y: { field: 'rate', type: 'quantitative', title: null } } },
      ],
      resolve: { scale: { y: 'independent' } },
    },
    resolve: { scale: { y: 'independent' } },
  });
}

/** What the topic charts read: topic_families.csv's rows and topic_trends.json. */
export interface TopicChartData {
  topicFamilies: readonly TopicFamilyRow[];
  topicTrends: TopicTrends;
}

/** Topic families by year (topic_trends.json): share of the year's documents, count written in each cell. */
export function topicFamiliesByYear({ topicFamilies, topicTrends: trends }: TopicChartData): ChartSpec {
  const families = topFamilies(topicFamilies, trends);
  const yearDocs = new Map(trends.years.map((y) => [y.year, y.documents]));
  const years = yearRange(trends.years.map((y) => y.year));
  const values = families.flatMap((f) => f.by_year.map((c) => ({
    family: f.name, year: c.year, documents: c.documents, share: c.documents / yearDocs.get(c.year)!,
  })));
  const header = years.map((year) => ({ family: 'documents that year', year, documents: yearDocs.get(year) ?? 0, share: null }));
  const order = ['documents that year', ...families.map((f) => f.name)];
  return chart('topic-families-by-year', 'Topic families by year',
    `Topic families (the ${TOP_FAMILIES} put to consultation in the most documents) by year: colour is the share of that year's documents, `
    + 'the number is documents; the first row is all documents of the year (topic_trends.csv).', values.length ? [...header, ...values] : [], {
      width: { step: years.length > 30 ? 22 : 34 },
      height: { step: 20 },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: null, sort: years, axis: { orient: 'top', labelAngle: -90 } },
        y: { field: 'family', type: 'nominal', title: null, sort: order },
      },
      layer: [
        { transform: [{ filter: 'datum.share !== null' }], mark: 'rect', encoding: { color: { field: 'share', type: 'quantitative', title: 'share of documents', scale: { scheme: 'blues', domain: [0, 1] } } } },
        { mark: { type: 'text', fontSize: 10 }, encoding: { text: { field: 'documents', type: 'quantitative' }, color: { condition: { test: 'datum.share > 0.6', value: 'white' }, value: '#1f2328' } } },
      ],
    });
}

/** Topic families by region: documents of each region with a topic of the family. */
export function topicFamiliesByRegion(
  data: TopicChartData, topics: readonly { doc_id: string; topic: string; theme: string }[], docs: readonly ChartDocument[],
): ChartSpec {
  const families = topFamilies(data.topicFamilies, data.topicTrends);
  const familyOf = new Map(families.flatMap((f) => f.wordings.map((w) => [`${f.theme}\t${w}`, f.name] as [string, string])));
  const regionOf = new Map(docs.map((d) => [d.doc_id, d.region]));
  const cells = new Map<string, Set<string>>();
  const regionDocs = new Map<string, Set<string>>();
  for (const t of topics) {
    const family = familyOf.get(`${t.theme}\t${t.topic}`);
    const region = regionOf.get(t.doc_id);
    if (family === undefined || !region) continue;
    const key = `${family}\t${region}`;
    cells.set(key, (cells.get(key) ?? new Set()).add(t.doc_id));
    regionDocs.set(region, (regionDocs.get(region) ?? new Set()).add(t.doc_id));
  }
  const regions = [...regionDocs].sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0])).slice(0, TOP_TOPIC_REGIONS).map(([r]) => r);
  const shown = new Set(regions);
  const values = [...cells].map(([key, set]) => {
    const [family, region] = key.split('\t') as [string, string];
    return { family, region, documents: set.size };
  }).filter((v) => shown.has(v.region)).sort((a, b) => cmp(a.family, b.family) || cmp(a.region, b.region));
  return chart('topic-families-by-region', 'Topic families by region',
    `Topic families (as above) by region: documents of the region with a topic of the family (at most ${TOP_TOPIC_REGIONS} regions, those with the most documents with topics).`, values, {
      width: { step: 24 },
      height: { step: 20 },
      encoding: {
        x: { field: 'region', type: 'nominal', title: null, sort: regions, axis: { orient: 'top', labelAngle: -90 } },
        y: { field: 'family', type: 'nominal', title: null, sort: families.map((f) => f.name) },
      },
      layer: [
        { mark: 'rect', encoding: { color: { field: 'documents', type: 'quantitative', title: 'documents', scale: { domainMin: 0, range: ['#e6f6ea', '#4ac26b'] }, legend: { ...COUNT_AXIS } } } },
        { mark: { type: 'text', fontSize: 10 }, encoding: { text: { field: 'documents', type: 'quantitative' } } },
      ],
    });
}

/**
 * The TOP_FAMILIES families in the most documents (topic_families.csv's order), each named by its label — with
 * its theme when two families share a label — and with its wordings and years from topic_trends.json.
 */
function topFamilies(rows: readonly TopicFamilyRow[], trends: TopicTrends) {
  const byId = new Map(trends.families.map((f) => [f.family, f]));
  const top = [...rows].sort((a, b) => b.documents - a.documents || b.topics - a.topics || cmp(a.label, b.label)).slice(0, TOP_FAMILIES);
  const labels = new Map<string, number>();
  for (const f of top) labels.set(f.label, (labels.get(f.label) ?? 0) + 1);
  return top.map((f) => ({
    ...byId.get(f.family)!,
    name: labels.get(f.label)! > 1 ? `${f.label} [${f.theme || 'no theme'}]` : f.label,
  }));
}
