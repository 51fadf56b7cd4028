/**
 * Output rows → CSV, checked against their zod schema first: a row that breaks its table's contract is a bug,
 * reported with the table, the row number and the field rather than written.
 *
 * Speed: for a plain object schema (no object-level refinement, no catch-all), a row is valid exactly when each
 * of its fields is valid for its column's schema, and that depends on the value alone. So each column has a
 * `fieldWriter` that runs the column's zod schema once per distinct value and remembers the valid values with
 * their CSV fields; a refused value is reported from `schema.safeParse` of its whole row, as it always was.
 */
import { z } from 'zod';
import { csvField, csvLines, type FieldWriter, fieldWriter, joinCsv, linesText, rowLines, tableText, toCsv } from './csv.js';

/** Validate `rows` with `schema` and serialise them with the schema's columns, in the schema's order. */
export function tableCsv(name: string, schema: z.ZodObject, rows: readonly object[], options: { bom?: boolean } = {}): string {
  const lines = validLines(name, schema, rows);
  return lines ? tableText(Object.keys(schema.shape), lines, options) : toCsv(rows, Object.keys(schema.shape), options);
}

/** `tableCsv` in parts: the validated data lines of some of a table's rows (`where` names them in errors). */
export function tableLines(where: string, schema: z.ZodObject, rows: readonly object[]): string {
  const lines = validLines(where, schema, rows);
  return lines ? linesText(lines) : csvLines(rows, Object.keys(schema.shape));
}

/** A table from parts made by `tableLines`, in order. */
export function joinTable(schema: z.ZodObject, parts: readonly string[], options: { bom?: boolean } = {}): string {
  return joinCsv(Object.keys(schema.shape), parts, options);
}

/**
 * The data lines of `rows`, validated on the way; `undefined` (rows validated, nothing written) when the schema
 * has object-level checks or no columns, which the column writers cannot stand for.
 */
function validLines(name: string, schema: z.ZodObject, rows: readonly object[]): string[] | undefined {
  const writers = columnWriters(schema);
  if (!writers) {
    rows.forEach((row, i) => reportInvalid(name, schema, row, i));
    return undefined;
  }
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) reportInvalid(name, schema, row, i);
  });
  const columns = Object.keys(schema.shape);
  return rowLines(rows, columns, writers, (i, c) => {
    reportInvalid(name, schema, rows[i], i);
    // The whole row is valid although the column's schema alone refused the value: write it all the same.
    return csvField((rows[i] as Record<string, unknown>)[columns[c]!]);
  });
}

const writersOf = new WeakMap<z.ZodObject, FieldWriter[] | null>();

/** One validating `fieldWriter` per column, kept for the schema's lifetime; `undefined` if the schema has none. */
function columnWriters(schema: z.ZodObject): FieldWriter[] | undefined {
  let writers = writersOf.get(schema);
  if (writers === undefined) {
    const plain = !schema.def.catchall && !schema.def.checks?.length && Object.keys(schema.shape).length > 0;
    writers = plain ? Object.values(schema.shape).map((field) => fieldWriter((v) => (field as z.ZodType).safeParse(v).success)) : null;
    writersOf.set(schema, writers);
  }
  return writers ?? undefined;
}

/** Throw the first issue of `row` (0-based `i`) against `schema`, if it has one. */
function reportInvalid(name: string, schema: z.ZodObject, row: unknown, i: number): void {
  const res = schema.safeParse(row);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    throw new Error(`${name}: row ${i + 1}, field "${issue.path.join('.')}": ${issue.message}`);
  }
}
