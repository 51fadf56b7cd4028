/**
 * Every schema published by `workreport schema` and written to `output/schema/`.
 * Add a table here when a stage adds an output.
 */
import { z } from 'zod';
import { ConfigSchema } from './config.js';
import { CorpusTermRowSchema, ErrorRowSchema, SummarySchema } from './corpus.js';
import { DocumentRowSchema, TermRowSchema } from './documents.js';
import { AdoptionRowSchema, CollocationRowSchema, FormulationRowSchema, FormulationTrendRowSchema } from './formulations.js';
import { GroupRowSchema } from './groups.js';
import { KeynessRowSchema } from './keyness.js';
import { DocSimilarityRowSchema, SharedPassageRowSchema } from './passages.js';
import { ThemeLexiconSchema } from './lexicon.js';
import { PlaceholderRowSchema } from './placeholders.js';
import { QuantityGroupRowSchema, QuantityRowSchema, QuantityTrendRowSchema } from './quantities.js';
import { QuantityLexiconSchema } from './quantity-lexicon.js';
import { SectionRowSchema } from './sections.js';
import { ThemeRowSchema } from './themes.js';
import { TopicFamilyRowSchema, TopicTrendRowSchema, TopicTrendsSchema } from './topic-families.js';
import { TopicRowSchema } from './topics.js';
import { TrendRowSchema } from './trends.js';

/** Published schemas by name (output tables by their file name). */
export const SCHEMAS: Record<string, z.ZodType> = {
  'documents.csv': DocumentRowSchema,
  'terms.csv': TermRowSchema,
  'corpus_terms.csv': CorpusTermRowSchema,
  'errors.csv': ErrorRowSchema,
  'summary.json': SummarySchema,
  'placeholders.csv': PlaceholderRowSchema,
  'sections.csv': SectionRowSchema,
  'topics.csv': TopicRowSchema,
  'themes.csv': ThemeRowSchema,
  'trends.csv': TrendRowSchema,
  'groups.csv': GroupRowSchema,
  'keyness.csv': KeynessRowSchema,
  'shared_passages.csv': SharedPassageRowSchema,
  'doc_similarity.csv': DocSimilarityRowSchema,
  'topic_families.csv': TopicFamilyRowSchema,
  'topic_trends.csv': TopicTrendRowSchema,
  'topic_trends.json': TopicTrendsSchema,
  'collocations.csv': CollocationRowSchema,
  'formulations.csv': FormulationRowSchema,
  'formulation_trends.csv': FormulationTrendRowSchema,
  'adoption.csv': AdoptionRowSchema,
  'themes.json': ThemeLexiconSchema,
  'quantities.csv': QuantityRowSchema,
  'quantity_trends.csv': QuantityTrendRowSchema,
  'quantity_groups.csv': QuantityGroupRowSchema,
  'quantities.json': QuantityLexiconSchema,
  'workreport.config.json': ConfigSchema,
};

/** JSON Schemas of everything in `SCHEMAS`, keyed by name, in sorted order. */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(SCHEMAS).sort()) {
    // Inputs (the config) are described as written, where fields with defaults are optional.
    const io = name.endsWith('.config.json') ? 'input' : 'output';
    out[name] = z.toJSONSchema(SCHEMAS[name]!, { io, unrepresentable: 'any' });
  }
  return out;
}
