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
    .describe('where it failed: skipped (found but not read: a .doc, .pdf, .wps … with what to do instead, a symbolic link, a FIFO or device, a subfolder that cannot be read — then file is the folder), read (including a file over --max-file-mb), decode (including empty files), metadata or analyze'),
  message: z.string().min(1).describe('what went wrong and what was expected, in English whatever the locale (stderr says the same in the interface\'s language)'),
});
export type ErrorRow = z.infer<typeof ErrorRowSchema>;

/** warnings.csv — a doubt about a document's given metadata; the document was analysed all the same. */
export const WarningRowSchema = z.object({
  doc_id: z.string().min(1).describe('the document (documents.csv doc_id)'),
  file: z.string().min(1).describe('path relative to the corpus folder'),
  field: z.enum(['region', 'region_level', 'year', 'doc_type']).describe('the metadata field the warning is about'),
  value: z.string().describe('the value as given'),
  source: z.enum(['manifest', 'path', 'front_matter']).describe('where the value was given: the manifest, the --meta-from-path pattern, the file\'s front matter'),
  message: z.string().min(1).describe('what does not hold and what was kept, in English whatever the locale (stderr says the same in the interface\'s language)'),
});
export type WarningRow = z.infer<typeof WarningRowSchema>;

const count = z.number().int().nonnegative();

/** summary.json — totals, options, provenance, per-document records and the trends in nested form. */
export const SummarySchema = z.object({
  tool: z.object({ name: z.literal('workreport'), version: z.string().describe('the version of workreport that wrote the output') }),
  options: z.object({
    dir: z.string().describe('the corpus folder as given'),
    manifest: z.string().nullable().describe('the manifest used (given or found in the corpus folder)'),
    manifest_encoding: z.enum(ENCODINGS).nullable().describe('how the manifest was decoded (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5); null without one'),
    meta_from_path: z.string().nullable().describe('the --meta-from-path pattern, when given'),
    lexicon: z.string().nullable().describe('the user theme lexicon, when given'),
    lexicon_mode: z.enum(['merge', 'replace']).nullable().describe('how the user theme lexicon was laid over the built-in one; null without one'),
    quantity_lexicon: z.string().nullable().describe('the user quantity vocabulary, when given'),
    quantity_lexicon_mode: z.enum(['merge', 'replace']).nullable().describe('how the user quantity vocabulary was laid over the built-in one; null without one'),
    group_by: z.array(z.string()).describe('fields of groups.csv and quantity_groups.csv: region, region_level, doc_type, year, then --group-by'),
    keyness_by: z.string().describe('field of keyness.csv (--keyness-by, else year when any year is known, else region)'),
    keywords: count.describe('keywords per document in documents.csv (--keywords)'),
    excel: z.boolean().describe('whether CSV files start with a UTF-8 BOM (--excel)'),
    keep_duplicates: z.boolean().describe('whether near-identical copies of earlier documents were kept in the comparison tables'),
    userdict: z.string().nullable().describe('the user dictionary for the segmenter (--userdict), when given'),
    stopwords: z.string().nullable().describe('the user stop-word file (--stopwords), when given'),
    config: z.string().nullable().describe('the workreport.config.json whose analyze section was used, when one was'),
  }),
  input_files: z.record(z.string(), z.string())
    .describe('sha256 of each file the user gave (config, manifest, lexicon, quantity lexicon, userdict, stopwords), by its path as given'),
  lexicons: z.object({
    files: z.record(z.string(), z.string())
      .describe('sha256 of each lexicon file used: a built-in one by name, a --lexicon or --quantity-lexicon file by its path'),
    themes_version: z.string().describe('version of the theme lexicon in force'),
    themes: count.describe('themes of the lexicon in force'),
    quantities_version: z.string().describe('version of the quantity vocabulary in force'),
    quantity_subjects: count.describe('subjects of the quantity vocabulary in force'),
  }),
  totals: z.object({
    documents: count.describe('documents analysed (rows of documents.csv)'),
    skipped: count.describe('files not analysed (rows of errors.csv)'),
    warnings: count.describe('doubts about given metadata (rows of warnings.csv)'),
    chars: count.describe('the sum of documents.csv chars'),
    han_chars: count.describe('the sum of documents.csv han_chars'),
    words: count.describe('the sum of documents.csv words'),
    sentences: count.describe('the sum of documents.csv sentences'),
    paragraphs: count.describe('the sum of documents.csv paragraphs'),
    distinct_terms: count.describe('rows of corpus_terms.csv'),
    placeholders: count.describe('the sum of documents.csv placeholders'),
    blank_slots: count.describe('the sum of documents.csv blank_slots'),
    headings: count.describe('the sum of documents.csv headings'),
    topics: count.describe('rows of topics.csv'),
    quantities: count.describe('rows of quantities.csv'),
    unknown_year: count.describe('documents without a known year (of those the comparison tables keep), left out of trends.csv'),
    duplicates: count.describe('documents whose text copies an earlier one (documents.csv duplicate_of not empty)'),
    duplicates_left_out: count.describe('of those, documents left out of trends, groups, keyness and the topic tables (0 with --keep-duplicates)'),
    collocations: count.describe('rows of collocations.csv'),
    formulations: count.describe('rows of formulations.csv'),
  }),
  themes: z.array(z.object({
    id: z.string().describe('theme id'),
    label: z.string().describe('Chinese label'),
    group: z.string().describe('the theme\'s group in the lexicon'),
    hits: count.describe('hits over the corpus (all documents)'),
    docs: count.describe('documents with at least one hit'),
  })).describe('per theme of the lexicon, in lexicon order'),
  trends: z.record(z.string(), z.record(z.string(), z.object({ per_10k_chars: z.number(), hits: count, docs_with_theme: count, topics: count })))
    .describe('trends.csv nested: { year: { theme: { per_10k_chars, hits, docs_with_theme, topics } } }'),
  errors: z.array(ErrorRowSchema).describe('as errors.csv'),
  documents: z.array(DocumentRowSchema).describe('the rows of documents.csv'),
});
export type Summary = z.infer<typeof SummarySchema>;
