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
    .describe('what the topic was put to, normalised: 专题协商会, 专题资政会, 专题调研, 调研视察, 民主监督 …'),
  topic: z
    .string()
    .min(1)
    .describe('the topic as written: placeholders kept, enclosing quotes, 关于 and 的调研报告 removed, one row per list item'),
  theme: z.string().describe('id of the best-matching theme of the lexicon; empty when none matches'),
});
export type TopicRow = z.infer<typeof TopicRowSchema>;
