/**
 * Putting a finished run folder in place at `--out`, so that DIR shows a complete output at every instant.
 *
 * Linux can exchange two folders in one step (renameat2 with RENAME_EXCHANGE), but Node does not expose it. What
 * POSIX does make atomic is renaming a symbolic link over another: so DIR is a link to a run folder
 * (output-place.ts), and a swap is (1) make the new link `.<name>.next` beside DIR, (2) rename it over DIR, then the
 * caller removes the previous run folder. A reader opening DIR/terms.csv finds the old run or the new one, never
 * nothing. `.<name>.next` is also the lock: creating a link fails (EEXIST) while another run is swapping, and that
 * run wins. The steps are synchronous, so no signal handler runs between them.
 *
 * Two cases are not atomic. DIR still a real folder (written by an earlier version, or made empty by the user)
 * must first be moved aside into the state folder: between that move and the rename DIR is missing, and a run
 * killed there is finished by the next one (output-tidy.ts). On Windows a junction cannot be renamed over another,
 * so the old one is removed first: the same gap, mended the same way.
 */
import { lstatSync, renameSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../messages/index.js';
import { mountPointMessage } from './messages.js';
import { linkedRunId, linkText, newRunId, ownerIsGone, type OutputPlace } from './output-place.js';

/** The steps of a swap, after each of which `onStep` is called (tests stop or kill the process there). */
export type SwapStep = 'linked' | 'moved-aside' | 'swapped';

/** A `.<name>.next` older than this was left by a run killed mid-swap, which takes microseconds. */
const STALE_NEXT_MS = 60_000;

/**
 * Link the finished run folder `id` in at DIR. Returns the folder DIR showed before (a run folder, or the folder
 * moved aside), which the caller removes; undefined when there was none of ours. Throws `UsageError` when another
 * run is swapping at the same moment (this run loses; the other's output stays), and for a mount point.
 */
export function swapIn(place: OutputPlace, id: string, onStep: (step: SwapStep) => void = signalAtStep): string | undefined {
  takeNextLink(place, id);
  onStep('linked');
  let aside: string | undefined;
  try {
    aside = moveAsideIfFolder(place);
  } catch (e) {
    unlinkSync(place.next);
    throw e;
  }
  if (aside !== undefined) onStep('moved-aside');
  const previous = aside ?? runFolderOf(place, linkedRunId(place, place.target));
  try {
    replaceLink(place);
  } catch (e) {
    unlinkSync(place.next);
    // Put a folder moved aside back, unless something took its place meanwhile (then it stays in the state folder).
    if (aside !== undefined) tryRename(aside, place.target);
    // A folder put at DIR in the moment it was free: another run (an earlier version's) got there first.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') throw new UsageError(t('error.lostRace', { out: place.out }));
    throw e;
  }
  onStep('swapped');
  return previous;
}

/** Make `.<name>.next` → the run folder, or learn that another run holds it (lost race), or clear a stale one. */
function takeNextLink(place: OutputPlace, id: string, retry = true): void {
  try {
    // 'junction' is read on Windows only (needs no privilege there; Node makes the target absolute).
    symlinkSync(linkText(place, id), place.next, 'junction');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const holder = linkedRunId(place, place.next);
    if (holder === undefined) throw new UsageError(t('error.outInTheWay', { out: place.out, path: place.next }));
    if (!retry || !(ownerIsGone(holder) || Date.now() - lstatSync(place.next).mtimeMs > STALE_NEXT_MS)) {
      throw new UsageError(t('error.lostRace', { out: place.out }));
    }
    unlinkSync(place.next);
    takeNextLink(place, id, false);
  }
}

/** DIR as a real folder (an earlier version's output, an empty folder): moved into the state folder; its new path. */
function moveAsideIfFolder(place: OutputPlace): string | undefined {
  const s = lstatSync(place.target, { throwIfNoEntry: false });
  if (s === undefined || s.isSymbolicLink()) return undefined;
  if (!s.isDirectory()) throw new UsageError(t('error.outIsFile', { out: place.out }));
  const aside = join(place.state, newRunId());
  try {
    renameSync(place.target, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EBUSY') throw new UsageError(mountPointMessage(place.out));
    throw e;
  }
  return aside;
}

/** Rename `.<name>.next` over DIR; on Windows, where a junction cannot be replaced, remove the old one first. */
function replaceLink(place: OutputPlace): void {
  try {
    renameSync(place.next, place.target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (process.platform !== 'win32' || !(code === 'EPERM' || code === 'EACCES' || code === 'EEXIST')) throw e;
    unlinkSync(place.target);
    renameSync(place.next, place.target);
  }
}

function tryRename(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // Left where it is; see the caller.
  }
}

function runFolderOf(place: OutputPlace, id: string | undefined): string | undefined {
  return id === undefined ? undefined : join(place.state, id);
}

/**
 * For tests only: `WORKREPORT_TEST_SIGNAL_AT=<step>:<signal>` makes the process send itself the signal after that
 * step (SIGKILL to crash there, SIGSTOP to hold a swap half-done while another run tries its own).
 */
function signalAtStep(step: SwapStep): void {
  const [at, signal] = (process.env.WORKREPORT_TEST_SIGNAL_AT ?? '').split(':');
  if (at === step && signal) process.kill(process.pid, signal);
}
