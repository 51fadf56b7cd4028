/** themes.csv — one row per document × theme with at least one hit. */
import { z } from 'zod';

export const ThemeRowSchema = z.object({
  doc_id: z.string().min(1),
  theme: z.string().min(1).describe('theme id from the lexicon'),
  label: z.string().describe('Chinese label of the theme'),
  hits: z.number().int().positive().describe('term occurrences counted for the theme (token-bounded, longest wins, exclusions applied)'),
  per_10k_chars: z.number().nonnegative().describe('hits per 10,000 Han characters of the document'),
  matched_terms: z.string().describe('the matched terms with their counts, most frequent first: term:count|term:count'),
});
export type ThemeRow = z.infer<typeof ThemeRowSchema>;
