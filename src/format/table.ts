/**
 * Output rows → CSV, checked against their zod schema first: a row that breaks its table's contract is a bug,
 * reported with the table, the row number and the field rather than written.
 */
import { z } from 'zod';
import { csvLines, joinCsv, toCsv } from './csv.js';

/** Validate `rows` with `schema` and serialise them with the schema's columns, in the schema's order. */
export function tableCsv(name: string, schema: z.ZodObject, rows: readonly object[], options: { bom?: boolean } = {}): string {
  validateRows(name, schema, rows);
  return toCsv(rows, Object.keys(schema.shape), options);
}

/** `tableCsv` in parts: the validated data lines of some of a table's rows (`where` names them in errors). */
export function tableLines(where: string, schema: z.ZodObject, rows: readonly object[]): string {
  validateRows(where, schema, rows);
  return csvLines(rows, Object.keys(schema.shape));
}

/** A table from parts made by `tableLines`, in order. */
export function joinTable(schema: z.ZodObject, parts: readonly string[], options: { bom?: boolean } = {}): string {
  return joinCsv(Object.keys(schema.shape), parts, options);
}

function validateRows(name: string, schema: z.ZodObject, rows: readonly object[]): void {
  rows.forEach((row, i) => {
    const res = schema.safeParse(row);
    if (!res.success) {
      const issue = res.error.issues[0]!;
      throw new Error(`${name}: row ${i + 1}, field "${issue.path.join('.')}": ${issue.message}`);
    }
  });
}
