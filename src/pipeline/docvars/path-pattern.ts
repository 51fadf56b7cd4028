/**
 * `--meta-from-path` patterns: metadata read from a file's path relative to the corpus folder.
 *
 * A pattern is literal text with placeholders: `{region}`, `{year}` (four digits), `{doc_type}`,
 * `{region_level}`, `{title}`, and `{*}` (any text, ignored). A placeholder never spans a `/`.
 * The pattern matches the whole relative path or its end at a folder boundary, so `{region}/{year}.md`
 * reads `云南省/2003.md` (on govreports/provinces) and `provinces/云南省/2003.md` (on govreports) alike;
 * a leading `/` anchors it at the corpus folder instead.
 *
 * ok:     `{region}/{year}.md` on `云南省/2003.md` → { region: '云南省', year: '2003' }
 * not ok: `{province}/{year}.md` → UsageError: unknown placeholder {province}
 */
import { UsageError } from '../../errors.js';
import { t } from '../../messages/index.js';

export const PATH_FIELDS = ['region', 'year', 'doc_type', 'region_level', 'title'] as const;
export type PathField = (typeof PATH_FIELDS)[number];

/** A compiled pattern: plain data, so it can be sent to a worker. */
export interface PathPattern {
  /** The pattern as the user wrote it. */
  source: string;
  /** Regular expression source; capture group i + 1 holds `fields[i]`. */
  regex: string;
  fields: PathField[];
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Compile a pattern; an unknown or repeated placeholder, a stray brace or no placeholder throws `UsageError`. */
export function compilePathPattern(pattern: string): PathPattern {
  const fail = (why: string): never => {
    throw new UsageError(t('pathPattern.error', { pattern: JSON.stringify(pattern), why }));
  };
  const anchored = pattern.startsWith('/');
  const body = pattern.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');
  if (body === '') fail(t('pathPattern.empty'));
  const fields: PathField[] = [];
  let regex = '';
  let last = 0;
  for (const m of body.matchAll(PLACEHOLDER)) {
    regex += literal(body.slice(last, m.index), fail);
    regex += placeholder(m[1]!.trim(), fields, fail);
    last = m.index + m[0].length;
  }
  regex += literal(body.slice(last), fail);
  if (fields.length === 0) fail(t('pathPattern.noField', { fields: PATH_FIELDS.map((f) => `{${f}}`).join(', ') }));
  return { source: pattern, regex: `${anchored ? '^' : '(?:^|/)'}${regex}$`, fields };
}

/** The fields `file` (relative, `/` separators) gives under `p`, or `undefined` when it does not match. */
export function matchPath(p: PathPattern, file: string): Partial<Record<PathField, string>> | undefined {
  const m = new RegExp(p.regex, 'u').exec(file.replace(/\\/g, '/'));
  if (!m) return undefined;
  const out: Partial<Record<PathField, string>> = {};
  p.fields.forEach((field, i) => {
    const value = m[i + 1]!.trim();
    if (value !== '') out[field] = value;
  });
  return out;
}

function placeholder(name: string, fields: PathField[], fail: (why: string) => never): string {
  if (name === '*') return '[^/]*?';
  if (!(PATH_FIELDS as readonly string[]).includes(name)) {
    fail(t('pathPattern.unknown', { placeholder: `{${name}}`, fields: PATH_FIELDS.map((f) => `{${f}}`).join(', ') }));
  }
  const field = name as PathField;
  if (fields.includes(field)) fail(t('pathPattern.twice', { placeholder: `{${field}}` }));
  fields.push(field);
  return field === 'year' ? '(\\d{4})' : '([^/]+?)';
}

function literal(text: string, fail: (why: string) => never): string {
  if (/[{}]/.test(text)) fail(t('pathPattern.brace', { text: JSON.stringify(text) }));
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
