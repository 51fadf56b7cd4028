/**
 * Every row that the per-document stages make from the sample documents, read back from its CSV line, is valid for
 * its table's schema. The workers check some cells only structurally (term-lines.ts): this is where the whole schema
 * is asked of real rows.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createDocContext } from '../../../src/context.js';
import { parseCsv } from '../../../src/format/csv.js';
import { readDocument } from '../../../src/io/read.js';
import { resolveMeta } from '../../../src/pipeline/docvars/metadata.js';
import { analyzeDocument, type AnalyzedDocument } from '../../../src/pipeline/per-document/analyze-document.js';
import { TermRowSchema } from '../../../src/schemas/documents.js';
import { PlaceholderRowSchema } from '../../../src/schemas/placeholders.js';
import { QuantityRowSchema } from '../../../src/schemas/quantities.js';
import { SectionRowSchema } from '../../../src/schemas/sections.js';
import { ThemeRowSchema } from '../../../src/schemas/themes.js';
import { TopicRowSchema } from '../../../src/schemas/topics.js';
import { CORPUS } from '../../helpers.js';

const SCHEMAS: Record<keyof AnalyzedDocument['tables'], z.ZodObject> = {
  terms: TermRowSchema, sections: SectionRowSchema, themes: ThemeRowSchema,
  placeholders: PlaceholderRowSchema, topics: TopicRowSchema, quantities: QuantityRowSchema,
};

/** The values a CSV cell may stand for: the text, a number, a boolean, nothing. */
function readings(cell: string): unknown[] {
  const out: unknown[] = [cell];
  if (cell !== '' && Number.isFinite(Number(cell))) out.push(Number(cell));
  if (cell === 'true' || cell === 'false') out.push(cell === 'true');
  if (cell === '') out.push(null, undefined);
  return out;
}

describe('the per-document rows of the sample corpus', () => {
  const tables: AnalyzedDocument['tables'][] = [];

  beforeAll(async () => {
    const ctx = await createDocContext();
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
      const doc = await readDocument(join(CORPUS, file), CORPUS);
      tables.push(analyzeDocument(doc, resolveMeta(doc, undefined, undefined), ctx).tables);
    }
  }, 60_000);

  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('%s: every row read back is valid for the schema', (table) => {
    const schema = SCHEMAS[table];
    const columns = Object.keys(schema.shape);
    let rows = 0;
    for (const parts of tables) {
      const text = new TextDecoder().decode(parts[table]);
      const { rows: read, errors } = parseCsv(`${columns.join(',')}\n${text}`);
      expect(errors).toEqual([]);
      for (const row of read) {
        rows++;
        for (const column of columns) {
          const ok = readings(row[column] ?? '').some((v) => (schema.shape[column] as z.ZodType).safeParse(v).success);
          expect(ok, `${table}.csv row ${rows} ${column}: ${row[column]}`).toBe(true);
        }
      }
    }
    if (table !== 'quantities') expect(rows).toBeGreaterThan(0);
  });
});
