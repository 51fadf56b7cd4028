/**
 * placeholders.csv — one row per unfilled placeholder or blank slot found by `analyze`, and the per-kind
 * counts that documents.csv carries. The zod schemas are the single source of columns and JSON Schemas.
 */
import { z } from 'zod';
import { PLACEHOLDER_KINDS } from '../rules/kind.js';

export const PlaceholderRowSchema = z.object({
  doc_id: z.string().min(1).describe('the document id (as in documents.csv)'),
  file: z.string().min(1).describe('path relative to the corpus folder, / separators'),
  line: z.number().int().positive().describe('1-based line in the source file (for .docx: of the extracted text, see location)'),
  column: z.number().int().positive().describe('1-based column, in Unicode code points'),
  end_column: z.number().int().positive().describe('column just after the placeholder (exclusive), on its end line'),
  text: z.string().describe('the placeholder as written (empty for a zero-width blank slot)'),
  kind: z.enum(PLACEHOLDER_KINDS).describe('region, number, date, name, other, or blank (a missing number)'),
  rule_id: z.string().min(1).describe('the rule that found it, as in check: placeholder/<form> (placeholder/letter-mask …) or blank-slot'),
  context: z.string().describe('about ten characters either side, whitespace collapsed'),
  location: z.string().describe('.docx only: the place in Word, part and paragraph (正文 第12段, 页眉 第1段, 脚注2 第1段); empty otherwise'),
});
export type PlaceholderRow = z.infer<typeof PlaceholderRowSchema>;

/** The placeholder columns of documents.csv. */
export const PlaceholderCountsSchema = z.object({
  placeholders: z.number().int().nonnegative().describe('unfilled placeholders (every kind but blank)'),
  blank_slots: z.number().int().nonnegative().describe('blank slots: a number missing where the text demands one'),
  ph_region: z.number().int().nonnegative().describe('placeholders of kind region (X县, **区, 某县)'),
  ph_number: z.number().int().nonnegative().describe('placeholders of kind number (XX次, X万元)'),
  ph_date: z.number().int().nonnegative().describe('placeholders of kind date (20XX年, X月)'),
  ph_name: z.number().int().nonnegative().describe('placeholders of kind name (XXX同志, 《X研究》)'),
  ph_other: z.number().int().nonnegative().describe('placeholders of kind other (【待补充】, TODO, custom patterns)'),
});
export type PlaceholderCounts = z.infer<typeof PlaceholderCountsSchema>;
