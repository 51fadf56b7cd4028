/**
 * The theme lexicon (`src/lexicon/themes.json`, or a user's file passed with `--lexicon`).
 *
 * A term is either a plain string, matched literally, or a regular expression written between slashes
 * (`"/新冠(肺炎)?疫情/"`, JavaScript syntax, always compiled with the `u` flag, no other flags). Plain
 * multi-character Han terms are added to the segmenter's dictionary (`lexiconTerms`); regex terms are not.
 * `exclude` entries use the same syntax: a term occurrence lying inside an exclude occurrence does not count.
 *
 * ok:     { "id": "proposals", "label": "提案", "group": "function", "note": "…", "terms": ["提案", "提案办理"] }
 * not ok: { "id": "Proposals", … }   (ids are lower-case ASCII kebab-case)
 *         { …, "terms": ["/提案(/"] } (the regex does not compile)
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { overlayByKey, SemverSchema, uniqueBy } from './common.js';
import { itemPlace, problemLines } from '../format/zod-issue.js';
import { compareStrings } from '../compare.js';
import { codePointCount } from '../document/code-points.js';
import { regexReason, t } from '../messages/index.js';

export const THEME_GROUPS = ['function', 'policy'] as const;

/** True when `term` is written as a regular expression (`/…/`). */
export function isRegexTerm(term: string): boolean {
  return term.length > 2 && term.startsWith('/') && term.endsWith('/');
}

/** The RegExp of a `/…/` term (global + unicode), or the error message when it does not compile. */
export function compileRegexTerm(term: string): RegExp | string {
  try {
    const re = new RegExp(term.slice(1, -1), 'gu');
    return re.test('') ? 'the regular expression matches the empty string' : re;
  } catch (e) {
    return regexReason(e);
  }
}

const TermSchema = z
  .string()
  .refine((t) => t.trim() === t && t.length > 0, { message: 'a term must be non-empty, without leading or trailing spaces' })
  .superRefine((t, ctx) => {
    if (!isRegexTerm(t)) return;
    const re = compileRegexTerm(t);
    if (typeof re === 'string') ctx.addIssue({ code: 'custom', message: `invalid regular expression ${t}: ${re}` });
  })
  .describe('a literal word or phrase, or a regular expression written /…/ (JavaScript syntax, u flag)');

const TermListSchema = z.array(TermSchema).superRefine((terms, ctx) => {
  const seen = new Set<string>();
  terms.forEach((t, i) => {
    if (seen.has(t)) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate term "${t}"` });
    seen.add(t);
  });
});

export const ThemeSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case ASCII kebab-case, e.g. "rural-revitalization"')
      .describe('stable ASCII kebab-case id, used in every output'),
    label: z.string().min(1).describe('Chinese label'),
    group: z.enum(THEME_GROUPS).describe('function: what a CPPCC does; policy: the policy area'),
    note: z.string().optional().describe('what the theme covers and what it leaves out (every built-in theme has one)'),
    terms: TermListSchema.min(1).describe('words and phrases counted for the theme'),
    exclude: TermListSchema.optional().describe('phrases inside which a term occurrence does not count'),
  })
  .strict();
export type Theme = z.infer<typeof ThemeSchema>;

export const ThemeLexiconSchema = z
  .object({
    $schema: z.string().optional(),
    version: SemverSchema.describe('semver of the lexicon; bump it whenever a term list changes'),
    themes: z.array(ThemeSchema).min(1).superRefine(uniqueBy<Theme>('id', 'theme id')),
  })
  .strict();
export type ThemeLexicon = z.infer<typeof ThemeLexiconSchema>;

/**
 * Validate a parsed JSON lexicon. Throws a `UsageError` naming the file, the theme (id and index), the field
 * and the value found of every problem (up to `MAX_PROBLEMS` of format/zod-issue.ts).
 */
export function parseLexicon(json: unknown, file: string): ThemeLexicon {
  const result = ThemeLexiconSchema.safeParse(json);
  if (result.success) return result.data;
  throw new UsageError(`${t('error.invalidLexicon', { file })}\n${problemLines(result.error.issues, json, (path) => itemPlace(json, path, { field: 'themes', key: 'id', noun: 'theme' }))}`);
}

/**
 * Combine the built-in lexicon with a user's. `merge`: a user theme with a built-in id replaces it, new ids are
 * added after the built-in ones; `replace`: the user's lexicon alone. The version records both.
 */
export function mergeLexicons(base: ThemeLexicon, user: ThemeLexicon, mode: 'merge' | 'replace'): ThemeLexicon {
  if (mode === 'replace') return user;
  return { version: `${base.version}+user.${user.version}`, themes: overlayByKey(base.themes, user.themes, 'id') };
}

/**
 * Every plain term of at least two characters made only of Han characters, deduplicated and sorted: the words
 * to add to the segmenter's dictionary so that they come out as single tokens. Regex terms and exclude
 * entries are left out.
 */
export function lexiconTerms(lex: ThemeLexicon): string[] {
  const out = new Set<string>();
  for (const theme of lex.themes) {
    for (const t of theme.terms) if (!isRegexTerm(t) && codePointCount(t) >= 2 && /^\p{Script=Han}+$/u.test(t)) out.add(t);
  }
  return [...out].sort(compareStrings);
}
