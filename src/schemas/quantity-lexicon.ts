/**
 * The quantity vocabulary (`src/lexicon/quantities.json`, or a user's file passed with `--quantity-lexicon`):
 * the closed list of subjects a stated count can belong to (提案, 立案, 视察 …), the words that name each one,
 * and the measure words each one is counted in.
 *
 * A word may name several subjects; the measure word picks one: 办复 552件 is 办复, 99.2%已经办复 is 办复率.
 * `exclude` lists longer words inside which no term counts (委员 inside 委员会).
 *
 * ok:     { "subject": "立案", "note": "…", "terms": ["立案", "审查立案"], "units": ["件"] }
 * not ok: { "subject": "立案", "terms": [], … }           (a subject needs at least one term)
 *         { "subject": "办复率", "units": ["%", "件"] }    (a rate is counted in % only)
 */
import { t } from '../messages/index.js';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { overlayByKey, SemverSchema, uniqueBy } from './common.js';
import { itemPlace, problemLines } from '../format/zod-issue.js';

/** Measure words a count can be stated in (`%` for rates: 办复率, 立案率, 满意率). */
export const QUANTITY_UNITS = ['件', '次', '场', '场次', '条', '篇', '项', '人', '人次', '名', '位', '个', '家', '份', '期', '%'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

const WordSchema = z
  .string()
  .regex(/^\p{Script=Han}+$/u, 'a term is one or more Han characters, without spaces or punctuation')
  .describe('a word as written in Simplified characters (Traditional ones are matched too)');

const WordListSchema = z.array(WordSchema).superRefine((words, ctx) => {
  const seen = new Set<string>();
  words.forEach((w, i) => {
    if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate term "${w}"` });
    seen.add(w);
  });
});

export const QuantitySubjectSchema = z
  .object({
    subject: z.string().regex(/^\p{Script=Han}+$/u, 'a subject is a Chinese name, e.g. "提案"').describe('the canonical subject, as written in quantities.csv'),
    note: z.string().optional().describe('what the subject counts and what it leaves out (every built-in subject has one)'),
    terms: WordListSchema.min(1).describe('words that name the subject next to a number'),
    units: z
      .array(z.enum(QUANTITY_UNITS))
      .min(1)
      .refine((u) => u.every((x) => x === '%') || u.every((x) => x !== '%'), { message: 'a subject is either a rate (units ["%"]) or a count (no "%")' })
      .describe('measure words the subject is counted in; ["%"] makes it a rate'),
  })
  .strict();
export type QuantitySubject = z.infer<typeof QuantitySubjectSchema>;

export const QuantityLexiconSchema = z
  .object({
    $schema: z.string().optional(),
    version: SemverSchema.describe('semver of the vocabulary; bump it whenever a subject or term changes'),
    subjects: z.array(QuantitySubjectSchema).min(1).superRefine(uniqueBy<QuantitySubject>('subject', 'subject')),
    exclude: WordListSchema.optional().describe('longer words inside which no term counts (委员会, 提案工作)'),
  })
  .strict();
export type QuantityLexicon = z.infer<typeof QuantityLexiconSchema>;

/** Validate a parsed vocabulary; a `UsageError` names the file and, for each problem, the subject and field. */
export function parseQuantityLexicon(json: unknown, file: string): QuantityLexicon {
  const result = QuantityLexiconSchema.safeParse(json);
  if (result.success) return result.data;
  throw new UsageError(`${t('error.invalidQuantityLexicon', { file })}\n${problemLines(result.error.issues, json, (path) => itemPlace(json, path, { field: 'subjects', key: 'subject', noun: 'subject' }))}`);
}

/**
 * Combine the built-in vocabulary with a user's. `merge`: a user subject with a built-in name replaces it, new
 * subjects are added after the built-in ones, exclusions are joined; `replace`: the user's vocabulary alone.
 */
export function mergeQuantityLexicons(base: QuantityLexicon, user: QuantityLexicon, mode: 'merge' | 'replace'): QuantityLexicon {
  if (mode === 'replace') return user;
  const subjects = overlayByKey(base.subjects, user.subjects, 'subject');
  const exclude = [...new Set([...(base.exclude ?? []), ...(user.exclude ?? [])])];
  return { version: `${base.version}+user.${user.version}`, subjects, exclude };
}
