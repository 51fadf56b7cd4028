import { z } from 'zod';

/** Enumerations shared by several schemas (re-exported from types.ts so there is one list). */
export { DOC_TYPES, REGION_LEVELS, YEAR_SOURCES } from '../types.js';

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'docx'] as const;

/** A data file's version: semver, e.g. "1.0.0" (the lexicons bump it whenever a list changes). */
export const SemverSchema = z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/, 'a version is semver, e.g. "1.0.0"');

/**
 * A zod `superRefine` for an array whose items must differ in `key`: each repeat is an issue at its index and
 * key, `duplicate <noun> "<value>"`.
 */
export function uniqueBy<T>(key: keyof T & string, noun: string) {
  return (items: readonly T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      if (seen.has(item[key])) ctx.addIssue({ code: 'custom', path: [i, key], message: `duplicate ${noun} "${String(item[key])}"` });
      seen.add(item[key]);
    });
  };
}

/**
 * A user's list laid over a built-in one by `key`: a user item whose key the built-in list has replaces it in
 * place, new items follow in the user's order (how `--lexicon` and `--quantity-lexicon` merge).
 */
export function overlayByKey<T>(base: readonly T[], user: readonly T[], key: keyof T): T[] {
  const byKey = new Map(user.map((item) => [item[key], item]));
  const baseKeys = new Set(base.map((item) => item[key]));
  return [...base.map((item) => byKey.get(item[key]) ?? item), ...user.filter((item) => !baseKeys.has(item[key]))];
}
