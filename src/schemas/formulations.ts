/**
 * The formulation tables (提法): collocations.csv, formulations.csv, formulation_trends.csv and adoption.csv.
 * See docs/method/formulations.md for the method and its thresholds.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
const year = z.number().int();

/** collocations.csv — one row per multiword expression found in the corpus. */
export const CollocationRowSchema = z.object({
  phrase: z.string().min(1).describe('the expression as written (its words joined), e.g. 新常态, 互联网+'),
  kind: z.enum(['ngram', 'quoted', 'plus'])
    .describe('ngram: adjacent words that co-occur far more than chance; quoted: a short phrase the reports quote and the segmenter splits; plus: the A+ pattern'),
  tokens: z.string().min(1).describe('the words of an ngram as the segmenter cut them, separated by spaces (新 常态); the phrase itself otherwise'),
  count: count.describe('occurrences in the corpus (a quoted phrase: every occurrence in the documents that quote it)'),
  documents: count.describe('documents it occurs in'),
  g2: z.number().nullable().describe('log-likelihood G² of the ngram against independence of its parts, 4 decimals (empty for quoted and plus)'),
  lambda: z.number().nullable().describe("quanteda's λ: log odds ratio of the 2×2 table, each cell + 0.5, 4 decimals (empty for quoted and plus)"),
});
export type CollocationRow = z.infer<typeof CollocationRowSchema>;

/** formulations.csv — one row per term or phrase that emerges (test in docs/method/formulations.md). */
export const FormulationRowSchema = z.object({
  term: z.string().min(1).describe('a term of terms.csv or a phrase of collocations.csv'),
  source: z.enum(['term', 'ngram', 'quoted', 'plus']).describe('term: a word of the segmenter; otherwise the kind in collocations.csv'),
  first_year: year.describe('first year any document uses it'),
  first_regions: z.string().describe('the regions using it in first_year, |-separated in code-unit order'),
  onset_year: year.describe('the first judged year (at least 10 regions reporting) in which at least 0.2 of the regions reporting use it'),
  half_year: year.describe('the first year at least half of the regions reporting use it'),
  peak_year: year.describe('year of the highest share of regions (the earliest, on a tie)'),
  peak_share: share.describe('share of the regions reporting in peak_year that use it'),
  latest_year: year.describe('the last judged year of the corpus (at least 10 regions reporting)'),
  latest_share: share.describe('share of the regions reporting in latest_year that use it; below peak_share when it fades'),
  years_active: count.describe('years in which at least one document uses it'),
  documents: count.describe('documents using it (with a known year and region)'),
  regions: count.describe('regions that ever use it'),
  quoted_documents: count.describe('documents (with a known year and region) that put it in quotation marks (“…” or 「…」) at least once: a mark of a new formulation'),
});
export type FormulationRow = z.infer<typeof FormulationRowSchema>;

/** formulation_trends.csv — one row per formulation × year of the corpus. */
export const FormulationTrendRowSchema = z.object({
  term: z.string().min(1).describe('a term of formulations.csv'),
  year: year.describe('a year with documents'),
  documents: count.describe('documents of that year using it'),
  regions: count.describe('regions with a document of that year using it'),
  regions_reporting: count.describe('regions with any document of that year'),
  share: share.describe('regions / regions_reporting'),
});
export type FormulationTrendRow = z.infer<typeof FormulationTrendRowSchema>;

/** adoption.csv — one row per formulation × region that uses it. */
export const AdoptionRowSchema = z.object({
  term: z.string().min(1).describe('a term of formulations.csv'),
  region: z.string().min(1).describe('a region that uses it'),
  first_year: year.describe('first year a document of the region uses it'),
  lag: count.describe('years after the formulation’s first_year (formulations.csv)'),
  rank: z.number().int().positive().describe('rank of adoption: 1 + the number of regions that adopted it in an earlier year (ties share a rank)'),
});
export type AdoptionRow = z.infer<typeof AdoptionRowSchema>;
