/**
 * An output folder written as a run goes and moved into place at the end. Files are appended to in a
 * temporary sibling folder (`.<name>.tmp-<pid>`), so the long tables can be streamed there document by document
 * instead of being held in memory; `commit` swaps it for the previous output (swap.ts), `discard` removes it. A run
 * that is killed or fails leaves the previous output untouched; the temporary folder a killed run leaves behind is
 * removed by the next run into the same place. A full disk is a message naming the file being written.
 */
import { rmSync } from 'node:fs';
import { mkdir, open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../messages/index.js';
import { oldFolderOf, recoverInterruptedSwaps, swapFolder } from './swap.js';

/** Where a run's output files go: appended to chunk by chunk, by relative name (`schema/x.json`). */
export interface OutputSink {
  /** Append `text` to the file `name`, creating it (and its folder) on the first call. */
  append(name: string, text: string): Promise<void>;
}

/** An output folder being written; nothing is visible at `--out` until `commit`. */
export interface OutputFolder extends OutputSink {
  /** Close every file and move the folder into place, replacing the previous output. */
  commit(): Promise<void>;
  /** Close every file and remove the temporary folder; the previous output stays. */
  discard(): Promise<void>;
}

/** Start writing the output folder `out` (its parent folders are made as needed). */
export async function openOutputFolder(out: string): Promise<OutputFolder> {
  const target = resolve(out);
  const parent = dirname(target);
  await makeFolders(parent);
  await removeStaleTemporaries(parent, basename(target));
  recoverInterruptedSwaps(parent, basename(target), await readdir(parent), isRunning);
  const tmp = temporaryFolderOf(out);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  const handles = new Map<string, Promise<FileHandle>>();
  const closeAll = async () => {
    const opened = await Promise.allSettled(handles.values());
    handles.clear();
    await Promise.all(opened.map((h) => (h.status === 'fulfilled' ? h.value.close() : undefined)));
  };
  const handleOf = (name: string): Promise<FileHandle> => {
    let h = handles.get(name);
    if (!h) {
      const p = join(tmp, name);
      h = mkdir(dirname(p), { recursive: true }).then(() => open(p, 'w'));
      handles.set(name, h);
    }
    return h;
  };
  return {
    // writeFile on a handle writes all of `text` at the current position (fs loops over short writes).
    append: async (name, text) => {
      try {
        await (await handleOf(name)).writeFile(text);
      } catch (e) {
        throw diskFullAsUsage(e, join(out, name));
      }
    },
    async commit() {
      await closeAll().catch((e: unknown) => {
        throw diskFullAsUsage(e, out);
      });
      const old = oldFolderOf(parent, basename(target));
      swapFolder(tmp, target, old, out);
      await rm(old, { recursive: true, force: true });
    },
    async discard() {
      await closeAll();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Remove the temporary folder this process is writing `out` in, synchronously: for a signal handler, when the
 * run is interrupted and `discard` will not get to run.
 */
export function removeTemporaryFolderSync(out: string): void {
  rmSync(temporaryFolderOf(out), { recursive: true, force: true });
}

function temporaryFolderOf(out: string): string {
  const target = resolve(out);
  return join(dirname(target), `${tmpPrefix(basename(target))}${process.pid}`);
}

function tmpPrefix(name: string): string {
  return `.${name}.tmp-`;
}

/** Temporary folders of earlier runs into the same place whose process is gone (killed runs). */
async function removeStaleTemporaries(parent: string, name: string): Promise<void> {
  const prefix = tmpPrefix(name);
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/** ENOSPC (or a full quota) as a message naming what was being written; any other error as it is. */
function diskFullAsUsage(e: unknown, what: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT' ? new UsageError(t('error.diskFull', { what })) : e;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns for a path under /proc, where mkdir
 * answers ENOENT for a parent that exists; here that is an error naming the folder.
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let p = dir; !(await stat(p).catch(() => undefined)); p = dirname(p)) {
    missing.unshift(p);
    if (p === dirname(p)) break;
  }
  for (const p of missing) await mkdir(p);
}
