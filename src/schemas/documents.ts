/**
 * documents.csv — one row per analysed document. The zod schema is the single source of the row type,
 * the column order (the shape's key order) and the published JSON Schema.
 */
import { z } from 'zod';
import { DOC_TYPES, ENCODINGS, REGION_LEVELS, YEAR_SOURCES } from './common.js';
import { PlaceholderCountsSchema } from './placeholders.js';

export const DocumentRowSchema = z.object({
  doc_id: z.string().min(1).describe(
    'stable, unique id: the path relative to the corpus folder without its extension (云南省/2003). When two files would get the same id (a.txt and a.md, or back\\slash.txt beside back/slash.txt), each is named by its whole relative path, extension kept (a.md, a.txt), and ~2, ~3 … is added in path order if that still meets another id; ids that do not collide never change',
  ),
  file: z.string().min(1).describe('path relative to the corpus folder, / separators'),
  title: z.string().describe('title from the manifest, front matter or the first title-like line'),
  region: z.string().describe('region of the issuing body as given (manifest, path) or as written (古蔺县, X县 when masked); empty when unknown'),
  region_code: z
    .string()
    .regex(/^(\d{6})?$/)
    .describe('GB/T 2260 code of the region (6 digits); empty when masked, unknown, national or ambiguous (a name shared by several divisions)'),
  province: z.string().describe('province, autonomous region or municipality the region lies in (四川省); empty when unknown'),
  prefecture: z.string().describe('prefecture-level division the region lies in, itself for a city (泸州市); empty when none or unknown'),
  region_level: z
    .enum([...REGION_LEVELS, ''])
    .describe('county (县, 旗, 自治县, county-level city), district (市辖区), city (prefecture level, 自治州, 盟), province or national; empty when unknown'),
  year: z.number().int().nullable().describe('the year the text is about: reviewed (常委会/提案工作报告), planned (工作要点), named (政府工作报告) or the event year (新闻); empty when unknown'),
  year_source: z.enum(YEAR_SOURCES).describe("where year came from: manifest (its year column), path (--meta-from-path), manifest_title (the manifest's title read as the title line), manifest_url (a date in the manifest's source or url column), text or unknown"),
  delivery_year: z.number().int().nullable().describe('the year the text was delivered or dated (session date, date line); empty when unknown'),
  doc_type: z.enum([...DOC_TYPES, '']).describe(`genre, one of ${DOC_TYPES.join(', ')}; empty when unknown`),
  encoding: z.enum(ENCODINGS).describe('how the file was decoded'),
  chars: z.number().int().nonnegative().describe('Unicode code points of the normalised text, line breaks excluded (spaces and punctuation included)'),
  han_chars: z.number().int().nonnegative().describe('code points of the Han script (CJK ideographs, 〇 included)'),
  words: z.number().int().nonnegative().describe('tokens that are not punctuation or space: words, numbers, placeholders, Latin words'),
  types: z.number().int().nonnegative().describe('distinct texts of word and Latin tokens; numbers and placeholders are not types (every figure would be a new type)'),
  sentences: z.number().int().nonnegative().describe('stretches of a paragraph holding a letter or digit and ended by a run of 。！？!? (？！ ends one) or by the paragraph\'s end (a heading is one sentence)'),
  paragraphs: z.number().int().nonnegative().describe('non-blank lines'),
  keywords: z.string().describe('the terms with the highest TF-IDF against the corpus (10, or --keywords), best first, separated by |; a term found in every document scores 0 and is never a keyword, nor is a numeral such as 第十二届 or 一次'),
  ...PlaceholderCountsSchema.shape,
  headings: z.number().int().nonnegative().describe('numbered section headings (一、 （一） 1. （1） …)'),
  reused_share: z.number().min(0).max(1).describe('share (0–1, 4 decimals) of the characters (as in chars) that lie in sentences or long clauses also found in another document (shared_passages.csv); a shared sentence counts once, not again for its clauses'),
  duplicate_of: z
    .string()
    .describe('doc_id of an earlier document (corpus order, i.e. file path order) whose text this one repeats (Jaccard similarity of their passage sets ≥ 0.8); a copy of a copy names the first of the chain, so it always names a kept document. Such a document is left out of the comparison tables and the report\'s charts unless --keep-duplicates; empty for the others'),
});
export type DocumentRow = z.infer<typeof DocumentRowSchema>;

/** docvars.csv — the metadata beyond documents.csv's fixed columns: extra manifest columns and front-matter keys. */
export const DocvarRowSchema = z.object({
  doc_id: z.string().min(1).describe('the document id (as in documents.csv)'),
  field: z.string().min(1).describe('the extra manifest column or front-matter key, as written (`source`, `届次`)'),
  value: z.string().describe('its value for the document, as written (a manifest column wins over a front-matter key of the same name)'),
});
export type DocvarRow = z.infer<typeof DocvarRowSchema>;

/** terms.csv — tidy long table of term counts, stop words excluded. */
export const TermRowSchema = z.object({
  doc_id: z.string().min(1).describe('the document id (as in documents.csv)'),
  term: z.string().min(1).describe('a word or Latin token of at least two characters, counted as written; never a stop word, number, placeholder, punctuation or space'),
  count: z.number().int().positive().describe('occurrences in the document'),
  per_10k_chars: z.number().nonnegative().describe('count per 10,000 Han characters of the document'),
});
export type TermRow = z.infer<typeof TermRowSchema>;

/** Column names of a row schema, in order. */
export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
