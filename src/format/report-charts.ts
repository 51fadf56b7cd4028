/**
 * Vega-Lite specs of the report's charts, built from analyze's output rows. Pure: data in, JSON spec out.
 * An empty `values` list means "no chart" (report-html.ts says so instead of drawing empty axes).
 */
import type { TopLevelSpec } from 'vega-lite';
import { compareStrings as cmp } from '../compare.js';
import type { DocumentRow } from '../schemas/documents.js';
import type { FormulationRow, FormulationTrendRow } from '../schemas/formulations.js';
import type { GroupRow } from '../schemas/groups.js';
import type { PlaceholderRow } from '../schemas/placeholders.js';
import type { TopicRow } from '../schemas/topics.js';

/** The CJK font stack of the page, also used for the text inside the SVG charts. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
export const UNKNOWN = '(unknown)';
/** Most regions in the region charts (those with the most documents). */
export const MAX_REGIONS = 40;

export interface ChartSpec {
  id: string;
  title: string;
  /** What the chart shows and how it was limited, in one sentence. */
  caption: string;
  spec: TopLevelSpec;
  rows: number;
}

/** Counts have whole-number ticks. */
export const COUNT_AXIS = { tickMinStep: 1, format: 'd' } as const;
export const CONFIG = { font: FONT_STACK, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } } as const;

/** What the charts read of a document (documents.csv row): known before the corpus-level columns are. */
export type ChartDocument = Pick<DocumentRow, 'doc_id' | 'year' | 'region' | 'region_level'>;

/** Documents per year, coloured by region level. */
export function documentsByYear(docs: readonly ChartDocument[]): ChartSpec {
  const values = docs.map((d) => ({ year: d.year === null ? UNKNOWN : String(d.year), colour: d.region_level || UNKNOWN }));
  return chart('docs-by-year', 'Documents by year', 'Number of documents per year, by region level.', values,
    yearBars(values, 'documents', 'region level'));
}

/** Documents per region (the MAX_REGIONS with most documents). */
export function documentsByRegion(docs: readonly ChartDocument[]): ChartSpec {
  const top = new Set(topBy(docs.map((d) => d.region || UNKNOWN), MAX_REGIONS));
  const values = docs.map((d) => ({ region: d.region || UNKNOWN, level: d.region_level || UNKNOWN })).filter((v) => top.has(v.region));
  return chart('docs-by-region', 'Documents by region', `Number of documents per region (at most ${MAX_REGIONS} regions, most documents first).`, values, {
    mark: 'bar',
    encoding: {
      y: { field: 'region', type: 'nominal', title: 'region', sort: '-x' },
      x: { aggregate: 'count', type: 'quantitative', title: 'documents', axis: COUNT_AXIS },
      color: { field: 'level', type: 'nominal', title: 'region level' },
    },
  });
}

/** Most formulations drawn in the diffusion chart (those with the highest peak share, then most regions). */
export const DIFFUSION_TERMS = 10;

/** Diffusion curves: the share of regions using each of the top formulations, by year (formulation_trends.csv). */
export function diffusionCurves(formulations: readonly FormulationRow[], trends: readonly FormulationTrendRow[]): ChartSpec {
  const top = new Set([...formulations].sort((a, b) => b.peak_share - a.peak_share || b.regions - a.regions || cmp(a.term, b.term))
    .slice(0, DIFFUSION_TERMS).map((f) => f.term));
  const values = trends.filter((t) => top.has(t.term)).map((t) => ({ year: t.year, term: t.term, share: t.share }));
  return chart('diffusion', 'Formulations: diffusion', `Share of the regions reporting each year whose reports use the formulation, for the ${DIFFUSION_TERMS} formulations with the highest peak share (formulations.csv, formulation_trends.csv).`, values, {
    // As wide as the page's other trend views, so that ten curves over the years can be told apart.
    width: 900,
    height: 320,
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'year', type: 'quantitative', title: 'year', axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false } },
      y: { field: 'share', type: 'quantitative', title: 'share of regions', scale: { domain: [0, 1] }, axis: { format: '%' } },
      color: { field: 'term', type: 'nominal', title: 'formulation' },
    },
  });
}

/** Theme rates by region (groups.csv rows with by = region): a heat map. */
export function themesByRegion(groups: readonly GroupRow[]): ChartSpec {
  const rows = groups.filter((g) => g.by === 'region');
  const docsOf = new Map(rows.map((g) => [g.group, g.docs]));
  const top = new Set([...docsOf].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, MAX_REGIONS).map(([k]) => k));
  const values = rows.filter((g) => top.has(g.group)).map((g) => ({ region: g.group, theme: g.label || g.theme, rate: g.per_10k_chars }));
  return chart('themes-by-region', 'Themes by region', `Hits per 10,000 Han characters for every theme and region (at most ${MAX_REGIONS} regions; groups.csv).`, values, {
    mark: 'rect',
    encoding: {
      x: { field: 'theme', type: 'nominal', title: 'theme', axis: { labelAngle: -45 } },
      y: { field: 'region', type: 'nominal', title: 'region' },
      color: { field: 'rate', type: 'quantitative', title: 'per 10k', scale: { scheme: 'blues' } },
    },
  });
}

/** Consultation topics (topics.csv) per year of their document, by activity. */
export function topicsByYear(topics: readonly Pick<TopicRow, 'doc_id' | 'activity'>[], docs: readonly ChartDocument[]): ChartSpec {
  const yearOf = new Map(docs.map((d) => [d.doc_id, d.year === null ? UNKNOWN : String(d.year)]));
  const values = topics.map((t) => ({ year: yearOf.get(t.doc_id) ?? UNKNOWN, colour: t.activity }));
  return chart('topics-by-year', 'Consultation topics by year', 'Topics put to consultation, research, inspection or supervision, per year of their document, by activity.', values,
    yearBars(values, 'topics', 'activity'));
}

/** Unfilled placeholders and blank slots (placeholders.csv) by kind. */
export function placeholdersByKind(placeholders: readonly Pick<PlaceholderRow, 'kind'>[]): ChartSpec {
  const values = placeholders.map((p) => ({ kind: p.kind }));
  return chart('placeholders-by-kind', 'Placeholders by kind', 'Unfilled placeholders (X县, XX次, 20XX年 …) and blank slots found in the documents, by kind.', values, {
    mark: 'bar',
    width: { step: 56 },
    encoding: {
      x: { field: 'kind', type: 'nominal', title: 'kind', sort: '-y', axis: { labelAngle: 0 } },
      y: { aggregate: 'count', type: 'quantitative', title: 'placeholders', axis: COUNT_AXIS },
    },
  });
}

/** Stacked bars: rows per year (unknown last), coloured by `colour`. */
function yearBars(values: readonly { year: string }[], counted: string, colourTitle: string): object {
  const years = yearOrder(values.map((v) => v.year));
  return {
    mark: 'bar',
    // Narrower bars past 50 years, so that a century of reports (1954–2026) still fits the page.
    width: { step: years.length > 50 ? 12 : 20 },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'year', sort: years, scale: { domain: years } },
      y: { aggregate: 'count', type: 'quantitative', title: counted, axis: COUNT_AXIS },
      color: { field: 'colour', type: 'nominal', title: colourTitle },
    },
  };
}

/** A chart of `values` drawn as `body` (mark, encoding) with the report's look; also used by charts in other files. */
export function chart(id: string, title: string, caption: string, values: readonly object[], body: object): ChartSpec {
  const spec = { data: { values }, config: CONFIG, ...body } as TopLevelSpec;
  return { id, title, caption, spec, rows: values.length };
}

/**
 * Every year from the first to the last (a year without documents keeps its empty place instead of its
 * neighbours closing over it), the unknown year last.
 */
function yearOrder(years: readonly string[]): string[] {
  const known = [...new Set(years)].filter((y) => y !== UNKNOWN).map(Number);
  const [lo, hi] = [Math.min(...known), Math.max(...known)];
  const range = known.length ? Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i)) : [];
  return years.includes(UNKNOWN) ? [...range, UNKNOWN] : range;
}

/** The `n` most frequent values, ties in code-unit order. */
function topBy(values: readonly string[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, n).map(([k]) => k);
}
