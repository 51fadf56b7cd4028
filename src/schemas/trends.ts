/** trends.csv — one row per year × theme (every theme of the lexicon, every year that has documents). */
import { z } from 'zod';

export const TrendRowSchema = z.object({
  year: z.number().int(),
  theme: z.string().min(1),
  label: z.string(),
  docs: z.number().int().positive().describe('documents of that year'),
  docs_with_theme: z.number().int().nonnegative().describe('documents of that year with at least one hit'),
  hits: z.number().int().nonnegative().describe('hits in all documents of that year'),
  han_chars: z.number().int().nonnegative().describe('Han characters in all documents of that year'),
  per_10k_chars: z.number().nonnegative().describe('hits per 10,000 Han characters over all documents of that year'),
  topics: z.number().int().nonnegative().describe('consultation topics of that year mapped to the theme'),
  change: z
    .number()
    .nullable()
    .describe('per_10k_chars minus that of the previous year that has documents (a difference of rates); empty for the first year'),
});
export type TrendRow = z.infer<typeof TrendRowSchema>;
