/**
 * Regular expressions a user writes — config `patterns` and `allow` (which `check` picks up from a draft's
 * folder) and kwic's `/…/` terms — run on RE2 (the `re2` package), whose matching takes time linear in the text
 * whatever the pattern. JavaScript's own engine backtracks: `(a+)+$` on a line of forty a's and a b takes
 * longer than the universe is old, so a draft folder's config could hang `check`. The price is RE2's syntax:
 * no lookaround and no backreferences, refused with a message saying so. Literal strings stay JavaScript
 * RegExps (an escaped literal cannot backtrack).
 *
 * ok:     userRegExp('(a+)+$', 'g')   → an RE2 that answers at once on any input
 * not ok: userRegExp('(?<=X)县', 'g') → SyntaxError: … lookaround (?=, (?!, (?<=, (?<!) and backreferences …
 */
import { createRequire } from 'node:module';
import { t } from '../messages/index.js';

type Re2Constructor = new (source: string, flags?: string) => RegExp;

let re2: Re2Constructor | null | undefined;

/**
 * `re2`, loaded on first use (a check without a custom regular expression never loads the native module);
 * `null` where it is not installed: it is an optional dependency, left out by an install without a C++
 * compiler (an office PC), and then no user pattern runs rather than one on a backtracking engine.
 */
function loadRe2(): Re2Constructor | null {
  if (re2 === undefined) {
    try {
      re2 = createRequire(import.meta.url)('re2') as Re2Constructor;
    } catch {
      re2 = null;
    }
  }
  return re2;
}

/** A user's regular expression, run on RE2; throws `SyntaxError` with a message a user can act on. */
export function userRegExp(source: string, flags: string): RegExp {
  const re2 = loadRe2();
  if (re2 === null) throw new SyntaxError(t('regex.noRe2'));
  // RE2 is always Unicode-aware; `v` (set notation) has no RE2 form beyond what `u` reads.
  const re2Flags = flags.replace('v', 'u');
  try {
    return new re2(source, re2Flags);
  } catch (e) {
    throw new SyntaxError(explain(source, flags, (e as Error).message));
  }
}

/** What is wrong: JavaScript's own complaint when the pattern is invalid anyway, else what RE2 cannot do. */
function explain(source: string, flags: string, re2Message: string): string {
  try {
    new RegExp(source, flags);
  } catch (e) {
    return (e as Error).message;
  }
  return t('regex.re2', { reason: re2Message });
}
