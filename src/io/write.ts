/**
 * The guard that decides whether an output folder may be replaced. The folder itself is written by
 * output-folder.ts.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { t } from '../messages/index.js';

/**
 * Refuse an output folder whose replacement would destroy something that is not a previous output: a file,
 * a non-empty folder without summary.json, the corpus folder or a folder containing it (`keep`), or the
 * current folder or one of its parents. Throws `UsageError` before any work is done.
 */
export async function assertReplaceableOutput(out: string, keep: readonly string[] = []): Promise<void> {
  const target = resolve(out);
  const guarded = [...keep.map((k) => ({ path: resolve(k), what: t('error.outCorpus', { dir: k }) })), { path: process.cwd(), what: t('error.outCwd') }];
  for (const g of guarded) {
    if (target === g.path || isInside(g.path, target)) {
      throw new UsageError(t(target === g.path ? 'error.outRefuse' : 'error.outRefuseInside', { out, what: g.what }));
    }
  }
  const s = await stat(target).catch(() => undefined);
  if (s && !s.isDirectory()) throw new UsageError(t('error.outIsFile', { out }));
  if (s) {
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes('summary.json') && !(await isOutputReadmeOnly(target, entries))) {
      throw new UsageError(t('error.outNotOutput', { out }));
    }
    return;
  }
  for (let p = dirname(target); ; p = dirname(p)) {
    const ps = await stat(p).catch(() => undefined);
    if (ps && !ps.isDirectory()) throw new UsageError(t('error.outParentFile', { out, parent: p }));
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
