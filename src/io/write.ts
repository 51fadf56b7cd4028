/**
 * The guard that decides whether an output folder may be replaced. The folder itself is written by
 * output-folder.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../messages/index.js';
import { mountPointMessage } from './messages.js';
import { placeOf } from './output-place.js';

/** An input file named on the command line, which must not lie inside the output folder it replaces. */
export interface NamedInput {
  option: string;
  file: string;
}

/**
 * Refuse an output folder whose replacement would destroy something that is not a previous output: a file,
 * a non-empty folder without summary.json, the corpus folder or a folder containing it (`keep`), the current
 * folder or one of its parents, or a folder holding one of the `inputs` (a manifest kept in a previous output) —
 * DIR, the run folder it links to, or the state folder beside it (output-place.ts). Refuse a mount point too,
 * which cannot be replaced by a link (see swap.ts). Throws `UsageError` before any work.
 */
export async function assertReplaceableOutput(out: string, keep: readonly string[] = [], inputs: readonly NamedInput[] = []): Promise<void> {
  const target = resolve(out);
  // What a run replaces or removes: DIR, the run folder it links to, and the other run folders beside it.
  const replaced = [...new Set([target, await realpath(target).catch(() => target), placeOf(out).state])];
  for (const input of inputs) {
    const files = [resolve(input.file), await realpath(input.file).catch(() => resolve(input.file))];
    if (files.some((f) => replaced.some((r) => isInside(f, r)))) {
      throw new UsageError(t('error.insideOutput', { option: input.option, file: input.file, out }));
    }
  }
  const guarded = [...keep.map((k) => ({ path: resolve(k), what: t('error.outCorpus', { dir: k }) })), { path: process.cwd(), what: t('error.outCwd') }];
  for (const g of guarded) {
    const same = replaced.some((r) => r === g.path);
    if (same || replaced.some((r) => isInside(g.path, r))) {
      throw new UsageError(t(same ? 'error.outRefuse' : 'error.outRefuseInside', { out, what: g.what }));
    }
  }
  const s = await stat(target).catch(() => undefined);
  if (s && !s.isDirectory()) throw new UsageError(t('error.outIsFile', { out }));
  if (s) {
    if (await isMountPoint(target, s.dev)) throw new UsageError(mountPointMessage(out));
    if (!looksLikeOutput(target)) throw new UsageError(t('error.outNotOutput', { out }));
    return;
  }
  for (let p = dirname(target); ; p = dirname(p)) {
    const ps = await stat(p).catch(() => undefined);
    if (ps && !ps.isDirectory()) throw new UsageError(t('error.outParentFile', { out, parent: p }));
    if (ps || p === dirname(p)) return;
  }
}

/**
 * What may be replaced as a previous output: a folder with summary.json, an empty one, or one holding only the
 * README.md that analyze writes (as a fresh clone's output/ does).
 */
export function looksLikeOutput(dir: string): boolean {
  const entries = readdirSync(dir);
  if (entries.length === 0 || entries.includes('summary.json')) return true;
  if (entries.length !== 1 || entries[0] !== 'README.md') return false;
  try {
    return readFileSync(join(dir, 'README.md'), 'utf8').startsWith('# Output of workreport analyze\n');
  } catch {
    return false;
  }
}

/**
 * A mount point (a container volume, a mounted disk): renaming it, as replacing an output does, fails with
 * EBUSY. Seen as a folder on another file system than its parent's, or (a bind mount within one file system,
 * on Linux) as listed in /proc/self/mountinfo.
 */
async function isMountPoint(dir: string, dev: number): Promise<boolean> {
  const parent = dirname(dir);
  if (parent === dir) return true;
  const p = await stat(parent).catch(() => undefined);
  if (p !== undefined && p.dev !== dev) return true;
  const real = await realpath(dir).catch(() => dir);
  const table = await readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  // Field 5 is the mount point, with space, tab, newline and backslash written as octal escapes.
  const points = table.split('\n').map((line) => line.split(' ')[4]?.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
  return points.includes(real);
}

/** True when `child` lies strictly inside `parent` (both absolute). */
function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
