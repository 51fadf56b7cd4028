/** groups.csv — theme measures by a metadata field (region, region_level, doc_type, year, --group-by …). */
import { z } from 'zod';

export const GroupRowSchema = z.object({
  by: z.string().min(1).describe('the metadata field grouped by, or crossed fields joined by + (region+year)'),
  group: z.string().min(1).describe('the field\'s value, (unknown) when empty; for crossed fields their values joined by + in the same order (四川省+2019)'),
  theme: z.string().min(1).describe('theme id from the lexicon'),
  label: z.string().describe('Chinese label of the theme'),
  docs: z.number().int().positive().describe('documents in the group'),
  docs_with_theme: z.number().int().nonnegative().describe('documents in the group with at least one hit'),
  hits: z.number().int().nonnegative().describe('hits in the documents of the group'),
  han_chars: z.number().int().nonnegative().describe('Han characters in the documents of the group'),
  per_10k_chars: z.number().nonnegative().describe('hits / han_chars × 10,000 over the documents of the group, 4 decimals'),
});
export type GroupRow = z.infer<typeof GroupRowSchema>;
