/**
 * Mending, at the start of a run, what earlier runs into the same place left when they were killed: a swap cut
 * in the middle, run folders no link points to, and the leftovers of the previous version's two-rename swap. Only
 * what is provably ours is touched: entries of a state folder that holds the marker, a `.<name>.next` link into
 * it, and the earlier version's `.<name>.old-<pid>` (when it looks like an output) and `.<name>.tmp-<pid>`
 * folders — always of a process of this machine that has ended. A user's files are never removed.
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeOutput } from './write.js';
import { isRunning, linkedRunId, ownerIsGone, runFolders, type OutputPlace } from './output-place.js';

/** Mend `place` (see the module comment). Runs still going are left alone. */
export function tidyOutputPlace(place: OutputPlace): void {
  tidyPreviousVersion(place);
  finishInterruptedSwap(place);
  for (const id of runFolders(place)) {
    // Read the link again just before removing: never remove the folder DIR shows.
    if (ownerIsGone(id) && linkedRunId(place, place.target) !== id) rmSync(join(place.state, id), { recursive: true, force: true });
  }
}

/**
 * A `.<name>.next` of a run killed during its swap: renamed over DIR when DIR is missing (killed after moving a
 * real folder aside; the new run folder is complete), removed otherwise (DIR still shows the previous output).
 */
function finishInterruptedSwap(place: OutputPlace): void {
  const id = linkedRunId(place, place.next);
  if (id === undefined || !ownerIsGone(id)) return;
  if (!exists(place.target) && existsSync(join(place.state, id))) renameSync(place.next, place.target);
  else unlinkSync(place.next);
}

/**
 * The previous version swapped by two renames (DIR → `.<name>.old-<pid>`, `.<name>.tmp-<pid>` → DIR): a run killed
 * between them left DIR missing, and the old output is put back; otherwise such folders of ended processes go.
 */
function tidyPreviousVersion(place: OutputPlace): void {
  for (const entry of readdirSync(place.parent).sort()) {
    const m = /^\.(.+)\.(old|tmp)-(\d+)$/.exec(entry);
    if (!m || m[1] !== place.name || isRunning(Number(m[3]))) continue;
    const path = join(place.parent, entry);
    if (!lstatSync(path).isDirectory()) continue;
    if (m[2] === 'tmp') rmSync(path, { recursive: true, force: true });
    else if (!looksLikeOutput(path)) continue;
    else if (!exists(place.target)) renameSync(path, place.target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** True when something (even a dangling link) is at `path`. */
function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}
