/**
 * topics.csv — one row per consultation topic found by `analyze`: what was put to consultation, research,
 * inspection or supervision, and the theme it maps to. The zod schema is the single source of the columns.
 */
import { z } from 'zod';
import { ACTIVITIES } from '../pipeline/topics/activities.js';

export const TopicRowSchema = z.object({
  doc_id: z.string().min(1).describe('the document id (as in documents.csv)'),
  file: z.string().min(1).describe('path relative to the corpus folder, / separators'),
  line: z.number().int().positive().describe('1-based line in the source file where the topic text starts'),
  activity: z
    .enum(ACTIVITIES)
    .describe('what the topic was put to, one of a closed vocabulary: 专题协商会, 常委会议协商, 专题调研, 视察, 民主监督, 协商议政 …'),
  topic: z
    .string()
    .min(1)
    .describe('the topic as written: placeholders kept, enclosing quotes, 关于 and 的调研报告 removed, one row per list item; a line break of a text wrapped at a fixed width left out'),
  theme: z.string().describe('id of the best-matching theme of the lexicon; empty when none matches'),
  column: z.number().int().positive().describe('1-based column (Unicode code points) in the source line where the topic text starts'),
  end_line: z.number().int().positive().describe('1-based source line where the topic text ends (= line unless a list runs over a line break, or the text is wrapped at a fixed width and the topic cut by it)'),
  end_column: z.number().int().positive().describe('exclusive 1-based end column (code points) on end_line, as in check'),
  region: z.string().describe("the document's region (as in documents.csv), so that no join is needed; empty when unknown"),
  year: z.number().int().nullable().describe("the document's year (as in documents.csv); empty when unknown"),
  found_by: z
    .enum(['rule', 'tagger'])
    .describe('rule: a clause-shape rule; tagger: the learned tagger, where no rule found anything (less sure: filter on it to keep the rules alone)'),
});
export type TopicRow = z.infer<typeof TopicRowSchema>;
