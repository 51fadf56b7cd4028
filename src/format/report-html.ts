/**
 * `report.html`: one self-contained page that shows a corpus at a glance — documents by year and region,
 * theme trends, themes by region, consultation topics, stated counts, placeholders, the most shared passages and the
 * documents. Charts are SVG rendered in Node (report-svg.ts); no script, no stylesheet or font from the
 * network: the page works offline and from a file. Every string from the data is escaped.
 *
 * Built only from rows analyze already writes, so the orchestrator wires it with one call:
 *   renderReport({ title, documents, trends, groups, topics, placeholders, passages })
 */
import type { DocumentRow } from '../schemas/documents.js';
import type { FormulationRow, FormulationTrendRow } from '../schemas/formulations.js';
import type { GroupRow } from '../schemas/groups.js';
import type { SharedPassageRow } from '../schemas/passages.js';
import type { PlaceholderRow } from '../schemas/placeholders.js';
import type { QuantityTrendRow } from '../schemas/quantities.js';
import type { TopicRow } from '../schemas/topics.js';
import type { TrendRow } from '../schemas/trends.js';
import { escapeHtml } from './html.js';
import {
  diffusionCurves, documentsByRegion, documentsByYear, FONT_STACK, placeholdersByKind, themesByRegion, topicsByYear,
  type ChartDocument,
  type ChartSpec,
} from './report-charts.js';
import { quantityTrends } from './report-quantities.js';
import { themeTrends, topicFamiliesByRegion, topicFamiliesByYear, type TopicChartData } from './report-trend-charts.js';
import { specToSvg } from './report-svg.js';
import { documentsTable, keyFigures, passagesTable, placeholderDocsTable } from './report-tables.js';

/** What the report shows: the rows of documents.csv, trends.csv, groups.csv, topics.csv, placeholders.csv and shared_passages.csv. */
export interface ReportData {
  /** Shown as the page title, e.g. the corpus folder's name. */
  title: string;
  documents: readonly DocumentRow[];
  trends: readonly TrendRow[];
  groups: readonly GroupRow[];
  /** topics.csv's rows, the columns the charts read. */
  topics: readonly Pick<TopicRow, 'doc_id' | 'activity' | 'topic' | 'theme'>[];
  /** placeholders.csv's rows, their kinds. */
  placeholders: readonly Pick<PlaceholderRow, 'kind'>[];
  /** quantity_trends.csv's rows (stated counts by year); none draws an empty chart. */
  quantityTrends?: readonly QuantityTrendRow[];
  /** shared_passages.csv's rows, or only its first ones (at least `TOP_PASSAGES`) with `passageCount` set. */
  passages: readonly SharedPassageRow[];
  /** How many rows shared_passages.csv has, when `passages` holds only the first; default `passages.length`. */
  passageCount?: number;
  /** topic_families.csv's rows and topic_trends.json; without them the topic family charts say "no data". */
  topicTables?: TopicChartData;
  /** formulations.csv and formulation_trends.csv, for the diffusion chart (none: the chart says so). */
  formulations?: readonly FormulationRow[];
  formulationTrends?: readonly FormulationTrendRow[];
}

/** What the charts are drawn from: the report's data but the shared passages and the corpus-level document columns. */
export type ChartData = Omit<ReportData, 'title' | 'documents' | 'passages' | 'passageCount'> & { documents: readonly ChartDocument[] };

/** The report's charts, as figures (inline SVG). */
export type ReportCharts = Record<'year' | 'region' | 'trends' | 'heat' | 'topics' | 'familiesByYear' | 'familiesByRegion' | 'placeholders' | 'quantities' | 'diffusion', string>;

/** The charts drawn from the placeholders of every document alone, not from the documents the comparison tables kept. */
export type EarlyCharts = Pick<ReportCharts, 'placeholders'>;

/**
 * Draw the report's charts. They need neither the shared passages' rows nor keywords, only the documents the
 * comparison tables kept and those tables (duplicates are known before the shared passages' rows are made):
 * analyze draws them while the rows are made, and passes them to `renderReport`. `early`: the charts already drawn
 * by `renderEarlyCharts` (the same markup).
 */
export async function renderCharts(data: ChartData, early?: EarlyCharts): Promise<ReportCharts> {
  return {
    year: await figure(documentsByYear(data.documents)),
    region: await figure(documentsByRegion(data.documents)),
    trends: await figure(themeTrends(data.trends)),
    heat: await figure(themesByRegion(data.groups)),
    topics: await figure(topicsByYear(data.topics, data.documents)),
    familiesByYear: await figure(topicFamiliesByYear(data.topicTables ?? NO_TOPIC_TABLES)),
    familiesByRegion: await figure(topicFamiliesByRegion(data.topicTables ?? NO_TOPIC_TABLES, data.topics, data.documents)),
    placeholders: early?.placeholders ?? (await figure(placeholdersByKind(data.placeholders))),
    quantities: await figure(quantityTrends(data.quantityTrends ?? [])),
    diffusion: await figure(diffusionCurves(data.formulations ?? [], data.formulationTrends ?? [])),
  };
}

/**
 * The charts that `analyze` can draw before the shared passages are in (`renderCharts` takes them as `early`): it
 * draws them while a worker finds the passages, which also loads the chart engines meanwhile.
 */
export async function renderEarlyCharts(placeholders: readonly Pick<PlaceholderRow, 'kind'>[]): Promise<EarlyCharts> {
  return { placeholders: await figure(placeholdersByKind(placeholders)) };
}

/** One chart as a figure with its caption; a chart without rows says so instead. */
async function figure(c: ChartSpec): Promise<string> {
  const body = c.rows > 0 ? await specToSvg(c.spec, c.id) : '<p class="empty">No data for this chart.</p>';
  return `<figure class="chart${c.rows > 0 ? '' : ' empty'}" id="${c.id}"><figcaption><strong>${escapeHtml(c.title)}</strong> ${escapeHtml(c.caption)}</figcaption>${body}</figure>`;
}

/** The page, as one HTML string; `charts` are drawn from `data` unless given. Deterministic: the same rows give the same bytes. */
export async function renderReport(data: ReportData, charts?: ReportCharts): Promise<string> {
  charts ??= await renderCharts(data);
  const title = escapeHtml(data.title);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title} — workreport</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${title}</h1><p>Corpus report written by workreport analyze. Every figure comes from the CSV tables next to this file.</p>
${keyFigures(data.documents, data.passageCount ?? data.passages.length)}</header>
<main>
<section id="documents-overview"><h2>Documents</h2><div class="pair">${charts.year}${charts.region}</div></section>
<section id="themes"><h2>Themes</h2>${charts.trends}${charts.heat}</section>
<section id="formulations"><h2>Formulations</h2>${charts.diffusion}</section>
<section id="topics"><h2>Consultation topics</h2>${charts.topics}${charts.familiesByYear}${charts.familiesByRegion}</section>
<section id="quantities"><h2>Stated counts</h2>${charts.quantities}</section>
<section id="placeholders"><h2>Placeholders</h2>${charts.placeholders}<h3>Documents with the most placeholders</h3>${placeholderDocsTable(data.documents)}</section>
<section id="passages"><h2>Most shared passages</h2><p>Sentences and long clauses found in several documents (near-verbatim: punctuation, numbers and placeholder masks normalised).</p>${passagesTable(data.passages, data.passageCount ?? data.passages.length)}</section>
<section id="document-list"><h2>All documents</h2>${documentsTable(data.documents)}</section>
</main>
</body>
</html>
`;
}

const NO_TOPIC_TABLES: TopicChartData = { topicFamilies: [], topicTrends: { years: [], themes: [], families: [] } };

const STYLE = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 1320px; padding: 1.5rem; font-family: ${FONT_STACK}; color: #1f2328; background: #fff; line-height: 1.5; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1rem; }
.figures { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 1rem 0; }
.figures div { min-width: 8rem; } .figures dt { font-size: .8rem; color: #57606a; } .figures dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
figure.chart { margin: 1rem 0; overflow-x: auto; } figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #57606a; margin-bottom: .5rem; } figcaption strong { color: #1f2328; margin-right: .5rem; }
.pair { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; width: 100%; }
th, td { border-bottom: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num, th.num { text-align: right; white-space: nowrap; } td.id { white-space: nowrap; font-family: ui-monospace, monospace; font-size: .8rem; }
.empty, .note { color: #57606a; font-style: italic; }
`;
