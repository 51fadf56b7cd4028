/**
 * Rows → CSV text through papaparse. Pure.
 *
 * Every text cell that a spreadsheet would execute as a formula (starting with = + - @, or a tab/CR) is
 * neutralised with a leading apostrophe — except plain numbers such as -3.5, which stay numbers.
 * Line breaks are LF; `bom` prefixes a UTF-8 BOM so that Excel opens Chinese text correctly.
 */
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

/** Neutralise a cell a spreadsheet would run as a formula. */
export function safeCell(value: Cell): string | number | boolean | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Serialise `rows` with exactly `columns`, in that order. */
export function toCsv(rows: readonly object[], columns: readonly string[], options: { bom?: boolean } = {}): string {
  const data = rows.map((r) => columns.map((c) => safeCell((r as Record<string, Cell>)[c])));
  // papaparse ends a header-only table with a line break of its own; every table ends with exactly one.
  const body = Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false }).replace(/\n$/, '');
  return `${options.bom ? '\uFEFF' : ''}${body}\n`;
}

/**
 * The data lines of `rows`, each ending with a line break ('' for no rows), without the header: a table's rows
 * can be serialised in parts (per document, in a worker) and put together by `joinCsv`.
 */
export function csvLines(rows: readonly object[], columns: readonly string[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((r) => columns.map((c) => safeCell((r as Record<string, Cell>)[c])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false, header: false })}\n`;
}

/** The header and the parts made by `csvLines`, in order: the same text as `toCsv` of all their rows. */
export function joinCsv(columns: readonly string[], parts: readonly string[], options: { bom?: boolean } = {}): string {
  return `${toCsv([], columns, options)}${parts.join('')}`;
}

/** Parse CSV text (BOM tolerated) into header-keyed rows; `errors` carry 1-based file line numbers. */
export function parseCsv(text: string): { rows: Record<string, string>[]; fields: string[]; errors: { line: number; message: string }[] } {
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return {
    rows: res.data,
    fields: res.meta.fields ?? [],
    errors: res.errors.map((e) => ({ line: (e.row ?? 0) + 2, message: e.message })),
  };
}
