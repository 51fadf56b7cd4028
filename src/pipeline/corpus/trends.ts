/**
 * trends.csv: theme measures per year — the corpus-level view of how themes rise and fade.
 *
 * ok: 2016 × poverty-alleviation → docs 28, hits …, per_10k_chars over all 2016 documents, change against 2015.
 * Documents whose year is unknown are left out and counted (`unknownYear`, for summary.json).
 */
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { TrendRow } from '../../schemas/trends.js';
import { rate10k, round4 } from './rates.js';
import { compileLexicon } from '../per-document/theme-match.js';
import type { ThemeCount } from './corpus-doc.js';

/** What trends need of one document: its year, size, theme hits and the themes of its consultation topics. */
export interface TrendInput {
  year: number | null;
  han_chars: number;
  themes: readonly ThemeCount[];
  /** The theme of each consultation topic of the document ('' for a topic without theme). */
  topicThemes: readonly string[];
}

export interface TrendTable {
  /** Sorted by year, then theme id; every theme of the lexicon for every year that has documents. */
  rows: TrendRow[];
  /** Documents left out because their year is unknown. */
  unknownYear: number;
}

/**
 * One row per year × theme. `per_10k_chars` is over all documents of the year (hits / Han characters);
 * `change` is that rate minus the rate of the previous year that has documents (a difference in hits per
 * 10,000 characters — defined even when the previous rate is 0, unlike a ratio), null for the first year.
 */
export function trendRows(docs: readonly TrendInput[], lex: ThemeLexicon): TrendTable {
  const themes = compileLexicon(lex).themes;
  const years = new Map<number, { docs: number; han: number; hits: Map<string, number>; withTheme: Map<string, number>; topics: Map<string, number> }>();
  let unknownYear = 0;
  for (const d of docs) {
    if (d.year === null) {
      unknownYear++;
      continue;
    }
    let y = years.get(d.year);
    if (!y) years.set(d.year, (y = { docs: 0, han: 0, hits: new Map(), withTheme: new Map(), topics: new Map() }));
    y.docs++;
    y.han += d.han_chars;
    for (const h of d.themes) {
      add(y.hits, h.theme, h.hits);
      if (h.hits > 0) add(y.withTheme, h.theme, 1);
    }
    for (const t of d.topicThemes) if (t) add(y.topics, t, 1);
  }
  const rows: TrendRow[] = [];
  const previous = new Map<string, number>();
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const y = years.get(year)!;
    for (const t of themes) {
      const hits = y.hits.get(t.id) ?? 0;
      const rate = rate10k(hits, y.han);
      const before = previous.get(t.id);
      rows.push({
        year,
        theme: t.id,
        label: t.label,
        docs: y.docs,
        docs_with_theme: y.withTheme.get(t.id) ?? 0,
        hits,
        han_chars: y.han,
        per_10k_chars: round4(rate),
        topics: y.topics.get(t.id) ?? 0,
        change: before === undefined ? null : round4(rate - before),
      });
      previous.set(t.id, rate);
    }
  }
  return { rows, unknownYear };
}

function add(m: Map<string, number>, key: string, n: number): void {
  m.set(key, (m.get(key) ?? 0) + n);
}
