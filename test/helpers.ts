/** Paths shared by tests: the project root, the sample corpus, the gold files and ../shared/govreports. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = join(ROOT, 'corpus');
export const SHARED = resolve(ROOT, '../shared');
/** Copies of ../shared/gold (hand-checked placeholders and headings of the sample corpus). */
export const GOLD = join(ROOT, 'test', 'fixtures', 'gold');
export const GOVREPORTS = join(SHARED, 'govreports');
/** False on a machine without ../shared/govreports: tests that need it skip (`describe.skipIf(!HAS_GOVREPORTS)`). */
export const HAS_GOVREPORTS = existsSync(join(GOVREPORTS, 'national'));
export const HAS_GOLD = existsSync(join(GOLD, 'placeholders.json'));
/** ../shared/cppcc: real public 政协 texts (read in place, never copied); tests that need them skip without. */
export const CPPCC = join(SHARED, 'cppcc');
export const HAS_CPPCC = existsSync(join(CPPCC, 'manifest.csv'));

/** The five sample reports, sorted. */
export const SEED_FILES = [
  '000_178bb20f8e3f1132.txt',
  '001_f639e6b0dd93e5af.txt',
  '002_ff152d5763ca33a0.txt',
  '003_b45dcb9941570f9a.txt',
  '004_bbe205343de10782.txt',
] as const;

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
