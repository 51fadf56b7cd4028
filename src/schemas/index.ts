/**
 * Every schema published by `workreport schema` and written to `output/schema/`.
 * Add a table here when a stage adds an output.
 */
import { z } from 'zod';
import { DocumentRowSchema, TermRowSchema } from './documents.js';

/** Published schemas by name (output tables by their file name). */
export const SCHEMAS: Record<string, z.ZodType> = {
  'documents.csv': DocumentRowSchema,
  'terms.csv': TermRowSchema,
};

/** JSON Schemas of everything in `SCHEMAS`, keyed by name, in sorted order. */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(SCHEMAS).sort()) {
    out[name] = z.toJSONSchema(SCHEMAS[name]!, { io: 'output', unrepresentable: 'any' });
  }
  return out;
}
