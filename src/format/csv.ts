/**
 * Rows → CSV text through papaparse. Pure.
 *
 * Every text cell that a spreadsheet would execute as a formula (starting with = + - @, or a tab/CR) is
 * neutralised with a leading apostrophe — except plain numbers such as -3.5, which stay numbers.
 * Line breaks are LF; `bom` prefixes a UTF-8 BOM so that Excel opens Chinese text correctly.
 *
 * Speed: papaparse decides each field on its own value alone (quote it or not, double its quotes), so a field is
 * asked of papaparse once per distinct value and remembered (`fieldWriter`), and the lines are put together with
 * `join` (flat strings) instead of papaparse's `+=` — the bytes are those of `Papa.unparse` of all the rows.
 */
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
const UNPARSE = { newline: '\n', quotes: false } as const;
const FIELD = { ...UNPARSE, header: false } as const;

/** Neutralise a cell a spreadsheet would run as a formula. */
export function safeCell(value: Cell): string | number | boolean | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The text papaparse writes for `value` as a field of a data row, after `safeCell`. Not remembered. */
export function csvField(value: unknown): string {
  return Papa.unparse([[safeCell(value as Cell)]], FIELD);
}

/** A cell's field, or `undefined` when the writer's `admit` refused the value. */
export type FieldWriter = (value: unknown) => string | undefined;

/** Distinct values of one kind (strings; other values) a writer remembers before it starts afresh. */
const MAX_REMEMBERED = 1 << 17;
/** Integers 0 ≤ n < this are remembered in an array. */
const SMALL_INTEGERS = 1 << 12;
/** Longer strings are not remembered: V8 may keep them as slices of a whole document's text. */
const MAX_REMEMBERED_LENGTH = 12;

/**
 * `csvField` remembering its answers per distinct value (short strings, numbers, booleans, null, undefined; and
 * always the last value, e.g. a document's id on every row). `admit` is asked once for each value before it is
 * remembered (e.g. to validate it); a refused value gives `undefined` and is not remembered. Must be pure.
 */
export function fieldWriter(admit: (value: unknown) => boolean = () => true): FieldWriter {
  const strings = new StringMemo();
  let others = new Map<unknown, string>();
  const smallIntegers = new Array<string | undefined>(SMALL_INTEGERS).fill(undefined);
  let last: unknown = others; // nothing yet: no cell is this map
  let lastField = '';
  const write = (value: unknown): string | undefined => (admit(value) ? csvField(value) : undefined);
  return (value) => {
    if (value === last) return lastField;
    if (typeof value === 'string') {
      const long = value.length > MAX_REMEMBERED_LENGTH;
      let field = long ? undefined : strings.get(value);
      if (field === undefined) {
        field = write(value);
        if (field === undefined) return undefined;
        if (!long) strings.set(value, field);
      }
      last = value;
      lastField = field;
      return field;
    }
    // Map keys and === equate -0 with 0; spare `admit` the question. Objects are not remembered.
    if ((value === 0 && 1 / value < 0) || (typeof value === 'object' && value !== null)) return write(value);
    const small = typeof value === 'number' && value >>> 0 === value && value < SMALL_INTEGERS;
    let field = small ? smallIntegers[value] : others.get(value);
    if (field === undefined) {
      field = write(value);
      if (field === undefined) return undefined;
      if (small) smallIntegers[value] = field;
      else {
        if (others.size >= MAX_REMEMBERED) others = new Map();
        others.set(value, field);
      }
    }
    return field;
  };
}

/**
 * Short strings → their fields, hashed here (open addressing): a Map or an object looks a fresh string up in V8's
 * string table first, several times slower, and each document's words are fresh strings.
 */
class StringMemo {
  private keys: Array<string | undefined> = new Array<string | undefined>(64).fill(undefined);
  private fields: string[] = new Array<string>(64).fill('');
  private size = 0;

  get(key: string): string | undefined {
    const mask = this.keys.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key) return this.fields[i];
      if (k === undefined) return undefined;
    }
  }

  set(key: string, field: string): void {
    if (2 * (this.size + 1) > this.keys.length) {
      const [keys, fields] = [this.keys, this.fields];
      const slots = this.size >= MAX_REMEMBERED ? 64 : 2 * keys.length;
      [this.keys, this.fields, this.size] = [new Array<string | undefined>(slots).fill(undefined), new Array<string>(slots).fill(''), 0];
      if (slots > keys.length) keys.forEach((k, i) => k !== undefined && this.set(k, fields[i]!));
    }
    const mask = this.keys.length - 1;
    let i = hash(key) & mask;
    while (this.keys[i] !== undefined) i = (i + 1) & mask;
    [this.keys[i], this.fields[i]] = [key, field];
    this.size++;
  }
}

/** FNV-1a over the UTF-16 code units, mixed. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
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

/** The header line and the lines made by `rowLines` (non-empty `columns`): what `toCsv` gives, flat. */
export function tableText(columns: readonly string[], lines: string[], options: { bom?: boolean } = {}): string {
  const header = toCsv([], columns, options).slice(0, -1);
  // `toCsv` drops one line break at the end of papaparse's text, so a last line that is empty is not ended.
  if (lines.length === 0 || lines[lines.length - 1] !== '') lines.push('');
  lines.unshift(header);
  return lines.join('\n');
}

/** Serialise `rows` with exactly `columns`, in that order. */
export function toCsv(rows: readonly object[], columns: readonly string[], options: { bom?: boolean } = {}): string {
  if (rows.length > 0 && columns.length > 0) {
    return tableText(columns, rowLines(rows, columns, columns.map(() => plainWriter)), options);
  }
  const data = rows.map((r) => columns.map((c) => safeCell((r as Record<string, Cell>)[c])));
  // papaparse ends a header-only table with a line break of its own; every table ends with exactly one.
  const body = Papa.unparse({ fields: [...columns], data }, UNPARSE).replace(/\n$/, '');
  return `${options.bom ? '\uFEFF' : ''}${body}\n`;
}

/**
 * The data lines of `rows`, each ending with a line break ('' for no rows), without the header: a table's rows
 * can be serialised in parts (per document, in a worker) and put together by `joinCsv`.
 */
export function csvLines(rows: readonly object[], columns: readonly string[]): string {
  if (rows.length === 0) return '';
  if (columns.length > 0) return linesText(rowLines(rows, columns, columns.map(() => plainWriter)));
  return `${Papa.unparse({ fields: [], data: rows.map(() => []) }, FIELD)}\n`;
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
