/**
 * Finding and loading `workreport.config.json`: the nearest one in the file's folder or above, or the
 * one given with `--config`. An unreadable, malformed or invalid config is a `UsageError` (exit 2) whose
 * message names the file and the field.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../cli/errors.js';
import type { Config } from '../schemas/config.js';
import { parseJsonFile } from './json.js';

export const CONFIG_FILE = 'workreport.config.json';

/** The nearest `workreport.config.json` in `dir` or one of its ancestors; `undefined` when there is none. */
export async function findConfig(dir: string): Promise<string | undefined> {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, CONFIG_FILE);
    const s = await stat(candidate).catch(() => undefined);
    if (s?.isFile()) return candidate;
    const parent = dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/** Read, parse and validate a config file. */
export async function loadConfig(path: string): Promise<Config> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read the config file: ${(e as Error).message}`);
  }
  return parseConfig(parseJsonFile(raw, path), path);
}

/** Validate parsed JSON as a config; `path` names the file in messages. */
export async function parseConfig(json: unknown, path: string): Promise<Config> {
  // zod costs ~0.1 s to load: a check without a config file never pays for it.
  const { ConfigSchema } = await import('../schemas/config.js');
  const res = ConfigSchema.safeParse(json);
  if (res.success) return res.data;
  throw new UsageError(`${path}: invalid config:\n${res.error.issues.map((i) => `  ${describeIssue(i)}`).join('\n')}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldPath(issue.path);
  return field ? `${field}: ${issue.message}` : issue.message;
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
