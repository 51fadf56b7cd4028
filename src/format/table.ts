/**
 * Output rows → CSV, checked against their zod schema first: a row that breaks its table's contract is a bug,
 * reported with the table, the row number and the field rather than written.
 */
import { z } from 'zod';
import { toCsv } from './csv.js';

/** Validate `rows` with `schema` and serialise them with the schema's columns, in the schema's order. */
export function tableCsv(name: string, schema: z.ZodObject, rows: readonly object[], options: { bom?: boolean } = {}): string {
  const columns = Object.keys(schema.shape);
  rows.forEach((row, i) => {
    const res = schema.safeParse(row);
    if (!res.success) {
      const issue = res.error.issues[0]!;
      throw new Error(`${name}: row ${i + 1}, field "${issue.path.join('.')}": ${issue.message}`);
    }
  });
  return toCsv(rows, columns, options);
}
