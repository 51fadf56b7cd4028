/**
 * Rows → CSV text, and CSV text → rows (papaparse). Pure.
 *
 * A field is quoted (its quotes doubled) when it holds a comma, a double quote, CR or LF, a byte order mark, or
 * begins or ends with a space; otherwise it is written as it is — the rules of papaparse's `unparse`, which
 * wrote these tables before, kept byte for byte (the tests compare with it). Every text cell that a spreadsheet
 * would execute as a formula (starting with = + - @, or a tab/CR) is neutralised with a leading apostrophe —
 * except plain numbers such as -3.5, which stay numbers. Line breaks are LF; `bom` prefixes a UTF-8 BOM so that
 * Excel opens Chinese text correctly.
 *
 * Speed: fields are written here directly (a regular expression test per text field), not by a call of
 * papaparse per value, and the lines are put together with `join` (flat strings).
 */
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** Neutralise a cell a spreadsheet would run as a formula. */
export function safeCell(value: Cell): string | number | boolean | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** `text` as a field: quoted, its quotes doubled, when it must be. */
function quoteIfNeeded(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Longest text that `plainText` looks at code unit by code unit. */
const SHORT = 16;

/**
 * Whether a short `text` is written as it is: no formula lead, nothing to quote. Most cells are short words
 * (terms.csv); a loop over a few code units costs a tenth of the two regular expressions it stands for.
 */
function plainText(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (n > SHORT) return false;
  const first = text.charCodeAt(0);
  // = + - @ TAB CR (a formula lead) and a leading space
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 32) return false;
  if (text.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13 || c === 0xfeff) return false;
  }
  return true;
}

/** The field written for `value` in a data row, after `safeCell`. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (typeof value) {
    case 'string':
      return plainText(value) ? value : quoteIfNeeded(safeCell(value) as string);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      // A Date as its ISO time (nothing for an invalid one), anything else by its own text.
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      return quoteIfNeeded(String(value));
  }
}

/** A cell's field, or `undefined` when the writer's `admit` refused the value. */
export type FieldWriter = (value: unknown) => string | undefined;

/** Distinct values a writer remembers before it starts afresh. */
const MAX_REMEMBERED = 1 << 17;
/** Integers 0 ≤ n < this are remembered in an array. */
const SMALL_INTEGERS = 1 << 12;

/**
 * `csvField` for the values `admit` accepts (e.g. a column's schema), `undefined` for the others. `admit` is
 * asked once per distinct value remembered (numbers, booleans, null, undefined; and always the last value, e.g.
 * a document's id on every row): validating a value costs more than writing it. Other strings are asked every
 * time: looking up a string in a Map (hashing it, comparing it with an equal string of another document) costs
 * more than a column schema's check and writing it (terms.csv of the provinces: 1.35 → 0.9 CPU s), and a
 * remembered string could keep a whole document's text alive as its slice. Must be pure.
 */
export function fieldWriter(admit: (value: unknown) => boolean = () => true): FieldWriter {
  let known = new Map<unknown, string>();
  const smallIntegers = new Array<string | undefined>(SMALL_INTEGERS).fill(undefined);
  let last: unknown = known; // nothing yet: no cell is this map
  let lastField = '';
  const write = (value: unknown): string | undefined => (admit(value) ? csvField(value) : undefined);
  return (value) => {
    if (value === last) return lastField;
    // Map keys and === equate -0 with 0; spare `admit` the question. Objects and strings are not remembered.
    if ((value === 0 && 1 / value < 0) || (typeof value === 'object' && value !== null) || typeof value === 'string') {
      const field = write(value);
      if (field !== undefined && typeof value === 'string') [last, lastField] = [value, field];
      return field;
    }
    const small = typeof value === 'number' && value >>> 0 === value && value < SMALL_INTEGERS;
    let field = small ? smallIntegers[value] : known.get(value);
    if (field === undefined) {
      field = write(value);
      if (field === undefined) return undefined;
      if (small) smallIntegers[value] = field;
      else {
        if (known.size >= MAX_REMEMBERED) known = new Map();
        known.set(value, field);
      }
    }
    return field;
  };
}

const plainWriter = fieldWriter();

/**
 * The data lines of `rows` (without line breaks): the cell of column `c` written by `writers[c]`; a refused cell
 * is handed to `refused(row index, column index)`, which gives its field or throws.
 */
export function rowLines(
  rows: readonly object[], columns: readonly string[], writers: readonly FieldWriter[],
  refused: (row: number, column: number) => string = () => { throw new Error('refused cell'); },
): string[] {
  const lines = new Array<string>(rows.length);
  const n = columns.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    let line = '';
    for (let c = 0; c < n; c++) {
      const field = writers[c]!(row[columns[c]!]) ?? refused(i, c);
      line = c === 0 ? field : `${line},${field}`;
    }
    lines[i] = line;
  }
  return lines;
}

/** The lines made by `rowLines`, each ending with a line break, as one flat string. */
export function linesText(lines: string[]): string {
  if (lines.length === 0) return '';
  lines.push('');
  return lines.join('\n');
}

/** The header line of `columns` (names quoted by the same rules, never neutralised), without a line break. */
function headerLine(columns: readonly string[]): string {
  return columns.map(quoteIfNeeded).join(',');
}

/** The header line and the lines made by `rowLines` (non-empty `columns`): what `toCsv` gives, flat. */
export function tableText(columns: readonly string[], lines: string[], options: { bom?: boolean } = {}): string {
  // A table whose last line is empty (one column, an empty cell) has that line unended, as papaparse's did.
  if (lines.length === 0 || lines[lines.length - 1] !== '') lines.push('');
  lines.unshift(`${options.bom ? '\uFEFF' : ''}${headerLine(columns)}`);
  return lines.join('\n');
}

/** Serialise `rows` with exactly `columns`, in that order. */
export function toCsv(rows: readonly object[], columns: readonly string[], options: { bom?: boolean } = {}): string {
  // Without columns every row is an empty line, the last one left out (as papaparse did); never less than one line.
  if (columns.length === 0) return `${options.bom ? '\uFEFF' : ''}${'\n'.repeat(Math.max(1, rows.length - 1))}`;
  return tableText(columns, rowLines(rows, columns, columns.map(() => plainWriter)), options);
}

/**
 * The data lines of `rows`, each ending with a line break ('' for no rows), without the header: a table's rows
 * can be serialised in parts (per document, in a worker) and put together by `joinCsv`.
 */
export function csvLines(rows: readonly object[], columns: readonly string[]): string {
  if (rows.length === 0) return '';
  if (columns.length === 0) return '\n'.repeat(rows.length);
  return linesText(rowLines(rows, columns, columns.map(() => plainWriter)));
}

/** The header and the parts made by `csvLines`, in order: the same text as `toCsv` of all their rows. */
export function joinCsv(columns: readonly string[], parts: readonly string[], options: { bom?: boolean } = {}): string {
  return [toCsv([], columns, options), ...parts].join('');
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
