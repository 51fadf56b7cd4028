/**
 * One document → everything the corpus tables need from it. Pure and synchronous given its context, and its
 * result is plain data, so it runs the same in the main thread or in a worker (piscina).
 */
import { withoutPinyinNotes } from '../../document/pinyin-notes.js';
import type { RuleSet } from '../../rules/ruleset.js';
import type { DocumentRow } from '../../schemas/documents.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { SectionRow } from '../../schemas/sections.js';
import type { QuantityValue } from '../../schemas/quantities.js';
import type { DocMeta, MetaWarning, ReportDoc } from '../../types.js';
import { bodyOf } from '../../document/docx-body.js';
import { countDocument, documentTerms, type TermCounts } from './count.js';
import { keptQuantities, keptTopics, kindCounts, type KeptTopic, type KindCount } from './kept-rows.js';
import { docTables, stageLines, utf8Parts, type DocTables } from './rows.js';
import { parseOutline } from '../outline/index.js';
import { documentPassages, type DocPassages } from '../passages/index.js';
import { phraseCandidates } from '../formulations/phrase-candidates.js';
import { placeholderCounts, placeholderRows } from './placeholders.js';
import { extractQuantities, type CompiledQuantityLexicon } from '../quantities/index.js';
import { headingCount, sectionRows } from './sections.js';
import { scoreThemes, themeOfText, type ThemeHit } from './themes.js';
import { tokenize, type Segmenter } from './tokenize.js';
import { extractTopics, topicRows } from '../topics/extract.js';
import { foldToSimplified } from '../topics/fold.js';

/** What every document is analysed with; built once per process (or per worker). */
export interface DocContext {
  segmenter: Segmenter;
  stopwords: ReadonlySet<string>;
  lexicon: ThemeLexicon;
  rules: RuleSet;
  /** The quantity vocabulary, compiled. */
  quantities: CompiledQuantityLexicon;
  /**
   * Called once the stages that cut the text are done, before the others: a worker given a large file frees the
   * segmenter's dictionaries there (some 250 MB, worker.ts), which the rest of the document's analysis can use.
   */
  segmented?: () => void;
}

/**
 * What the corpus step keeps of a document until the end of a run (no tokens, no rows of the per-document tables,
 * only the columns of some that it reads: kept-rows.ts).
 */
export interface DocAnalysis {
  /** documents.csv row without the corpus-level columns (keywords, reused_share, duplicate_of). */
  row: Omit<DocumentRow, 'keywords' | 'reused_share' | 'duplicate_of'>;
  /** Metadata fields by name (docvars plus extra manifest columns), for grouping. */
  meta: Record<string, string>;
  /** Term counts, sorted by count desc then term. */
  terms: TermCounts;
  /** placeholders.csv's rows of the document counted by kind. */
  placeholderKinds: KindCount[];
  themes: ThemeHit[];
  /** topics.csv's rows, the columns the corpus step reads. */
  topics: KeptTopic[];
  /** Stated counts of CPPCC work: quantities.csv's rows, the columns the corpus step reads. */
  quantities: QuantityValue[];
  /** Phrase candidates (adjacent words, quoted phrases, A+) and their counts, for collocations and formulations. */
  phrases: TermCounts;
  /** Passage units (all typed arrays, so that they move between threads without a copy). */
  passages: DocPassages;
  /** Doubts about the given metadata (warnings.csv). */
  warnings: MetaWarning[];
}

/** One document analysed: what the corpus step keeps, and its rows of the long tables, ready to stream out. */
export interface AnalyzedDocument {
  analysis: DocAnalysis;
  /** This document's rows of every per-document table, serialised (sections.csv's as soon as the outline is read). */
  tables: DocTables;
}

/**
 * Analyse one decoded document whose metadata is already resolved. The rows of each table are serialised as soon as
 * the stages that read them are done (placeholders once the quantities have read them), so that a large document's
 * rows are not all held at once.
 */
export function analyzeDocument(doc: ReportDoc, meta: DocMeta, ctx: DocContext): AnalyzedDocument {
  // Every stage that reads words reads a Simplified copy of the text (the same text when it has no Traditional
  // character, and always of the same length, so offsets hold in both): the segmenter's dictionary, the theme
  // lexicon, the stop words and the quantity and topic rules are Simplified, and a report in Traditional
  // characters (人民政協, 民主監督) would otherwise be cut into pieces and match no theme.
  const folded = foldToSimplified(doc.text);
  const { counts, terms, themes, phrases } = tokenStages(folded, ctx);
  ctx.segmented?.();
  const found = placeholderStages(doc, meta, ctx, folded);
  const { headings, sections } = outlineStages(doc);
  const termTables = utf8Parts(docTables({ docId: doc.id, hanChars: counts.han_chars, terms, sections, themes }, ctx.lexicon));
  const topics = topicRows(doc, extractTopics(doc, folded), (t) => themeOfText(foldToSimplified(withoutPinyinNotes(t)), ctx.lexicon), meta);
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
    ...found.counts,
    headings,
  };
  const analysis: DocAnalysis = {
    row,
    meta: metaFields(meta),
    terms,
    placeholderKinds: found.kinds,
    themes,
    topics: keptTopics(topics),
    passages: documentPassages(doc),
    quantities: found.quantities,
    phrases,
    warnings: meta.warnings ?? [],
  };
  const tables: DocTables = { ...termTables, ...found.tables, ...utf8Parts({ topics: stageLines('topics', doc.id, topics) }) };
  return { analysis, tables };
}

/**
 * Placeholders, and the stated counts, which read them (a count masked by a placeholder): both tables serialised
 * here, and of their rows only the counts and columns the corpus step reads kept.
 */
function placeholderStages(doc: ReportDoc, meta: DocMeta, ctx: DocContext, folded: string) {
  const placeholders = placeholderRows(doc, ctx.rules);
  const quantities = extractQuantities(doc, ctx.quantities, placeholders, meta, folded);
  return {
    counts: placeholderCounts(placeholders),
    kinds: kindCounts(placeholders),
    quantities: keptQuantities(quantities),
    tables: utf8Parts({ placeholders: stageLines('placeholders', doc.id, placeholders), quantities: stageLines('quantities', doc.id, quantities) }),
  };
}

/**
 * The stages that read the tokens, run first and in a function of their own: the tokens (9 bytes each, some 18
 * million in a 100 MB file) are garbage once it returns, before the stages that read the text alone allocate.
 */
function tokenStages(text: string, ctx: DocContext) {
  const tokens = tokenize(text, ctx.segmenter);
  const { types, terms } = documentTerms(tokens, ctx.stopwords);
  return {
    counts: countDocument(text, tokens, { size: types }),
    terms,
    themes: scoreThemes(text, tokens, ctx.lexicon),
    phrases: phraseCandidates(text, tokens, ctx.stopwords),
  };
}

/** What the corpus step takes from the outline, which is not kept: a large file's is some 80 MB. */
function outlineStages(doc: ReportDoc): { headings: number; sections: SectionRow[] } {
  const outline = parseOutline(bodyOf(doc), { keep: false });
  return { headings: headingCount(outline), sections: sectionRows(doc, outline) };
}

/** The built-in docvars every document has (`metaFields`' own keys). */
export const META_FIELDS = ['region', 'region_code', 'province', 'prefecture', 'region_level', 'year', 'delivery_year', 'doc_type'] as const;

/** Docvars as strings by field name: extra manifest columns and front-matter keys, then the built-in ones (`META_FIELDS`). */
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
