/**
 * The guard that decides whether an output folder may be replaced. The folder itself is written by
 * output-folder.ts.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { MESSAGES } from './messages.js';

/** An input file named on the command line, which must not lie inside the output folder it replaces. */
export interface NamedInput {
  option: string;
  file: string;
}

/**
 * Refuse an output folder whose replacement would destroy something that is not a previous output: a file,
 * a non-empty folder without summary.json, the corpus folder or a folder containing it (`keep`), the current
 * folder or one of its parents, or a folder holding one of the `inputs` (a manifest kept in a previous output).
 * Refuse a mount point too, which cannot be renamed (see output-folder.ts). Throws `UsageError` before any work.
 */
export async function assertReplaceableOutput(out: string, keep: readonly string[] = [], inputs: readonly NamedInput[] = []): Promise<void> {
  const target = resolve(out);
  for (const input of inputs) {
    if (isInside(resolve(input.file), target)) throw new UsageError(MESSAGES.insideOutput(input.option, input.file, out));
  }
  const guarded = [...keep.map((k) => ({ path: resolve(k), what: `the corpus folder ${k}` })), { path: process.cwd(), what: 'the current folder' }];
  for (const g of guarded) {
    if (target === g.path || isInside(g.path, target)) {
      throw new UsageError(`--out ${out}: refusing to replace ${target === g.path ? '' : 'a folder that contains '}${g.what}; choose a new or empty folder`);
    }
  }
  const s = await stat(target).catch(() => undefined);
  if (s && !s.isDirectory()) throw new UsageError(`--out ${out}: is a file, expected a folder to write the outputs into`);
  if (s) {
    if (await isMountPoint(target, s.dev)) throw new UsageError(MESSAGES.mountPoint(out));
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
