/** keyness.csv — per group, the terms most over- and under-represented against the rest of the corpus. */
import { z } from 'zod';

export const KeynessRowSchema = z.object({
  by: z.string().min(1).describe('the metadata field grouped by (--keyness-by; default year when any year is known, else region)'),
  group: z.string().min(1).describe('the target group, (unknown) for documents without a value; the reference is every other document'),
  term: z.string().min(1).describe('a term as in terms.csv'),
  count_group: z.number().int().nonnegative().describe('occurrences in the group'),
  count_rest: z.number().int().nonnegative().describe('occurrences in the rest of the corpus'),
  g2: z.number().describe('signed log-likelihood G² (quanteda textstat_keyness measure "lr"), 4 decimals: negative when under-represented'),
  p: z.number().min(0).max(1).describe('P(χ²₁ > |G²|), the chi-square survival function with 1 degree of freedom, 6 significant digits'),
  log_ratio: z.number().describe("Hardie's log ratio (effect size), 4 decimals: log2 of the ratio of relative frequencies, zero counts taken as 0.5; +1 = twice as frequent"),
});
export type KeynessRow = z.infer<typeof KeynessRowSchema>;
