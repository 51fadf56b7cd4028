/**
 * workreport.config.json — the `check` configuration, and the `analyze` section (a study's settings). The zod schema is the single source of the config
 * type and of the JSON Schema that `workreport schema workreport.config.json` prints.
 *
 * ```json
 * {
 *   "rules": { "placeholder/asterisk": "warn", "blank-slot": "off" },
 *   "allow": ["X光", "/AB[CX]/"],
 *   "numbering": { "allowDunHao": false },
 *   "patterns": [{ "id": "tbd", "pattern": "/待[定补]/", "kind": "other", "message": "未填写的“{text}”" }]
 * }
 * ```
 * Whether a rule id exists is checked against the loaded rules (`rules/ruleset.ts`), not here.
 */
import { z } from 'zod';
import { DEFAULT_KEYWORDS, LEXICON_MODES, MAX_KEYWORDS } from '../choices.js';
import { regexReason, t } from '../messages/index.js';
import { PLACEHOLDER_KINDS } from '../rules/kind.js';
import { matcherOf } from '../rules/matcher.js';

export const RULE_LEVELS = ['off', 'warn', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** A literal string, or `/source/flags` for a regular expression that must compile. */
const Matcher = z.string().min(1).superRefine((entry, ctx) => {
  try {
    matcherOf(entry);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: t('config.badRegex', { entry, reason: regexReason(e) }) });
  }
});

export const PatternSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: () => t('config.patternId') })
    .describe('becomes the rule id placeholder/custom-<id>'),
  pattern: Matcher.describe('a literal string, or /regex/flags'),
  kind: z.enum(PLACEHOLDER_KINDS).default('other').describe('placeholder kind reported for a match'),
  message: z.string().min(1).optional()
    .describe('message for a match; {text} stands for the matched text (default: a generic Chinese message)'),
});
export type Pattern = z.infer<typeof PatternSchema>;

/** The `analyze` section: a whole study in one file. Paths are relative to the config file's folder. */
export const AnalyzeConfigSchema = z.strictObject({
  corpus: z.string().min(1).optional().describe('corpus folder (the [dir] argument)'),
  out: z.string().min(1).optional().describe('output folder (--out)'),
  manifest: z.string().min(1).optional().describe('manifest CSV (--manifest)'),
  metaFromPath: z.string().min(1).optional().describe("metadata from relative paths, e.g. '{region}/{year}.md' (--meta-from-path)"),
  lexicon: z.string().min(1).optional().describe('your theme lexicon, JSON (--lexicon)'),
  lexiconMode: z.enum(LEXICON_MODES).optional().describe('merge or replace the built-in themes (--lexicon-mode)'),
  quantityLexicon: z.string().min(1).optional().describe('your quantity vocabulary, JSON (--quantity-lexicon)'),
  quantityLexiconMode: z.enum(LEXICON_MODES).optional().describe('merge or replace the built-in quantity subjects (--quantity-lexicon-mode)'),
  userdict: z.string().min(1).optional().describe("words for the segmenter in jieba's format, added to the built-in dictionary (--userdict)"),
  stopwords: z.string().min(1).optional().describe('stop words, one per line, added to the built-in ones (--stopwords)'),
  groupBy: z.array(z.string().min(1)).optional().describe('extra metadata fields for groups.csv (--group-by)'),
  keynessBy: z.string().min(1).optional().describe('the field whose groups keyness.csv compares (--keyness-by)'),
  excel: z.boolean().optional().describe('CSV with a UTF-8 BOM (--excel)'),
  keepDuplicates: z.boolean().optional().describe('keep near-identical copies of earlier documents in the comparison tables (--keep-duplicates)'),
  keywords: z.number().int().min(0).max(MAX_KEYWORDS).optional()
    .describe(`keywords per document in documents.csv, 0 to ${MAX_KEYWORDS} (--keywords; default ${DEFAULT_KEYWORDS})`),
});
export type AnalyzeConfig = z.infer<typeof AnalyzeConfigSchema>;

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional().describe('path or URL of this JSON Schema, for editors'),
  rules: z.record(z.string(), z.enum(RULE_LEVELS)).default({})
    .describe('rule id → off | warn | error (unknown rule ids are an error)'),
  allow: z.array(Matcher).default([])
    .describe('findings overlapping a match of one of these (literal strings or /regex/flags) are dropped'),
  numbering: z.strictObject({
    allowDunHao: z.boolean().optional()
      .describe('accept 1、 for level-3 headings (default true: published reports often write it; false follows GB/T 9704, 1.)'),
  }).optional().describe('options of the numbering checks'),
  patterns: z.array(PatternSchema).default([]).superRefine((patterns, ctx) => {
    const seen = new Set<string>();
    patterns.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: t('config.duplicateId', { id: p.id }) });
      seen.add(p.id);
    });
  })
    .describe('extra placeholder patterns, reported as placeholder/custom-<id> (error by default)'),
  analyze: AnalyzeConfigSchema.optional()
    .describe('settings of workreport analyze (command-line options win); paths relative to this file'),
});
export type Config = z.infer<typeof ConfigSchema>;
