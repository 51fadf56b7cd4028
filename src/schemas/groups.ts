/** groups.csv — theme measures by a metadata field (region, region_level, doc_type, year, --group-by …). */
import { z } from 'zod';

export const GroupRowSchema = z.object({
  by: z.string().min(1).describe('the metadata field grouped by'),
  group: z.string().min(1).describe('the field value; (unknown) when empty'),
  theme: z.string().min(1),
  label: z.string(),
  docs: z.number().int().positive().describe('documents in the group'),
  docs_with_theme: z.number().int().nonnegative().describe('documents in the group with at least one hit'),
  hits: z.number().int().nonnegative(),
  han_chars: z.number().int().nonnegative().describe('Han characters in the documents of the group'),
  per_10k_chars: z.number().nonnegative().describe('hits per 10,000 Han characters over the group'),
});
export type GroupRow = z.infer<typeof GroupRowSchema>;
