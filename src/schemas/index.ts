/**
 * Every schema published by `workreport schema` and written to `output/schema/`: the outputs of the registry
 * (outputs.ts: add a table there) and the files a user gives (lexicons, config).
 */
import { z } from 'zod';
import { ConfigSchema } from './config.js';
import { ThemeLexiconSchema } from './lexicon.js';
import { OUTPUTS } from './outputs.js';
import { QuantityLexiconSchema } from './quantity-lexicon.js';

/** The inputs whose schemas are published: the theme lexicon, the quantity vocabulary and the config file. */
export const INPUT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'themes.json': ThemeLexiconSchema,
  'quantities.json': QuantityLexiconSchema,
  'workreport.config.json': ConfigSchema,
};

/** What each input is, for `workreport schema --list`. */
const INPUT_PURPOSES: Readonly<Record<string, string>> = {
  'themes.json': 'input: a theme lexicon (--lexicon)',
  'quantities.json': 'input: a quantity vocabulary (--quantity-lexicon)',
  'workreport.config.json': 'input: the configuration file (--config)',
};

/** Published schemas by name (output tables by their file name). */
export const SCHEMAS: Record<string, z.ZodType> = {
  ...Object.fromEntries(OUTPUTS.flatMap((o) => (o.schema ? [[o.name, o.schema]] : []))),
  ...INPUT_SCHEMAS,
};

/** Every published schema's name and what it describes (an output's purpose from the registry), in sorted order. */
export function schemaList(): Array<[name: string, purpose: string]> {
  const purposes = new Map([...OUTPUTS.map((o) => [o.name, o.purpose] as const), ...Object.entries(INPUT_PURPOSES)]);
  return Object.keys(SCHEMAS).sort().map((name) => [name, purposes.get(name) ?? '']);
}

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
