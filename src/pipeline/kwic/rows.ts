/**
 * KWIC hits → the rows a user reads: sorted concordance lines, or counts per year (or another docvar). Pure.
 *
 * Sorting by `left` compares left contexts read backwards from the match (the word just before the term
 * first), as concordancers do; by `right`, right contexts read forwards. Ties: doc_id, then position.
 */
import type { KWIC_SORTS } from '../../choices.js';
import { compareStrings } from '../../compare.js';
import type { KwicCountRow, KwicRow } from '../../schemas/kwic.js';
import type { DocMeta } from '../../types.js';
import type { KwicHit } from './search.js';
import { rate10k, round4 } from '../corpus/rates.js';

export type KwicSort = 'position' | (typeof KWIC_SORTS)[number];
export const KWIC_GROUP_FIELDS = ['year', 'region', 'region_level', 'doc_type'] as const;
export type KwicGroupField = (typeof KWIC_GROUP_FIELDS)[number];

/** A document's hits with its metadata and size (Han characters), as the table needs them. */
export interface KwicDoc {
  meta: DocMeta;
  han: number;
  hits: KwicHit[];
}

/** Concordance rows, sorted. */
export function kwicRows(docs: readonly KwicDoc[], sort: KwicSort): KwicRow[] {
  const rows = docs.flatMap((d) => d.hits.map((h) => ({ hit: h, meta: d.meta })));
  const reversedLeft = new Map(rows.map((r) => [r.hit, [...r.hit.left].reverse().join('')]));
  const byContext = (a: KwicHit, b: KwicHit) =>
    sort === 'left' ? compareStrings(reversedLeft.get(a)!, reversedLeft.get(b)!)
      : sort === 'right' ? compareStrings(a.right, b.right) : 0;
  rows.sort((a, b) => byContext(a.hit, b.hit) || compareStrings(a.hit.doc, b.hit.doc) || a.hit.offset - b.hit.offset);
  return rows.map(({ hit, meta }) => ({
    doc_id: hit.doc,
    file: hit.file,
    year: meta.year,
    region: meta.region,
    line: hit.line,
    column: hit.column,
    section: hit.section,
    left: hit.left,
    match: hit.match,
    right: hit.right,
  }));
}

/** Hits per value of `field`: documents, documents with a hit, hits, hits per 10,000 Han characters. */
export function kwicCounts(docs: readonly KwicDoc[], field: KwicGroupField): KwicCountRow[] {
  const groups = new Map<string | number | null, KwicCountRow & { han: number }>();
  for (const d of docs) {
    const value = field === 'year' ? d.meta.year : d.meta[field];
    let g = groups.get(value);
    if (!g) groups.set(value, (g = { group: value === '' ? null : value, docs: 0, docs_with_hits: 0, hits: 0, per_10k_chars: 0, han: 0 }));
    g.docs++;
    g.han += d.han;
    g.hits += d.hits.length;
    if (d.hits.length > 0) g.docs_with_hits++;
  }
  return [...groups.values()]
    .map(({ han, ...row }) => ({ ...row, per_10k_chars: round4(rate10k(row.hits, han)) }))
    .sort((a, b) => compareGroups(a.group, b.group));
}

/** Numbers ascending, then text in code-unit order; unknown (null) last. */
function compareGroups(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareStrings(String(a), String(b));
}
