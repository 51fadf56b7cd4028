/**
 * The report's HTML tables and key figures, from analyze's output rows. Pure; every cell is escaped.
 */
import { compareStrings } from '../compare.js';
import type { DocumentRow } from '../schemas/documents.js';
import type { SharedPassageRow } from '../schemas/passages.js';
import { escapeHtml } from './html.js';

/** Rows of the shared-passages table (the most widely shared first, as in shared_passages.csv). */
export const TOP_PASSAGES = 25;
/** Rows of the table of documents with the most placeholders. */
export const TOP_PLACEHOLDER_DOCS = 10;
/** Rows of the documents table; a note says how many more documents documents.csv has. */
export const MAX_DOCUMENT_ROWS = 500;

/** Key figures of the corpus as a definition list. */
export function keyFigures(docs: readonly DocumentRow[], passageCount: number): string {
  const years = docs.map((d) => d.year).filter((y): y is number => y !== null);
  const regions = new Set(docs.map((d) => d.region).filter((r) => r !== ''));
  const mean = docs.length ? docs.reduce((s, d) => s + d.reused_share, 0) / docs.length : 0;
  const figures: [string, string][] = [
    ['documents', String(docs.length)],
    ['characters', String(docs.reduce((s, d) => s + d.chars, 0))],
    ['years', years.length ? `${Math.min(...years)}–${Math.max(...years)} (${docs.length - years.length} unknown)` : 'none known'],
    ['regions', String(regions.size)],
    ['placeholders', String(docs.reduce((s, d) => s + d.placeholders, 0))],
    ['blank slots', String(docs.reduce((s, d) => s + d.blank_slots, 0))],
    ['shared passages', String(passageCount)],
    ['mean reused share', `${(mean * 100).toFixed(1)} %`],
  ];
  return `<dl class="figures">${figures.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

/** The most shared passages: the first `TOP_PASSAGES` of `passages`, of `total` in shared_passages.csv. */
export function passagesTable(passages: readonly SharedPassageRow[], total: number = passages.length): string {
  const rows = passages.slice(0, TOP_PASSAGES).map((p) => [
    p.text, String(p.docs), yearRange(p.first_year, p.last_year), shortList(p.regions.split('|').filter(Boolean), 6), p.example_doc,
  ]);
  return table(['passage', 'documents', 'years', 'regions', 'first found in'], rows, ['text', 'num', '', '', 'id'], total, 'shared_passages.csv');
}

/** Documents with the most placeholders and blank slots. */
export function placeholderDocsTable(docs: readonly DocumentRow[]): string {
  const ranked = docs
    .filter((d) => d.placeholders + d.blank_slots > 0)
    .sort((a, b) => b.placeholders + b.blank_slots - (a.placeholders + a.blank_slots) || compareStrings(a.doc_id, b.doc_id));
  const rows = ranked.slice(0, TOP_PLACEHOLDER_DOCS).map((d) => [d.doc_id, d.title, String(d.placeholders), String(d.blank_slots)]);
  return table(['document', 'title', 'placeholders', 'blank slots'], rows, ['id', 'text', 'num', 'num'], ranked.length, 'placeholders.csv');
}

/** One row per document. */
export function documentsTable(docs: readonly DocumentRow[]): string {
  const rows = docs.slice(0, MAX_DOCUMENT_ROWS).map((d) => [
    d.doc_id, d.title, d.year === null ? '' : String(d.year), d.region, d.doc_type, String(d.chars), String(d.placeholders),
    `${(d.reused_share * 100).toFixed(1)} %`,
  ]);
  return table(
    ['document', 'title', 'year', 'region', 'type', 'characters', 'placeholders', 'reused'],
    rows, ['id', 'text', 'num', '', '', 'num', 'num', 'num'], docs.length, 'documents.csv',
  );
}

function table(head: string[], rows: string[][], classes: string[], total: number, file: string): string {
  if (rows.length === 0) return '<p class="empty">None.</p>';
  const cell = (tag: string, text: string, i: number) => `<${tag}${classes[i] ? ` class="${classes[i]}"` : ''}>${escapeHtml(text)}</${tag}>`;
  const more = total > rows.length ? `<p class="note">${rows.length} of ${total} rows; all of them are in ${escapeHtml(file)}.</p>` : '';
  return `<div class="scroll"><table><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${
    rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('\n')
  }</tbody></table></div>${more}`;
}

function yearRange(first: number | null, last: number | null): string {
  if (first === null || last === null) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

function shortList(items: readonly string[], n: number): string {
  return items.length > n ? `${items.slice(0, n).join('、')} … (${items.length})` : items.join('、');
}
