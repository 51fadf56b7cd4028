/**
 * Which files a command reads: folders are walked recursively, results sorted by path (code-unit order)
 * so every run lists files in the same order.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from '../document/create.js';
import type { SourceFormat } from '../types.js';

export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Files under `dir` (recursively) whose format is in `formats`. Hidden entries, node_modules and README.md
 * files (a folder's documentation, not a report) are skipped.
 */
export async function listFiles(dir: string, formats: readonly SourceFormat[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || /^readme\.md$/i.test(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        const f = formatOf(e.name);
        if (f && formats.includes(f)) found.push(p);
      }
    }
  };
  await walk(dir);
  return found.sort(compareStrings);
}

/** Expand paths given on a command line: folders are walked, files kept as given. Missing paths throw. */
export async function expandPaths(paths: readonly string[], formats: readonly SourceFormat[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) throw new InputError(`${p}: no such file or folder`);
    if (s.isDirectory()) out.push(...(await listFiles(p, formats)));
    else out.push(p);
  }
  return out;
}

/** Plain code-unit comparison: locale-independent, so ordering never depends on the machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
