/**
 * KWIC rows → text (aligned columns), CSV or JSON. Pure.
 *
 * Text aligns the matches in one column: left contexts are padded to the widest one, counting East Asian
 * wide characters (Han, full-width punctuation) as two terminal columns. The heading path (section) ends
 * the line, in brackets; a match before the first heading has none.
 *
 *   000_178bb20f8e3f1132:4:95    党的组织对党员委员的  全覆盖  、党的工作对政协委员  [一、筑牢协商根基 › （二）坚持党的领导]
 */
import { KwicCountRowSchema, KwicRowSchema, type KwicCountRow, type KwicRow } from '../schemas/kwic.js';
import { toCsv } from './csv.js';
import { tableCsv } from './table.js';
import { terminalSafe } from './terminal.js';
import { displayWidth } from './width.js';
import type { KwicFormat } from '../choices.js';

export { KWIC_FORMATS, type KwicFormat } from '../choices.js';

/** Concordance lines in `format`. Text and CSV end with a line break; no rows → empty text, a CSV header, `[]`. */
export function formatKwic(rows: readonly KwicRow[], format: KwicFormat): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  // toCsv of no rows ends with a blank line; a header alone is what CSV readers expect.
  if (format === 'csv') return rows.length > 0 ? tableCsv('kwic', KwicRowSchema, rows) : `${Object.keys(KwicRowSchema.shape).join(',')}\n`;
  // Text is for a terminal: control characters from the documents are escaped before widths are measured.
  rows = rows.map((r) => ({ ...r, doc_id: safe(r.doc_id), left: safe(r.left), match: safe(r.match), right: safe(r.right), section: safe(r.section) }));
  const places = rows.map((r) => `${r.doc_id}:${r.line}:${r.column}`);
  const width = (cells: readonly string[]) => Math.max(0, ...cells.map(displayWidth));
  const placeWidth = width(places);
  const leftWidth = width(rows.map((r) => r.left));
  // The section comes last, in brackets, so that the concordance stays readable and a line stays greppable;
  // matches and right contexts are padded only when there is a section column to align.
  const sections = rows.some((r) => r.section !== '');
  const matchWidth = sections ? width(rows.map((r) => r.match)) : 0;
  const rightWidth = sections ? width(rows.map((r) => r.right)) : 0;
  return rows
    .map((r, i) => {
      const section = r.section === '' ? '' : `  [${r.section}]`;
      return `${padEnd(places[i]!, placeWidth)}  ${padStart(r.left, leftWidth)}  ${padEnd(r.match, matchWidth)}  ${padEnd(r.right, rightWidth)}${section}`;
    })
    .map((line) => `${line.trimEnd()}\n`)
    .join('');
}

/** Counts per value of `field` (the first column is named after it) in `format`. */
export function formatKwicCounts(rows: readonly KwicCountRow[], field: string, format: KwicFormat): string {
  rows.forEach((row) => KwicCountRowSchema.parse(row));
  const named: Record<string, string | number | null>[] = rows.map(({ group, ...rest }) => ({ [field]: group, ...rest }));
  const columns = [field, 'docs', 'docs_with_hits', 'hits', 'per_10k_chars'];
  if (format === 'json') return `${JSON.stringify(named, null, 2)}\n`;
  if (format === 'csv') return toCsv(named, columns);
  const cells = [columns, ...named.map((r) => columns.map((c) => safe(String(r[c] ?? (c === field ? '(unknown)' : '')))))];
  const widths = columns.map((_, j) => Math.max(...cells.map((row) => displayWidth(row[j]!))));
  return cells
    .map((row) => row.map((cell, j) => (j === 0 ? padEnd(cell, widths[j]!) : padStart(cell, widths[j]!))).join('  '))
    .map((line) => `${line.trimEnd()}\n`)
    .join('');
}

function safe(s: string): string {
  return terminalSafe(s, { oneLine: true });
}

function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
