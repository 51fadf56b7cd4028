/**
 * manifest.csv — one row per document the user describes: `file,title,region,region_level,year,doc_type`.
 * Every cell arrives as text (CSV); the schema trims it, turns empty cells into "unknown" ('' or null) and
 * checks the closed vocabularies. Extra columns are kept as text in `extra` (usable with --group-by).
 *
 * ok:     `002.txt,,**县,county,2023,工作报告`
 * not ok: `003.txt,,,county,二〇二〇,` → field "year": expected a whole number between 1949 and 2100, got "二〇二〇"
 */
import { z } from 'zod';
import { DOC_TYPES, REGION_LEVELS } from './common.js';

/** The columns the manifest knows, in their documented order; `file` is the only required one. */
export const MANIFEST_COLUMNS = ['file', 'title', 'region', 'region_level', 'year', 'doc_type'] as const;
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;

const cell = () => z.string().trim().default('');
const shown = (input: unknown) => `"${String(input ?? '')}"`;

const file = z
  .string()
  .trim()
  .min(1, { error: 'expected a path relative to the corpus folder, got an empty cell' })
  .describe('path relative to the corpus folder, / separators (required)');

const year = cell()
  .transform((s, ctx): number | null => {
    if (s === '') return null;
    const n = /^\d{4}$/.test(s) ? Number(s) : NaN;
    if (n >= YEAR_MIN && n <= YEAR_MAX) return n;
    ctx.addIssue({ code: 'custom', message: `expected a whole number between ${YEAR_MIN} and ${YEAR_MAX}, got ${shown(s)}` });
    return z.NEVER;
  })
  .describe(`the year the report is about (${YEAR_MIN}–${YEAR_MAX}); empty when unknown`);

/** Chinese spellings of an enumeration's English values (其他 is `other` in a manifest typed in Chinese). */
const SPELLINGS: Readonly<Record<string, string>> = { 其他: 'other' };

const oneOf = <T extends readonly string[]>(values: T, what: string) =>
  cell().transform((s) => (values.includes(SPELLINGS[s] ?? '') ? SPELLINGS[s]! : s)).pipe(
    z.enum([...values, ''] as [...T, ''], {
      error: (iss) => `expected one of ${values.join(', ')} or empty, got ${shown(iss.input)}`,
    }),
  ).describe(`${what}: ${values.join(', ')}${values.includes('other') ? ' (其他 is read as other)' : ''}; empty when unknown`);

/** The known columns of a manifest row, as parsed from text. */
const ManifestFieldsSchema = z
  .object({
    file,
    title: cell().describe('title; empty when unknown'),
    region: cell().describe('region as written (X县 when masked); empty when unknown'),
    region_level: oneOf(REGION_LEVELS, 'region level'),
    year,
    doc_type: oneOf(DOC_TYPES, 'document type'),
  })
  .catchall(z.string().trim());

/** A manifest row (header-keyed CSV cells) → typed row; unknown columns go to `extra` as text. */
export const ManifestRowSchema = ManifestFieldsSchema.transform(
  ({ file, title, region, region_level, year, doc_type, ...extra }) => ({
    file,
    title,
    region,
    region_level,
    year,
    doc_type,
    extra: extra as Record<string, string>,
  }),
);
export type ManifestRow = z.output<typeof ManifestRowSchema>;
