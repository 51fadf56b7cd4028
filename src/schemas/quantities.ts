/**
 * quantities.csv — one row per count of CPPCC work a report states (收到提案312件, 办复率99.5%, 立案*件) — and the
 * tables that compare them: quantity_trends.csv (year × subject) and quantity_groups.csv (metadata group ×
 * subject). The zod schemas are the single source of the columns and of the published JSON Schemas.
 */
import { z } from 'zod';
import { QUANTITY_UNITS } from './quantity-lexicon.js';

export const QuantityRowSchema = z.object({
  doc_id: z.string().min(1).describe('the document id (as in documents.csv)'),
  file: z.string().min(1).describe('path relative to the corpus folder, / separators'),
  line: z.number().int().positive().describe('1-based line in the source file (paragraph number for .docx)'),
  column: z.number().int().positive().describe('1-based column, in Unicode code points, where the count starts (an approximation word such as 近 or 约 included)'),
  end_column: z.number().int().positive().describe('column just after the measure word (and 左右/以上), exclusive'),
  subject: z.string().min(1).describe('the canonical subject from the quantity vocabulary (提案, 立案, 办复率, 视察 …)'),
  subject_text: z.string().min(1).describe('the words that name the subject, as written (审查立案, 委員提案, 调研视察 …)'),
  value: z.number().nonnegative().nullable().describe('the number (a percentage as a number: 99.5); a range gives its lower bound; empty when masked'),
  unit: z.enum(QUANTITY_UNITS).describe('the measure word: 件, 次, 场, 条, 篇, 项, 人, 人次, 名, 位, 个, 家, 份, 期, or % for a rate'),
  approx: z.boolean().describe('true for 余, 多, 近, 约, 逾, 超过, 至少, 左右, 以上, 之多 and for a range (10—15次)'),
  masked: z.boolean().describe('true when the number is a placeholder (X件, **件, ×件, XX余项)'),
  placeholder: z.string().describe('line:column of the placeholders.csv row (kind number) that masks the count; empty when not masked'),
  region: z.string().describe('the document region (as in documents.csv)'),
  year: z.number().int().nullable().describe('the document year (as in documents.csv); empty when unknown'),
  text: z.string().describe('the clause that states the count, whitespace collapsed, at most 60 characters around the count'),
});
export type QuantityRow = z.infer<typeof QuantityRowSchema>;

/** The columns of a quantities.csv row that the corpus tables read (what a worker keeps of a document's rows). */
export type QuantityValue = Pick<QuantityRow, 'subject' | 'value' | 'approx'>;

/** Columns shared by quantity_trends.csv and quantity_groups.csv: one subject over a set of documents. */
const SubjectMeasures = {
  subject: z.string().min(1).describe('the canonical subject'),
  rate: z.boolean().describe('true for a rate (办复率, 立案率, 满意率: values in %), which is never summed'),
  docs: z.number().int().positive().describe('documents in the set'),
  docs_reporting: z.number().int().nonnegative().describe('documents stating at least one unmasked count of the subject'),
  docs_masked: z.number().int().nonnegative().describe('documents where a count of the subject is masked (X件) and none is stated'),
  approx_docs: z.number().int().nonnegative().describe('documents reporting whose value (below) is approximate (余, 多, 近 …)'),
  sum: z.number().nonnegative().nullable().describe('sum over the reporting documents of each one\'s value; empty for a rate'),
  median: z.number().nonnegative().nullable().describe('median of the reporting documents\' values; empty when none reports'),
  min: z.number().nonnegative().nullable().describe('smallest document value; empty when none reports'),
  max: z.number().nonnegative().nullable().describe('largest document value; empty when none reports'),
};

export const QuantityTrendRowSchema = z.object({
  year: z.number().int().describe('the document year'),
  ...SubjectMeasures,
});
export type QuantityTrendRow = z.infer<typeof QuantityTrendRowSchema>;

export const QuantityGroupRowSchema = z.object({
  by: z.string().min(1).describe('the metadata field grouped by (as in groups.csv)'),
  group: z.string().min(1).describe('the field value; (unknown) when empty'),
  ...SubjectMeasures,
});
export type QuantityGroupRow = z.infer<typeof QuantityGroupRowSchema>;
