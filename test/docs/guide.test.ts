/**
 * docs/guide.md: every column its pandas and R snippets use exists in the published schema of a table the
 * snippet reads. Closed world: every other word of a snippet must be a known library name, a name the snippet
 * makes, or a value it compares with — so a misspelt or renamed column fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../src/schemas/documents.js';
import { SCHEMAS } from '../../src/schemas/index.js';
import type { z } from 'zod';
import { ROOT } from '../helpers.js';

const guide = readFileSync(join(ROOT, 'docs', 'guide.md'), 'utf8');
const blocks = [...guide.matchAll(/```(python|r)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, code: m[2]! }));

/** Library functions and arguments, the names the snippets make, and the values they compare with. */
const KNOWN = new Set([
  // python / pandas
  'import', 'pandas', 'as', 'pd', 'read_csv', 'dtype', 'str', 'keep_default_na', 'False', 'True', 'map', 'gt', 'groupby', 'sum', 'unstack',
  'fill_value', 'reindex', 'columns', 'div', 'axis', 'fillna', 'sort_values', 'ascending', 'assign', 'lambda', 'd', 'split', 'explode', 'query',
  'agg', 'r', 'join', 'sorted', 'set', 'print', 'on', 'n', 'expand', 'pivot_table', 'index', 'values', 'g', 't', 'fam', 'base', 'share', 'rose',
  'regions', 'period',
  // R / readr / dplyr / tidyr
  'library', 'readr', 'dplyr', 'tidyr', 'col_types', 'cols', 'c', 'na', 'character', 'mutate', 'if_else', 'filter', 'group_by', 'summarise',
  'all_documents', 'left_join', 'by', 'select', 'pivot_wider', 'names_from', 'values_from', 'values_fill', 'if', 'in', 'names', 'arrange', 'desc',
  'separate_longer_delim', 'paste', 'sort', 'unique', 'collapse', 'separate', 'sep', 'groups', 'drop',
  // values compared with, file paths
  'all', 'family', 'after', 'until', 'out', 'csv', 'topic_trends', 'region', 'year',
]);

describe('docs/guide.md', () => {
  it('has the worked question answered in pandas and in R', () => {
    expect(guide).toContain('Which consultation topics rose after 2018, and in which regions?');
    expect(blocks.filter((b) => b.lang === 'python').length).toBeGreaterThanOrEqual(2);
    expect(blocks.filter((b) => b.lang === 'r').length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((b, i) => [i, b.lang, b.code] as const))('snippet %i (%s) uses only columns the tables it reads have', (_, _lang, code) => {
    const tables = [...code.matchAll(/read_csv\("out\/([a-z_]+\.csv)"/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThan(0);
    const columns = new Set(tables.flatMap((t) => columnsOf(SCHEMAS[t] as z.ZodObject)));
    // Both languages comment with #; no snippet has a # inside a string.
    const words = code.replace(/#.*$/gm, '').match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
    const unknown = [...new Set(words)].filter((w) => !columns.has(w) && !KNOWN.has(w));
    expect(unknown).toEqual([]);
  });

  it('uses the columns the question needs, and each exists in its table', () => {
    const trends = columnsOf(SCHEMAS['topic_trends.csv'] as z.ZodObject);
    for (const c of ['year', 'kind', 'key', 'label', 'documents', 'region_list', 'year_documents']) {
      expect(trends).toContain(c);
      expect(guide).toContain(c);
    }
    const groups = columnsOf(SCHEMAS['groups.csv'] as z.ZodObject);
    for (const c of ['by', 'group', 'theme', 'per_10k_chars', 'docs']) expect(groups).toContain(c);
  });
});
