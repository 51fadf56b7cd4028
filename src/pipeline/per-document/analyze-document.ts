/**
 * One document → everything the corpus tables need from it. Pure and synchronous given its context, and its
 * result is plain data, so it runs the same in the main thread or in a worker (piscina).
 */
import type { RuleSet } from '../../rules/ruleset.js';
import type { DocumentRow } from '../../schemas/documents.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { PlaceholderRow } from '../../schemas/placeholders.js';
import type { QuantityRow } from '../../schemas/quantities.js';
import type { SectionRow } from '../../schemas/sections.js';
import type { TopicRow } from '../../schemas/topics.js';
import type { DocMeta, ReportDoc } from '../../types.js';
import { bodyOf } from '../../document/docx-body.js';
import { countDocument, countTerms, sortedTermCounts, wordCounts, type TermCounts } from './count.js';
import { docTables, type DocTables } from './rows.js';
import { parseOutline } from '../outline/index.js';
import { documentPassages, type DocPassages } from '../passages/index.js';
import { phraseCandidates } from '../formulations/phrase-candidates.js';
import { placeholderCounts, placeholderRows } from './placeholders.js';
import { extractQuantities, type CompiledQuantityLexicon } from '../quantities/index.js';
import { headingCount, sectionRows } from './sections.js';
import { scoreThemes, themeOfText, type ThemeHit } from './themes.js';
import { tokenize, type Segmenter } from './tokenize.js';
import { extractTopics, topicRows } from '../topics/extract.js';

/** What every document is analysed with; built once per process (or per worker). */
export interface DocContext {
  segmenter: Segmenter;
  stopwords: ReadonlySet<string>;
  lexicon: ThemeLexicon;
  rules: RuleSet;
  /** The quantity vocabulary, compiled. */
  quantities: CompiledQuantityLexicon;
}

/** What the corpus step keeps of a document until the end of a run (no tokens, no rows of the long tables). */
export interface DocAnalysis {
  /** documents.csv row without the corpus-level columns (keywords, reused_share, duplicate_of). */
  row: Omit<DocumentRow, 'keywords' | 'reused_share' | 'duplicate_of'>;
  /** Metadata fields by name (docvars plus extra manifest columns), for grouping. */
  meta: Record<string, string>;
  /** Term counts, sorted by count desc then term. */
  terms: TermCounts;
  placeholders: PlaceholderRow[];
  themes: ThemeHit[];
  topics: TopicRow[];
  /** Stated counts of CPPCC work (quantities.csv rows). */
  quantities: QuantityRow[];
  /** Phrase candidates (adjacent words, quoted phrases, A+) and their counts, for collocations and formulations. */
  phrases: TermCounts;
  /** Passage units (all typed arrays, so that they move between threads without a copy). */
  passages: DocPassages;
}

/** One document analysed: what the corpus step keeps, and its rows of the long tables, ready to stream out. */
export interface AnalyzedDocument {
  analysis: DocAnalysis;
  /** This document's rows of terms.csv, sections.csv and themes.csv, serialised. */
  tables: DocTables;
}

/** Analyse one decoded document whose metadata is already resolved. */
export function analyzeDocument(doc: ReportDoc, meta: DocMeta, ctx: DocContext): AnalyzedDocument {
  const { counts, terms, themes, phrases } = tokenStages(doc.text, ctx);
  const placeholders = placeholderRows(doc, ctx.rules);
  const { headings, sections } = outlineStages(doc);
  const row: DocAnalysis['row'] = {
    doc_id: doc.id,
    file: doc.file,
    title: meta.title,
    region: meta.region,
    region_code: meta.region_code,
    province: meta.province,
    prefecture: meta.prefecture,
    region_level: meta.region_level,
    year: meta.year,
    year_source: meta.year_source,
    delivery_year: meta.delivery_year,
    doc_type: meta.doc_type,
    encoding: doc.encoding,
    ...counts,
    ...placeholderCounts(placeholders),
    headings,
  };
  const analysis: DocAnalysis = {
    row,
    meta: metaFields(meta),
    terms,
    placeholders,
    themes,
    topics: topicRows(doc, extractTopics(doc), (t) => themeOfText(t, ctx.lexicon), meta),
    passages: documentPassages(doc),
    quantities: extractQuantities(doc, ctx.quantities, placeholders, meta),
    phrases,
  };
  return { analysis, tables: docTables({ docId: doc.id, hanChars: row.han_chars, terms, sections, themes }, ctx.lexicon) };
}

/**
 * The stages that read the tokens, run first and in a function of their own: the tokens (9 bytes each, some 18
 * million in a 100 MB file) are garbage once it returns, before the stages that read the text alone allocate.
 */
function tokenStages(text: string, ctx: DocContext) {
  const tokens = tokenize(text, ctx.segmenter);
  const words = wordCounts(tokens);
  return {
    counts: countDocument(text, tokens, words),
    terms: sortedTermCounts(countTerms(tokens, ctx.stopwords, words)),
    themes: scoreThemes(text, tokens, ctx.lexicon),
    phrases: phraseCandidates(text, tokens, ctx.stopwords),
  };
}

/** What the corpus step takes from the outline, which is not kept: a large file's is some 80 MB. */
function outlineStages(doc: ReportDoc): { headings: number; sections: SectionRow[] } {
  const outline = parseOutline(bodyOf(doc), { keep: false });
  return { headings: headingCount(outline), sections: sectionRows(doc, outline) };
}

/** Docvars as strings by field name: extra manifest columns and front-matter keys, then the built-in ones. */
export function metaFields(meta: DocMeta): Record<string, string> {
  return {
    ...meta.extra,
    region: meta.region,
    region_code: meta.region_code,
    province: meta.province,
    prefecture: meta.prefecture,
    region_level: meta.region_level,
    year: meta.year === null ? '' : String(meta.year),
    delivery_year: meta.delivery_year === null ? '' : String(meta.delivery_year),
    doc_type: meta.doc_type,
  };
}
