/**
 * groups.csv: theme measures by any metadata field — region, region_level, doc_type, year, or an extra
 * manifest column named with `--group-by`.
 *
 * ok: by=region_level, group=county, theme=proposals → docs 3, hits 26, per_10k_chars over the 3 documents.
 * ok: by=region+year (a crossed grouping), group=四川省+2019 → the documents of that region and year.
 * Documents with an empty value form the group `(unknown)`, listed last.
 */
import { compareStrings } from '../../compare.js';
import type { GroupRow } from '../../schemas/groups.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import { rate10k, round4 } from './rates.js';
import { compileLexicon } from '../per-document/theme-match.js';
import type { ThemeCount } from './corpus-doc.js';

/** The group of documents whose value of a field is empty. */
export const UNKNOWN_GROUP = '(unknown)';

/** What groups need of one document: its metadata as strings (year as '2023', '' when unknown). */
export interface GroupInput {
  meta: Readonly<Record<string, string>>;
  han_chars: number;
  themes: readonly ThemeCount[];
}

/**
 * A docvar by field name; `undefined` when the document has none. Own fields only: a manifest column may be
 * named constructor or toString, and a document without it must not get Object's.
 */
export function fieldOf(fields: Readonly<Record<string, string>>, field: string): string | undefined {
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/**
 * Rows for each field of `by` (in the order given), each group (code-unit order, `(unknown)` last) and each
 * theme of the lexicon (id order), zero rows included so that groups compare on the same themes.
 */
export function groupRows(docs: readonly GroupInput[], by: readonly string[], lex: ThemeLexicon): GroupRow[] {
  const themes = compileLexicon(lex).themes;
  const rows: GroupRow[] = [];
  for (const field of by) {
    const groups = new Map<string, { docs: number; han: number; hits: Map<string, number>; withTheme: Map<string, number> }>();
    for (const d of docs) {
      const key = groupKey(d.meta, field);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { docs: 0, han: 0, hits: new Map(), withTheme: new Map() }));
      g.docs++;
      g.han += d.han_chars;
      for (const h of d.themes) {
        g.hits.set(h.theme, (g.hits.get(h.theme) ?? 0) + h.hits);
        if (h.hits > 0) g.withTheme.set(h.theme, (g.withTheme.get(h.theme) ?? 0) + 1);
      }
    }
    for (const key of sortGroups(groups.keys())) {
      const g = groups.get(key)!;
      for (const t of themes) {
        const hits = g.hits.get(t.id) ?? 0;
        rows.push({
          by: field,
          group: key,
          theme: t.id,
          label: t.label,
          docs: g.docs,
          docs_with_theme: g.withTheme.get(t.id) ?? 0,
          hits,
          han_chars: g.han,
          per_10k_chars: round4(rate10k(hits, g.han)),
        });
      }
    }
  }
  return rows;
}

/** A metadata value as a group name: trimmed, `(unknown)` when empty or missing. */
export function groupOf(value: string | undefined): string {
  const v = (value ?? '').trim();
  return v === '' ? UNKNOWN_GROUP : v;
}

/** Separates the fields of a crossed grouping (`region+year`) and the values of its groups (`四川省+2019`). */
export const CROSS = '+';

/** The fields of a grouping: one, or several for a crossed one (`region+year` → region, year). */
export function groupingFields(by: string): string[] {
  return by.split(CROSS).map((f) => f.trim());
}

/** A document's group for `by`: its value of the field, or of each crossed field joined by `+`. */
export function groupKey(meta: Readonly<Record<string, string>>, by: string): string {
  return groupingFields(by).map((f) => groupOf(fieldOf(meta, f))).join(CROSS);
}

/**
 * Group names in code-unit order with `(unknown)` last; a crossed group is ordered field by field (四川省+2019
 * before 四川省+(unknown) before 云南省+2019 … in code-unit order of the first field).
 */
export function sortGroups(keys: Iterable<string>): string[] {
  const unknown = (k: string) => (k === UNKNOWN_GROUP ? 1 : 0);
  const byPart = (a: string, b: string) => unknown(a) - unknown(b) || compareStrings(a, b);
  const parts = (k: string) => k.split(CROSS);
  return [...keys].sort((a, b) => {
    const [pa, pb] = [parts(a), parts(b)];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const c = byPart(pa[i]!, pb[i]!);
      if (c !== 0) return c;
    }
    return pa.length - pb.length;
  });
}
