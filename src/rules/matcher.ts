/**
 * Config strings that match text: a plain string matches itself literally; `/source/flags` is a regular
 * expression run on RE2, in linear time (user-regex.ts); the `g` flag is always added, so every match is found.
 *
 * ok:  'X光'        → /X光/g
 * ok:  '/AB[CX]/i'  → /AB[CX]/gi
 * not ok: '/AB[/'   → throws SyntaxError (the config schema reports it with the field's path)
 */

import { userRegExp } from './user-regex.js';

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;

/** True when `entry` is written as `/source/flags`. */
export function isRegexLiteral(entry: string): boolean {
  return REGEX_LITERAL.test(entry);
}

/** The global regular expression an allow-list or pattern entry stands for. Throws on an invalid regex. */
export function matcherOf(entry: string): RegExp {
  const m = REGEX_LITERAL.exec(entry);
  if (!m) return new RegExp(escapeRegExp(entry), 'gu');
  const flags = m[2]!.includes('g') ? m[2]! : `${m[2]!}g`;
  return userRegExp(m[1]!, flags);
}

/** Every match of `re` in `text` as half-open spans; empty matches are skipped. */
export function matchSpans(re: RegExp, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
