/**
 * topic_families.csv, topic_trends.csv and topic_trends.json — consultation topics compared across years and
 * regions: the wordings of one subject grouped into a family, and per year how many documents put each family
 * and each theme to consultation.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const regionList = z.string().describe('those regions\' names, sorted, separated by |');

export const TopicFamilyRowSchema = z.object({
  family: z.string().regex(/^t[0-9a-f]{10}$/).describe('stable id: t + 10 hex digits of the sha256 of theme and label'),
  label: z.string().min(1).describe('the family\'s most frequent wording (ties: more documents, then code-unit order)'),
  theme: z.string().describe('the theme of every wording of the family (topics.csv theme); empty when none'),
  wordings: z.string().min(1).describe('every topic text of the family as in topics.csv\'s topic column, most frequent first, separated by |: split it to join topics.csv rows to their family on (topic, theme)'),
  topics: z.number().int().positive().describe('topics.csv rows of the family (duplicates left out)'),
  documents: z.number().int().positive().describe('documents with at least one topic of the family'),
  regions: count.describe('distinct non-empty regions of those documents'),
  region_list: regionList,
  first_year: z.number().int().nullable().describe('earliest year of those documents; empty when none is known'),
  last_year: z.number().int().nullable().describe('latest year of those documents; empty when none is known'),
});
export type TopicFamilyRow = z.infer<typeof TopicFamilyRowSchema>;

export const TopicTrendRowSchema = z.object({
  year: z.number().int().describe('the documents\' year (documents of unknown year are left out)'),
  kind: z.enum(['all', 'family', 'theme']).describe('all: every topic of the year (one row per year with documents); family: one topic family; theme: one theme'),
  key: z.string().describe('the family id (topic_families.csv) or theme id; empty for kind all'),
  label: z.string().describe('the family\'s label, the theme\'s label, or (all topics)'),
  documents: count.describe('documents of that year with at least one topic of the key'),
  topics: count.describe('topics of that year of the key'),
  regions: count.describe('distinct non-empty regions of those documents'),
  region_list: regionList,
  year_documents: z.number().int().positive().describe('all documents of that year (duplicates left out): the denominator of share'),
  share: z.number().min(0).max(1).describe('documents / year_documents, 4 decimals'),
});
export type TopicTrendRow = z.infer<typeof TopicTrendRowSchema>;

const byYear = z.array(z.object({
  year: z.number().int(),
  documents: count.describe('documents of the year with at least one topic of it'),
  topics: count.describe('its topics of the year'),
  regions: z.array(z.string()).describe('distinct non-empty regions of those documents, sorted'),
}))
  .describe('years with at least one topic of it, in order; a year not listed had none');

/** topic_trends.json — topic_trends.csv nested for programs, with every year's document count. */
export const TopicTrendsSchema = z.object({
  years: z.array(z.object({
    year: z.number().int(),
    documents: count.describe('documents of the year'),
    documents_with_topics: count.describe('documents of the year with at least one topic'),
    topics: count.describe('topics of the year'),
  }))
    .describe('every year that has documents (duplicates left out), in order'),
  themes: z.array(z.object({ theme: z.string().describe('theme id'), label: z.string(), by_year: byYear }))
    .describe('the themes that have topics, in lexicon order'),
  families: z.array(z.object({
    family: z.string().describe('the family id of topic_families.csv'), label: z.string(), theme: z.string(),
    wordings: z.array(z.string()).describe('as topic_families.csv wordings, as a list'), by_year: byYear,
  })).describe('the families in topic_families.csv order'),
});
export type TopicTrends = z.infer<typeof TopicTrendsSchema>;
