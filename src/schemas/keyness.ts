/** keyness.csv — per group, the terms most over- and under-represented against the rest of the corpus. */
import { z } from 'zod';

export const KeynessRowSchema = z.object({
  by: z.string().min(1).describe('the metadata field grouped by (--keyness-by)'),
  group: z.string().min(1).describe('the target group; the reference is every other document'),
  term: z.string().min(1),
  count_group: z.number().int().nonnegative().describe('occurrences in the group'),
  count_rest: z.number().int().nonnegative().describe('occurrences in the rest of the corpus'),
  g2: z.number().describe('signed log-likelihood G² (quanteda textstat_keyness measure "lr"): negative when under-represented'),
  p: z.number().min(0).max(1).describe('p-value of |G²| under chi-square with 1 degree of freedom'),
  log_ratio: z.number().describe("Hardie's log ratio: log2 of the ratio of relative frequencies, zero counts taken as 0.5"),
});
export type KeynessRow = z.infer<typeof KeynessRowSchema>;
