/**
 * workreport's public API: re-exports only. Importing it loads no native code; nodejieba is loaded when
 * `loadJieba()` (or `analyzeCorpus`) is first called.
 */
export type * from './types.js';
export { DOC_TYPES, REGION_LEVELS, YEAR_SOURCES } from './types.js';

// The document model: bytes → text → normalised text with a map back → positions.
export { decodeBytes, DecodeError } from './document/decode.js';
export { normalizeText } from './document/normalize.js';
export { createDocument, docIdOf, uniqueDocIds } from './document/create.js';
export { createLocator, type Locator } from './document/location.js';
export { toDiagnostic, contextOf } from './document/span.js';
export { readDocument, documentFromBytes } from './io/read.js';

// Orchestrators, and the error they throw for a usage, configuration or input problem.
export { UsageError } from './errors.js';
export { analyzeCorpus, analyzeToFolder, memoryOutput, type AnalyzeOptions, type AnalyzeResult } from './analyze.js';
export { openOutputFolder, type OutputFolder, type OutputSink } from './io/output-folder.js';
export { checkFiles, noticesOf, summarize, type CheckOptions, type CheckRun, type FileResult } from './check.js';
export {
  setLanguage, language, languageFromEnv, t, render, reasonText, MessageError, type Language, type Message, type MessageKey,
} from './messages/index.js';
export { checkDocument } from './pipeline/per-document/check-document.js';
export { compileRuleSet, type RuleSet } from './rules/ruleset.js';
export { listCorpus, type CorpusEntry, type CorpusListing, type CorpusOptions } from './corpus.js';
export { createDocContext, loadThemeLexicon } from './context.js';

// Stages (pure functions over plain data).
export { loadJieba } from './segmenter/jieba.js';
export { tokenize, type Segmenter, type Token, type TokenKind } from './pipeline/per-document/tokenize.js';
export { tokenColumns, tokenList, type Tokens } from './pipeline/per-document/tokens.js';
export { countDocument, countTerms, type DocCounts } from './pipeline/per-document/count.js';
export { keywordsByTfidf, documentFrequency } from './pipeline/per-document/keywords.js';
export { resolveMeta, inferMetaFromText } from './pipeline/docvars/metadata.js';
export { parseManifest } from './pipeline/docvars/manifest.js';
export { compilePathPattern, matchPath } from './pipeline/docvars/path-pattern.js';
export { parseOutline, numberingFindings, sectionPathAt, NUMBERING_RULES, type Outline, type Heading } from './pipeline/outline/index.js';
export { sectionRows } from './pipeline/per-document/sections.js';
export { placeholderRows, placeholderCounts } from './pipeline/per-document/placeholders.js';
export { BUILTIN_RULES } from './rules/index.js';
export type { Rule, RuleContext } from './rules/types.js';
export { scoreThemes, themeOfText, type ThemeHit } from './pipeline/per-document/themes.js';
export { extractTopics, topicRows, type Topic } from './pipeline/topics/extract.js';
export { trendRows } from './pipeline/corpus/trends.js';
export { groupRows } from './pipeline/corpus/groups.js';
export { keynessRows } from './pipeline/corpus/keyness.js';
export { topicFamilies, wordingKey, FAMILY_SIMILARITY, type FamilyInput, type TopicFamily } from './pipeline/topics/families.js';
export { topicTables, type TopicDoc, type TopicTables } from './pipeline/topics/outputs.js';
export { duplicatesOf } from './pipeline/corpus/duplicates.js';
export { passageFingerprints, passageUnits, type PassageUnit, type PassageUnits } from './pipeline/passages/fingerprints.js';
export { sharedPassages, DUPLICATE_SIMILARITY } from './pipeline/passages/shared.js';
export { kwic } from './pipeline/kwic/search.js';
export { analyzeDocument, type AnalyzedDocument, type DocAnalysis, type DocContext } from './pipeline/per-document/analyze-document.js';

// Formats (pure: results → string).
export { toCsv, parseCsv } from './format/csv.js';
export { renderReport } from './format/report-html.js';

// Schemas: the single source of every input and output type.
export { SCHEMAS, jsonSchemas } from './schemas/index.js';
export { OUTPUTS, type OutputSpec } from './schemas/outputs.js';
export { codebook } from './format/codebook.js';
export { parseLexicon, mergeLexicons, ThemeLexiconSchema, type ThemeLexicon } from './schemas/lexicon.js';
export { ManifestRowSchema, type ManifestRow } from './schemas/manifest.js';
export { ConfigSchema, type Config } from './schemas/config.js';
