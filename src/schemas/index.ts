/**
 * Every schema published by `workreport schema` and written to `output/schema/`.
 * Add a table here when a stage adds an output.
 */
import { z } from 'zod';
import { ConfigSchema } from './config.js';
import { DocumentRowSchema, TermRowSchema } from './documents.js';
import { PlaceholderRowSchema } from './placeholders.js';
import { TopicRowSchema } from './topics.js';

/** Published schemas by name (output tables by their file name). */
export const SCHEMAS: Record<string, z.ZodType> = {
  'documents.csv': DocumentRowSchema,
  'terms.csv': TermRowSchema,
  'placeholders.csv': PlaceholderRowSchema,
  'topics.csv': TopicRowSchema,
  'workreport.config.json': ConfigSchema,
};

/** JSON Schemas of everything in `SCHEMAS`, keyed by name, in sorted order. */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(SCHEMAS).sort()) {
    // Inputs (the config) are described as written, where fields with defaults are optional.
    const io = name.endsWith('.config.json') ? 'input' : 'output';
    out[name] = z.toJSONSchema(SCHEMAS[name]!, { io, unrepresentable: 'any' });
  }
  return out;
}
