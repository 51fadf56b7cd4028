/**
 * `workreport kwic` output rows: concordance lines, and counts with `--by`. Row types are inferred from these.
 */
import { z } from 'zod';

export const KwicRowSchema = z.object({
  doc_id: z.string().min(1),
  file: z.string().min(1).describe('path relative to the corpus folder'),
  year: z.number().int().nullable().describe('the document\'s year (manifest, path or text); empty when unknown'),
  region: z.string().describe('the document\'s region; empty when unknown'),
  line: z.number().int().positive().describe('source line of the match, 1-based'),
  column: z.number().int().positive().describe('source column of the match, 1-based, in code points'),
  section: z.string().describe('heading path of the match, e.g. 二、打造特色品牌 › （一）专题资政协商; empty before the first heading'),
  left: z.string().describe('up to --window characters before the match (line breaks as spaces)'),
  match: z.string().min(1).describe('the matched text'),
  right: z.string().describe('up to --window characters after the match'),
});
export type KwicRow = z.infer<typeof KwicRowSchema>;

/** With `--by <field>`: one row per value of the field; the CSV header names the field instead of `group`. */
export const KwicCountRowSchema = z.object({
  group: z.union([z.number().int(), z.string()]).nullable().describe('the value of the --by field; empty when unknown'),
  docs: z.number().int().positive().describe('documents with that value'),
  docs_with_hits: z.number().int().nonnegative().describe('of those, documents with at least one match'),
  hits: z.number().int().nonnegative().describe('matches in those documents'),
  per_10k_chars: z.number().nonnegative().describe('matches per 10,000 Han characters of those documents, 4 decimals'),
});
export type KwicCountRow = z.infer<typeof KwicCountRowSchema>;
