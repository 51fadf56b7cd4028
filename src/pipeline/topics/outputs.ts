/**
 * topic_families.csv, topic_trends.csv and topic_trends.json from the documents' topics and docvars (region and
 * year are the document's: a topic needs no column of its own for them). Pure.
 *
 * ok: 2019 × family 优化营商环境 → documents 3 (of year_documents 20), topics 4, regions 2 (四川省|云南省).
 * Rows are sparse: a family or theme with no topic in a year has no row that year; the `all` row of each year
 * that has documents gives the year's denominator even when it has no topic at all.
 */
import { compareStrings } from '../../compare.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { TopicFamilyRow, TopicTrendRow, TopicTrends } from '../../schemas/topic-families.js';
import { round4 } from '../corpus/rates.js';
import { topicFamilies, type TopicFamily } from './families.js';

/** What the topic tables need of one document (duplicates already left out by the caller). */
export interface TopicDoc {
  id: string;
  region: string;
  year: number | null;
  topics: readonly { topic: string; theme: string }[];
}

export interface TopicTables {
  families: TopicFamilyRow[];
  trends: TopicTrendRow[];
  json: TopicTrends;
}

/** One cell of the trends: documents, topics and regions of a key in a year. */
interface Cell {
  docs: Set<string>;
  topics: number;
  regions: Set<string>;
}

/** Build the three topic tables (see the module header). */
export function topicTables(docs: readonly TopicDoc[], lex: ThemeLexicon): TopicTables {
  const inputs = docs.flatMap((d) => d.topics.map((t) => ({ topic: t.topic, theme: t.theme, doc: d.id, region: d.region, year: d.year })));
  const families = topicFamilies(inputs).sort(
    (a, b) => b.topics - a.topics || b.docs.size - a.docs.size || compareStrings(a.label, b.label) || compareStrings(a.theme, b.theme),
  );
  const familyOf = new Map<string, TopicFamily>();
  for (const f of families) for (const w of f.wordings) familyOf.set(`${f.theme}\t${w}`, f);

  const yearDocs = new Map<number, number>();
  const cells = new Map<string, Map<number, Cell>>(); // 'all\t' | 'family\t<id>' | 'theme\t<id>' → year → cell
  for (const d of docs) {
    if (d.year === null) continue;
    yearDocs.set(d.year, (yearDocs.get(d.year) ?? 0) + 1);
    for (const t of d.topics) {
      const keys = [`all\t`, `family\t${familyOf.get(`${t.theme}\t${t.topic}`)!.id}`, ...(t.theme ? [`theme\t${t.theme}`] : [])];
      for (const key of keys) addTo(cells, key, d.year, d.id, d.region);
    }
  }
  const years = [...yearDocs.keys()].sort((a, b) => a - b);
  const labels = new Map<string, string>([['all\t', '(all topics)'], ...lex.themes.map((t) => [`theme\t${t.id}`, t.label] as [string, string])]);
  for (const f of families) labels.set(`family\t${f.id}`, f.label);

  const trends: TopicTrendRow[] = [];
  const sortedKeys = [...cells.keys()].sort(compareStrings);
  for (const year of years) {
    const total = yearDocs.get(year)!;
    for (const key of ['all\t', ...sortedKeys.filter((k) => k !== 'all\t')]) {
      const cell = cells.get(key)?.get(year);
      if (!cell && key !== 'all\t') continue;
      const [kind, id] = key.split('\t') as [TopicTrendRow['kind'], string];
      const n = cell?.docs.size ?? 0;
      const regions = [...(cell?.regions ?? [])].sort(compareStrings);
      trends.push({
        year, kind, key: id, label: labels.get(key) ?? id, documents: n, topics: cell?.topics ?? 0,
        regions: regions.length, region_list: regions.join('|'), year_documents: total, share: round4(n / total),
      });
    }
  }
  return { families: families.map(familyRow), trends, json: nestTrends(years, yearDocs, cells, families, lex) };
}

function addTo(cells: Map<string, Map<number, Cell>>, key: string, year: number, doc: string, region: string): void {
  let byYear = cells.get(key);
  if (!byYear) cells.set(key, (byYear = new Map()));
  let cell = byYear.get(year);
  if (!cell) byYear.set(year, (cell = { docs: new Set(), topics: 0, regions: new Set() }));
  cell.docs.add(doc);
  cell.topics++;
  if (region !== '') cell.regions.add(region);
}

function familyRow(f: TopicFamily): TopicFamilyRow {
  const regions = [...f.regions].sort(compareStrings);
  return {
    family: f.id, label: f.label, theme: f.theme, wordings: f.wordings.join('|'), topics: f.topics, documents: f.docs.size,
    regions: regions.length, region_list: regions.join('|'),
    first_year: f.years.length ? Math.min(...f.years) : null, last_year: f.years.length ? Math.max(...f.years) : null,
  };
}

function nestTrends(
  years: number[], yearDocs: Map<number, number>, cells: Map<string, Map<number, Cell>>, families: TopicFamily[], lex: ThemeLexicon,
): TopicTrends {
  const byYear = (key: string) => years.flatMap((year) => {
    const c = cells.get(key)?.get(year);
    return c ? [{ year, documents: c.docs.size, topics: c.topics, regions: [...c.regions].sort(compareStrings) }] : [];
  });
  return {
    years: years.map((year) => {
      const all = cells.get('all\t')?.get(year);
      return { year, documents: yearDocs.get(year)!, documents_with_topics: all?.docs.size ?? 0, topics: all?.topics ?? 0 };
    }),
    themes: lex.themes.filter((t) => cells.has(`theme\t${t.id}`)).map((t) => ({ theme: t.id, label: t.label, by_year: byYear(`theme\t${t.id}`) })),
    families: families.map((f) => ({ family: f.id, label: f.label, theme: f.theme, wordings: f.wordings, by_year: byYear(`family\t${f.id}`) })),
  };
}
