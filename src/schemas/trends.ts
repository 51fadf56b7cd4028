/** trends.csv — one row per year × theme (every theme of the lexicon, every year that has documents). */
import { z } from 'zod';

export const TrendRowSchema = z.object({
  year: z.number().int().describe('the documents\' year'),
  theme: z.string().min(1).describe('theme id from the lexicon'),
  label: z.string().describe('Chinese label of the theme'),
  docs: z.number().int().positive().describe('documents of that year'),
  docs_with_theme: z.number().int().nonnegative().describe('documents of that year with at least one hit'),
  hits: z.number().int().nonnegative().describe('hits in all documents of that year'),
  han_chars: z.number().int().nonnegative().describe('Han characters in all documents of that year'),
  per_10k_chars: z.number().nonnegative().describe('hits / han_chars × 10,000, 4 decimals: over all documents of the year, so long reports weigh more'),
  topics: z.number().int().nonnegative().describe('consultation topics of that year mapped to the theme'),
  change: z
    .number()
    .nullable()
    .describe('per_10k_chars minus that of the previous year that has documents (a difference of rates, defined even when the earlier rate is 0); empty for the first year'),
});
export type TrendRow = z.infer<typeof TrendRowSchema>;
