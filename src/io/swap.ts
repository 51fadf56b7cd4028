/**
 * Putting a finished output folder in the place of the previous one, and mending what a run killed in the
 * middle of that left.
 *
 * Linux can exchange two folders in one step (renameat2 with RENAME_EXCHANGE), but Node does not expose it, and
 * a `current` symbolic link would change what users find at --out. The swap is two renames made synchronously
 * one after the other (previous output → `.<name>.old-<pid>`, new output → `<name>`): no JavaScript, and so no
 * Ctrl-C or SIGTERM handler, runs between them; only SIGKILL or a power cut can fall in that gap of a few
 * microseconds. The next run into the same place then finds `<name>` missing and `.<name>.old-<pid>` of a dead
 * process, and puts it back (`recoverInterruptedSwaps`); a leftover beside a present output is removed.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../messages/index.js';
import { mountPointMessage } from './messages.js';

/** The rename used by `swapFolder`; tests pass one that fails as a disk or a concurrent run would. */
export type RenameSync = (from: string, to: string) => void;

/** The name of the previous output while it is being replaced. */
export function oldFolderOf(parent: string, name: string, pid: number = process.pid): string {
  return join(parent, `${oldPrefix(name)}${pid}`);
}

/**
 * Replace `target` by `tmp`; `old` receives the previous output (the caller removes it after). `out` is the
 * folder as the user wrote it, for messages. Another run that put its output in place meanwhile (ENOTEMPTY,
 * EEXIST) wins: this run's previous-output copy is put back or dropped, and a `UsageError` says what happened.
 */
export function swapFolder(tmp: string, target: string, old: string, out: string, rename: RenameSync = renameSync): void {
  let moved = false;
  try {
    rename(target, old);
    moved = true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EBUSY') throw new UsageError(mountPointMessage(out));
    if (code !== 'ENOENT') throw e;
  }
  try {
    rename(tmp, target);
  } catch (e) {
    if (moved) restoreOrDrop(old, target, rename);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new UsageError(t('error.lostRace', { out }));
    throw e;
  }
}

/**
 * Mend what runs killed during a swap left beside `<name>` in `parent`: the previous output of a dead process
 * goes back in place when nothing is there, and is removed otherwise. Folders of running processes are left.
 */
export function recoverInterruptedSwaps(parent: string, name: string, entries: readonly string[], isRunning: (pid: number) => boolean): void {
  const prefix = oldPrefix(name);
  for (const entry of [...entries].sort()) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    restoreOrDrop(join(parent, entry), join(parent, name), renameSync);
  }
}

/** Put `old` back at `target` when that place is free, otherwise remove it. */
function restoreOrDrop(old: string, target: string, rename: RenameSync): void {
  if (!existsSync(target)) {
    try {
      rename(old, target);
      return;
    } catch {
      // Taken meanwhile by another run: its output is the newer one.
    }
  }
  rmSync(old, { recursive: true, force: true });
}

function oldPrefix(name: string): string {
  return `.${name}.old-`;
}
