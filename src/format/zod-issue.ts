/**
 * A zod issue → what a user reads about the field, with the value found where zod leaves it out.
 * Shared by the config and lexicon validators (the caller puts the file and field in front).
 *
 * ok:     { code: 'invalid_value', values: ['off', 'warn', 'error'] } at rules["blank-slot"] = "warning"
 *         → `expected one of "off", "warn", "error", got "warning"`
 *         { code: 'invalid_type', expected: 'string' } at a field the object does not have
 *         → `missing (expected a string)`
 */
import type { z } from 'zod';
import { codePointCount } from '../document/code-points.js';
import { t } from '../messages/index.js';

/** The message for one issue of validating `input`. */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const found = valueAt(input, issue.path);
  let expected: string;
  if (issue.code === 'invalid_type') expected = withArticle(issue.expected);
  else if (issue.code === 'invalid_value') {
    expected = issue.values.length === 1 ? shown(issue.values[0]) : t('zod.oneOf', { values: issue.values.map(shown).join(', ') });
  } else if (issue.code === 'unrecognized_keys') {
    return t(issue.keys.length === 1 ? 'zod.unrecognizedKey' : 'zod.unrecognizedKeys', { keys: issue.keys.map((k) => JSON.stringify(k)).join(', ') });
  } else return issue.message;
  return found.present ? t('zod.expected', { expected, found: shown(found.value) }) : t('zod.missing', { expected });
}

/** Problems listed in one message; a file with more is probably not the kind of file expected at all. */
export const MAX_PROBLEMS = 50;

/**
 * The problems of validating `input`, one indented line each (`  <place>: <message>`, the place given by
 * `placeOf`), at most `MAX_PROBLEMS`, then how many more there are.
 */
export function problemLines(issues: readonly z.core.$ZodIssue[], input: unknown, placeOf: (path: readonly PropertyKey[]) => string): string {
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue) => `  ${placeOf(issue.path)}: ${issueMessage(issue, input)}`);
  const more = issues.length > MAX_PROBLEMS ? `\n  ${t('error.moreProblems', { count: issues.length - MAX_PROBLEMS })}` : '';
  return `${lines.join('\n')}${more}`;
}

/** A field path as written in messages: `terms[2]`, `units[0]`, `a.b`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** The value at `path` in `input`, and whether it is there at all (a key set to `undefined` cannot come from JSON). */
function valueAt(input: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { present: false };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value };
}

/** A value as it is written in JSON, cut short when long; arrays and objects by their kind. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return t('zod.array');
  if (value !== null && typeof value === 'object') return t('zod.object');
  const text = typeof value === 'bigint' || typeof value === 'symbol' ? String(value) : JSON.stringify(value) ?? String(value);
  return codePointCount(text) > 60 ? `${[...text].slice(0, 57).join('')}…` : text;
}

function withArticle(type: string): string {
  return t(/^[aeiou]/.test(type) ? 'zod.typeVowel' : 'zod.type', { type });
}

/**
 * Where an issue stands in a data file whose main field is a list of named items: `theme "proposals"
 * (themes[3]), field terms[2]` — the item by its name when it has one, by its index when not — or `field x`
 * outside the list, `the file` at the top.
 */
export function itemPlace(json: unknown, path: readonly PropertyKey[], list: { field: string; key: string; noun: string }): string {
  if (path[0] !== list.field || typeof path[1] !== 'number') return path.length ? `field ${fieldPath(path)}` : 'the file';
  const raw = (json as Record<string, unknown[] | undefined>)[list.field]?.[path[1]];
  const name = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[list.key] : undefined;
  const item = typeof name === 'string' && name !== '' ? `${list.noun} "${name}" (${list.field}[${path[1]}])` : `${list.noun} ${list.field}[${path[1]}]`;
  return path.length > 2 ? `${item}, field ${fieldPath(path.slice(2))}` : item;
}
