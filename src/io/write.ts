/**
 * The guard that decides whether an output folder may be replaced. The folder itself is written by
 * output-folder.ts.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';

/**
 * Refuse an output folder whose replacement would destroy something that is not a previous output: a file,
 * a non-empty folder without summary.json, the corpus folder or a folder containing it (`keep`), or the
 * current folder or one of its parents. Throws `UsageError` before any work is done.
 */
export async function assertReplaceableOutput(out: string, keep: readonly string[] = []): Promise<void> {
  const target = resolve(out);
  const guarded = [...keep.map((k) => ({ path: resolve(k), what: `the corpus folder ${k}` })), { path: process.cwd(), what: 'the current folder' }];
  for (const g of guarded) {
    if (target === g.path || isInside(g.path, target)) {
      throw new UsageError(`--out ${out}: refusing to replace ${target === g.path ? '' : 'a folder that contains '}${g.what}; choose a new or empty folder`);
    }
  }
  const s = await stat(target).catch(() => undefined);
  if (s && !s.isDirectory()) throw new UsageError(`--out ${out}: is a file, expected a folder to write the outputs into`);
  if (s) {
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes('summary.json') && !(await isOutputReadmeOnly(target, entries))) {
      throw new UsageError(
        `--out ${out}: the folder exists and is not a workreport output (no summary.json); choose a new or empty folder, or remove it first`,
      );
    }
    return;
  }
  for (let p = dirname(target); ; p = dirname(p)) {
    const ps = await stat(p).catch(() => undefined);
    if (ps && !ps.isDirectory()) throw new UsageError(`--out ${out}: ${p} is a file, so the output folder cannot be made inside it`);
    if (ps || p === dirname(p)) return;
  }
}

/** A folder holding only the README.md that analyze writes (as a fresh clone's output/ does). */
async function isOutputReadmeOnly(dir: string, entries: readonly string[]): Promise<boolean> {
  if (entries.length !== 1 || entries[0] !== 'README.md') return false;
  const text = await readFile(join(dir, 'README.md'), 'utf8').catch(() => '');
  return text.startsWith('# Output of workreport analyze\n');
}

/** True when `child` lies strictly inside `parent` (both absolute). */
function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
