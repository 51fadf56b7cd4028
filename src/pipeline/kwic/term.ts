/**
 * A KWIC term as typed on the command line → what `kwic` searches: a literal string, or a regular expression
 * written `/…/` with optional flags (i, m, s, u, v), run on RE2 in linear time (rules/user-regex.ts). Pure.
 *
 * ok:     '全覆盖' → '全覆盖';  '/协商(议政|建言)/' → /协商(议政|建言)/gu
 * not ok: '/协商(/' → UsageError naming the term and the parser's complaint
 */
import { UsageError } from '../../errors.js';
import { regexReason, t } from '../../messages/index.js';
import { userRegExp } from '../../rules/user-regex.js';

const REGEX_TERM = /^\/(.+)\/([a-z]*)$/s;
const ALLOWED_FLAGS = /^[imsuv]*$/;

/** Parse a term; an invalid regular expression or flag is a `UsageError`. */
export function parseKwicTerm(term: string): string | RegExp {
  if (term === '') throw new UsageError(t('kwic.emptyTerm'));
  const m = REGEX_TERM.exec(term);
  if (!m) return term;
  const [, source, flags] = m as unknown as [string, string, string];
  if (!ALLOWED_FLAGS.test(flags)) {
    throw new UsageError(t('kwic.badFlag', { term, flags }));
  }
  // Code-point semantics unless the user chose v: . and [^…] then match one Han character of any plane.
  const withUnicode = flags.includes('u') || flags.includes('v') ? flags : `${flags}u`;
  try {
    return userRegExp(source, `${withUnicode}g`);
  } catch (e) {
    throw new UsageError(t('kwic.badRegex', { term, reason: regexReason(e) }));
  }
}
