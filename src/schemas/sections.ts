/**
 * sections.csv — one row per section of each document: numbered headings (GB/T 9704 levels), unnumbered
 * part headings and lead sentences, in document order. The zod schema is the single source of the row
 * type, the column order and the published JSON Schema.
 */
import { z } from 'zod';

export const SectionRowSchema = z.object({
  doc_id: z.string().min(1).describe('stable id: the relative path without its extension'),
  file: z.string().min(1).describe('path relative to the corpus folder, / separators'),
  level: z.number().int().nonnegative()
    .describe('1 一、 · 2 （一） · 3 1. · 4 （1） · 5 ① · 6 a. (variants such as 1、 or (一) count as their level); 0 an unnumbered part heading (2024年工作要点, 附件); a lead sentence: one below the heading it stands under'),
  marker: z.string().describe('the marker as written, e.g. （一） or 1、; empty when unnumbered'),
  number: z.string().describe('the numeral as written: 一, 十一, 3; empty when unnumbered'),
  title: z.string().describe('the heading up to and including the first 。 when the paragraph goes on after it, else the whole line'),
  line: z.number().int().positive().describe('1-based line of the heading in the source file'),
  numbered: z.boolean().describe('true for a numbered heading; false for a part heading or a lead sentence'),
  chars: z.number().int().nonnegative()
    .describe('characters (code points, line breaks excluded) of the section: from the heading to the next heading at its level or above (for a lead: to the next lead or heading)'),
});
export type SectionRow = z.infer<typeof SectionRowSchema>;
