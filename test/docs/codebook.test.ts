/**
 * docs/codebook.md is generated from the registry of outputs: the committed page must be what the generator
 * writes now, and the generator must cover every output file and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { codebook } from '../../src/format/codebook.js';
import { OUTPUTS, TABLES } from '../../src/schemas/outputs.js';
import { ROOT } from '../helpers.js';

const committed = readFileSync(join(ROOT, 'docs', 'codebook.md'), 'utf8');
const page = codebook();

describe('docs/codebook.md', () => {
  it('is up to date with the registry of outputs', () => {
    expect(committed === page, 'docs/codebook.md is stale: run `npm run docs` and commit the page').toBe(true);
  });

  it('has a section for every output file and a row for every column of every table', () => {
    for (const o of OUTPUTS) expect(page, o.name).toContain(`\n## ${o.name}\n`);
    for (const t of TABLES) {
      const section = page.split(`\n## ${t.name}\n`)[1]!.split('\n## ')[0]!;
      for (const column of Object.keys((t.schema as z.ZodObject).shape)) expect(section, `${t.name} ${column}`).toContain(`| \`${column}\` |`);
    }
  });

  it('says the type of a column and what an empty cell means, from the schema', () => {
    expect(page).toContain('| `year` | integer or empty | the year the text is about');
    expect(page).toContain('| `kind` | one of `ngram`, `quoted`, `plus` |');
    expect(page).toContain('| `documents` | list of documents.csv rows |');
    expect(page).toContain('| `trends.<key>.<key>.per_10k_chars` | number |');
  });
});
