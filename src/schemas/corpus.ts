/**
 * The corpus-level outputs that have no stage of their own: corpus_terms.csv, errors.csv and summary.json.
 */
import { z } from 'zod';
import { ENCODINGS } from './common.js';
import { DocumentRowSchema } from './documents.js';

/** corpus_terms.csv — every term's total over the corpus and its document frequency. */
export const CorpusTermRowSchema = z.object({
  term: z.string().min(1).describe('a term as in terms.csv'),
  count: z.number().int().positive().describe('occurrences in the whole corpus'),
  docs: z.number().int().positive().describe('documents the term occurs in (document frequency)'),
});
export type CorpusTermRow = z.infer<typeof CorpusTermRowSchema>;

/** errors.csv — a file that could not be analysed; the batch went on without it. */
export const ErrorRowSchema = z.object({
  file: z.string().min(1).describe('path relative to the corpus folder'),
  stage: z.enum(['skipped', 'read', 'decode', 'metadata', 'analyze'])
    .describe('where it failed: skipped (not read: unsupported format, link, FIFO, unreadable folder), read (also too large), decode (also empty files), metadata, analyze'),
  message: z.string().min(1).describe('what went wrong and what was expected'),
});
export type ErrorRow = z.infer<typeof ErrorRowSchema>;

const count = z.number().int().nonnegative();

/** summary.json — totals, options, provenance, per-document records and the trends in nested form. */
export const SummarySchema = z.object({
  tool: z.object({ name: z.literal('workreport'), version: z.string() }),
  options: z.object({
    dir: z.string().describe('the corpus folder as given'),
    manifest: z.string().nullable().describe('the manifest used (given or found in the corpus folder)'),
    manifest_encoding: z.enum(ENCODINGS).nullable().describe('how the manifest was decoded (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030); null without one'),
    meta_from_path: z.string().nullable(),
    lexicon: z.string().nullable().describe('the user theme lexicon, when given'),
    lexicon_mode: z.enum(['merge', 'replace']).nullable(),
    quantity_lexicon: z.string().nullable().describe('the user quantity vocabulary, when given'),
    quantity_lexicon_mode: z.enum(['merge', 'replace']).nullable(),
    group_by: z.array(z.string()).describe('fields of groups.csv'),
    keyness_by: z.string().describe('field of keyness.csv'),
    keywords: count,
    excel: z.boolean(),
    keep_duplicates: z.boolean().describe('whether near-identical copies of earlier documents were kept in the comparison tables'),
    userdict: z.string().nullable().describe('the user dictionary for the segmenter (--userdict), when given'),
    stopwords: z.string().nullable().describe('the user stop-word file (--stopwords), when given'),
    config: z.string().nullable().describe('the workreport.config.json whose analyze section was used, when one was'),
  }),
  input_files: z.record(z.string(), z.string())
    .describe('sha256 of each file the user gave (config, manifest, lexicon, userdict, stopwords), by its path'),
  lexicons: z.object({
    files: z.record(z.string(), z.string()).describe('sha256 of each lexicon file used, by name (the user lexicon by its path)'),
    themes_version: z.string(),
    themes: count,
    quantities_version: z.string().describe('version of the quantity vocabulary in force'),
    quantity_subjects: count,
  }),
  totals: z.object({
    documents: count, skipped: count, chars: count, han_chars: count, words: count, sentences: count, paragraphs: count,
    distinct_terms: count, placeholders: count, blank_slots: count, headings: count, topics: count,
    quantities: count.describe('rows of quantities.csv'),
    unknown_year: count.describe('documents without a known year, left out of trends.csv'),
    duplicates: count.describe('documents whose text copies an earlier one (documents.csv duplicate_of not empty)'),
    duplicates_left_out: count.describe('of those, documents left out of trends, groups, keyness and the topic tables (0 with --keep-duplicates)'),
    collocations: count.describe('rows of collocations.csv'),
    formulations: count.describe('rows of formulations.csv'),
  }),
  themes: z.array(z.object({ id: z.string(), label: z.string(), group: z.string(), hits: count, docs: count })),
  trends: z.record(z.string(), z.record(z.string(), z.object({ per_10k_chars: z.number(), hits: count, docs_with_theme: count, topics: count })))
    .describe('{ year: { theme: { per_10k_chars, hits, docs_with_theme, topics } } }'),
  errors: z.array(ErrorRowSchema),
  documents: z.array(DocumentRowSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
