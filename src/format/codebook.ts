/**
 * docs/codebook.md, generated from the registry of outputs (schemas/outputs.ts): an overview of every output
 * file, then per file its purpose, where it is made, its columns (or a JSON file's fields) with their types and
 * `.describe()` texts, the registry's note and links to the method pages. `npm run docs` writes it; a test fails when the
 * committed page differs. Pure.
 */
import { z } from 'zod';
import { OUTPUTS, TABLES, type OutputSpec } from '../schemas/outputs.js';

/** Where the page comes from, said at its top so that nobody edits it by hand. */
export const CODEBOOK_ORIGIN =
  '<!-- Generated from src/schemas/outputs.ts (the registry of outputs) by `npm run docs`. Do not edit by hand. -->';

const CONVENTIONS = `Every table is UTF-8 CSV with a header row, LF line ends, \`,\` separators and RFC 4180 quoting (a UTF-8 BOM
with \`--excel\`); an empty cell means unknown. Cells that a spreadsheet would execute as formulas (text
starting with \`=\`, \`+\`, \`-\`, \`@\`, tab or CR, except plain numbers such as \`-3.5\`) are prefixed with \`'\`.
Each table is checked against its zod schema before it is written, and \`schema/<file>.schema.json\` in the output
folder (or \`npx workreport schema <file>\`) gives the same contract as JSON Schema. Rates are per 10,000 **Han**
characters and rounded to 4 decimals. Lists inside a cell are separated by \`|\`. How each table is computed,
with what was measured, is in the method notes linked from each section.`;

/** The codebook page (markdown). */
export function codebook(): string {
  const parts = [
    CODEBOOK_ORIGIN,
    '',
    '# Codebook: the outputs of `workreport analyze`',
    '',
    CONVENTIONS,
    '',
    overview(),
    ...OUTPUTS.flatMap((o) => ['', ...section(o)]),
  ];
  return `${parts.join('\n')}\n`;
}

function overview(): string {
  const rows = OUTPUTS.map((o) => `| [\`${o.name}\`](#${anchorOf(o.name)}) | ${o.rowsPer ?? '—'} | ${o.sortedBy ?? '—'} |`);
  return ['| file | one row per | sorted by |', '| --- | --- | --- |', ...rows].join('\n');
}

/** GitHub's heading anchor for a file name heading (`documents.csv` → `documentscsv`). */
function anchorOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_ -]/g, '').replace(/ /g, '-');
}

function section(o: OutputSpec): string[] {
  const [module, fn] = o.builder.split('#');
  const made = o.scope === 'document'
    ? (o.streamed ? 'each document\'s rows are made where it is analysed and appended in corpus order as documents finish' : 'each document\'s rows are made where it is analysed')
    : 'made by the corpus step, once every document is analysed';
  const lines = [`## ${o.name}`, '', `${capitalise(o.purpose)}. Scope: ${made}; built by \`${fn}\` in \`src/${module}\`.`];
  if (o.schema) lines.push('', ...(TABLES.includes(o as never) ? columnTable(o.schema as z.ZodObject) : fieldTable(o.schema)));
  if (o.note) lines.push('', o.note.trim());
  if (o.method) lines.push('', `How it is computed: ${o.method.map((page) => `[${page}](${page})`).join(', ')}.`);
  return lines;
}

function columnTable(schema: z.ZodObject): string[] {
  const rows = Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    return `| \`${name}\` | ${typeOf(f, 'empty')} | ${cell(f.description ?? '')} |`;
  });
  return ['| column | type | meaning |', '| --- | --- | --- |', ...rows];
}

function fieldTable(schema: z.ZodType): string[] {
  const rows = fieldsOf(schema, '').map(({ path, type, description }) => `| \`${path}\` | ${type} | ${cell(description)} |`);
  return ['| field | type | meaning |', '| --- | --- | --- |', ...rows];
}

interface Field {
  path: string;
  type: string;
  description: string;
}

/** The fields of a JSON output, depth first; a list of a table's rows is named as such, not spelt out again. */
function fieldsOf(schema: z.ZodType, path: string): Field[] {
  const inner = unwrap(schema);
  const description = schema.description ?? inner.description ?? '';
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodType;
    const table = TABLES.find((t) => t.schema === element);
    if (table) return [{ path, type: `list of ${table.name} rows`, description: description || `as ${table.name}` }];
    if (unwrap(element) instanceof z.ZodObject) {
      // The element's own row would repeat the list's: its fields follow at once, as `list[].field`.
      return [{ path, type: 'list of objects', description }, ...fieldsOf(element, `${path}[]`).filter((f) => f.path !== `${path}[]`)];
    }
  }
  if (inner instanceof z.ZodObject) {
    const own = path === '' ? [] : [{ path, type: 'object', description }];
    return [...own, ...Object.entries(inner.shape).flatMap(([key, f]) => fieldsOf(f as z.ZodType, at(key)))];
  }
  if (inner instanceof z.ZodRecord) {
    const value = inner.valueType as z.ZodType;
    const nested = unwrap(value) instanceof z.ZodObject || unwrap(value) instanceof z.ZodRecord;
    return nested
      ? [{ path, type: 'object by key', description }, ...fieldsOf(value, `${path}.<key>`)]
      : [{ path, type: `${typeOf(value, 'null')} by key`, description }];
  }
  return [{ path, type: typeOf(schema, 'null'), description }];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/** A value's type in words, from its JSON Schema: integer, number, text, true/false, one of …, list of …; `missing` when nullable. */
function typeOf(schema: z.ZodType, missing: 'empty' | 'null'): string {
  const js = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonType;
  const variants = js.anyOf ?? [js];
  const nullable = variants.some((v) => v.type === 'null' || (Array.isArray(v.type) && v.type.includes('null')));
  const kinds = variants.filter((v) => v.type !== 'null').map(typeWords);
  return `${kinds.join(' or ')}${nullable ? ` or ${missing}` : ''}`;
}

interface JsonType {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonType;
  anyOf?: JsonType[];
}

function typeWords(js: JsonType): string {
  if (js.const !== undefined) return `\`${String(js.const)}\``;
  if (js.enum) return `one of ${js.enum.map((v) => (v === '' ? 'empty' : `\`${String(v)}\``)).join(', ')}`;
  const type = Array.isArray(js.type) ? js.type.find((t) => t !== 'null') : js.type;
  if (type === 'array') return `list of ${js.items ? typeWords(js.items) : 'values'}`;
  return ({ integer: 'integer', number: 'number', string: 'text', boolean: '`true`/`false`', object: 'object' } as Record<string, string>)[type ?? ''] ?? 'any';
}

/** Text for a markdown table cell: `|` escaped. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
