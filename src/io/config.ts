/**
 * Finding and loading `workreport.config.json`: the nearest one in the file's folder or above, or the
 * one given with `--config`. An unreadable, malformed or invalid config is a `UsageError` (exit 2) whose
 * message names the file and the field.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { issueMessage } from '../format/zod-issue.js';
import { t } from '../messages/index.js';
import { customRuleId } from '../rules/custom.js';
import { unknownRuleIds } from '../rules/ruleset.js';
import type { Config } from '../schemas/config.js';
import { parseJsonFile } from './json.js';
import { readTextFile } from './text-file.js';

export const CONFIG_FILE = 'workreport.config.json';

/**
 * The nearest `workreport.config.json` in `dir` or one of its ancestors; `undefined` when there is none. `cache`
 * (folder → answer) is filled for `dir` and each ancestor asked: the folders of one tree share their ancestors, so
 * with one cache per run each folder is looked at once (the provinces: 34 lookups instead of 200).
 */
export function findConfig(
  dir: string, cache = new Map<string, Promise<string | undefined>>(),
): Promise<string | undefined> {
  const d = resolve(dir);
  let found = cache.get(d);
  if (!found) {
    found = (async () => {
      const candidate = join(d, CONFIG_FILE);
      const s = await stat(candidate).catch(() => undefined);
      if (s?.isFile()) return candidate;
      const parent = dirname(d);
      return parent === d ? undefined : findConfig(parent, cache);
    })();
    cache.set(d, found);
  }
  return found;
}

/**
 * Read, parse and validate a config file. With `ruleIds` (`knownRuleIds` in rules/ruleset.ts), rule ids
 * that do not exist are reported together with the schema's problems.
 */
export async function loadConfig(path: string, ruleIds?: readonly string[]): Promise<Config> {
  const { text } = await readTextFile(path, 'config');
  return parseConfig(parseJsonFile(text, path), path, ruleIds);
}

/**
 * Validate parsed JSON as a config; `path` names the file in messages. With `ruleIds`, the keys of `rules`
 * must be one of them or a `placeholder/custom-<id>` of the config's own patterns: every problem is listed
 * in one message, so a user fixes the file in one go.
 */
export async function parseConfig(json: unknown, path: string, ruleIds?: readonly string[]): Promise<Config> {
  // zod costs ~0.1 s to load: a check without a config file never pays for it.
  const { ConfigSchema } = await import('../schemas/config.js');
  const res = ConfigSchema.safeParse(json);
  const unknown = ruleIds === undefined ? undefined : unknownRuleIds(...idsIn(json, ruleIds));
  if (res.success && unknown === undefined) return res.data;
  if (res.success) throw new UsageError(`${path}: ${unknown}`);
  const lines = res.error.issues.map((i) => describeIssue(i, json));
  if (unknown !== undefined) lines.push(unknown);
  throw new UsageError(`${t('config.invalid', { path })}\n${lines.map((line) => `  ${line}`).join('\n')}`);
}

/** The rule ids a raw config names, and those it may name (`ruleIds` and its own patterns' custom ids). */
function idsIn(json: unknown, ruleIds: readonly string[]): [string[], string[]] {
  const { rules, patterns } = (json !== null && typeof json === 'object' ? json : {}) as { rules?: unknown; patterns?: unknown };
  const named = rules !== null && typeof rules === 'object' && !Array.isArray(rules) ? Object.keys(rules) : [];
  const custom = (Array.isArray(patterns) ? patterns : [])
    .map((p: unknown) => (p !== null && typeof p === 'object' ? (p as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string')
    .map(customRuleId);
  return [named, [...ruleIds, ...custom]];
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const field = fieldPath(issue.path);
  const message = issueMessage(issue, json);
  return field ? `${field}: ${message}` : message;
}

/** `rules["placeholder/x"]`, `patterns[0].id` … — the field as a user would look for it in the JSON. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
