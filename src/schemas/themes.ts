/** themes.csv — one row per document × theme with at least one hit. */
import { z } from 'zod';

export const ThemeRowSchema = z.object({
  doc_id: z.string().min(1).describe('the document id (as in documents.csv)'),
  theme: z.string().min(1).describe('theme id from the lexicon'),
  label: z.string().describe('Chinese label of the theme'),
  hits: z.number().int().positive().describe('term occurrences counted for the theme (token-bounded, longest wins, exclusions applied)'),
  per_10k_chars: z.number().nonnegative().describe('hits per 10,000 Han characters of the document, 4 decimals'),
  matched_terms: z.string().describe('the matched terms with their counts, most frequent first, e.g. 重点提案:2|办复:1|提案:1 (for a regular expression, the text it matched)'),
});
export type ThemeRow = z.infer<typeof ThemeRowSchema>;
