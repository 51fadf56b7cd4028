/**
 * The writer of `analyze`'s output folder: the corpus step's data → file contents, by the registry of outputs
 * (schemas/outputs.ts). Every CSV table is validated against its zod schema as it is serialised (table.ts), every
 * JSON file against its schema; the README and schema/ come from the registry itself. Pure: same data, same bytes.
 */
import type { z } from 'zod';
import { jsonSchemas } from '../schemas/index.js';
import { OUTPUTS, outputSpec, STREAMED_TABLES, type OutputData } from '../schemas/outputs.js';
import { outputReadme } from './output-readme.js';
import { joinTable, tableCsv } from './table.js';

/** How the files are written: `excel` puts a UTF-8 BOM before every CSV file. */
export interface WriteOptions {
  excel?: boolean | undefined;
}

/**
 * Serialise `data` (part of the output or all of it), file by file: each name must be in the registry and have
 * the content its format takes — anything else is a bug, thrown.
 */
export function formatOutputs(data: OutputData, options: WriteOptions): Map<string, string> {
  const bom = options.excel === true;
  const files = new Map<string, string>();
  for (const [name, content] of data) {
    const spec = outputSpec(name);
    const schema = spec.schema;
    if (spec.format === 'csv' && 'rows' in content) files.set(name, tableCsv(name, schema as z.ZodObject, content.rows, { bom }));
    else if (spec.format === 'csv' && 'lines' in content) files.set(name, joinTable(schema as z.ZodObject, content.lines, { bom }));
    else if (spec.format === 'json' && 'value' in content) files.set(name, validJson(name, schema!, content.value));
    else if (spec.format === 'html' && 'html' in content) files.set(name, content.html);
    else throw new Error(`${name}: a ${spec.format} output cannot be written from ${Object.keys(content).join(', ')}`);
  }
  return files;
}

/** The files every output folder has whatever the corpus: its README.md and the JSON Schemas in schema/. */
export function fixedFiles(): Map<string, string> {
  const files = new Map<string, string>([['README.md', outputReadme()]]);
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    files.set(`schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return files;
}

/** The first bytes of each streamed table (BOM and header line); documents' parts follow in corpus order. */
export function streamedHeads(options: WriteOptions): Array<[name: string, head: string]> {
  return STREAMED_TABLES.map(({ name, schema }) => [name, joinTable(schema, [], { bom: options.excel === true })]);
}

/** Throw unless `written` (file names) is every output of the registry but the streamed ones: a bug otherwise. */
export function assertEveryOutput(written: Iterable<string>): void {
  const have = new Set(written);
  const missing = OUTPUTS.filter((o) => o.streamed === undefined && !have.has(o.name)).map((o) => o.name);
  if (missing.length > 0) throw new Error(`analyze: the corpus step made no ${missing.join(', ')}`);
}

/** `value` as a JSON file (two-space indentation), checked against its schema: a mismatch is a bug, thrown. */
function validJson(name: string, schema: z.ZodType, value: unknown): string {
  const checked = schema.safeParse(value);
  if (!checked.success) throw new Error(`${name}: ${checked.error.issues[0]!.path.join('.')}: ${checked.error.issues[0]!.message}`);
  return `${JSON.stringify(value, null, 2)}\n`;
}
