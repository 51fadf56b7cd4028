/**
 * An output folder written as a run goes and put in place at the end. Files are appended to in a run folder of
 * its own (`.<name>.workreport/<run-id>/`, output-place.ts), so the long tables can be streamed there document by
 * document instead of being held in memory; `commit` links it in at `--out` (swap.ts) and removes the previous run
 * folder, `discard` removes it. A run that is killed or fails leaves the previous output untouched; what a killed
 * run leaves behind is mended by the next run into the same place (output-tidy.ts). A full disk is a message naming
 * the file being written.
 */
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, open, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../messages/index.js';
import { tidyOutputPlace } from './output-tidy.js';
import { ensureStateFolder, MARKER, newRunId, onlyMarker, placeOf, writeMarker, type OutputPlace } from './output-place.js';
import { swapIn } from './swap.js';

/** Where a run's output files go: appended to chunk by chunk, by relative name (`schema/x.json`). */
export interface OutputSink {
  /** Append `text` (or UTF-8 bytes) to the file `name`, creating it (and its folder) on the first call. */
  append(name: string, text: string | Uint8Array): Promise<void>;
}

/** An output folder being written; nothing is visible at `--out` until `commit`. */
export interface OutputFolder extends OutputSink {
  /** Close every file and link the run folder in at `--out`, replacing the previous output (swap.ts). */
  commit(): Promise<void>;
  /** Close every file and remove the run folder; the previous output stays. */
  discard(): Promise<void>;
}

/** How long the previous run folder stays after the swap before it is removed. */
const PREVIOUS_RUN_GRACE_MS = 100;

/** The run folders this process is writing and has not committed, by resolved `--out`: for a signal handler. */
const writing = new Map<string, string>();

/** Start writing the output folder `out` (its parent folders are made as needed). */
export async function openOutputFolder(out: string): Promise<OutputFolder> {
  const place = placeOf(out);
  await makeFolders(place.parent);
  tidyOutputPlace(place);
  const run = makeRunFolder(place);
  writing.set(place.target, run);
  const files = appendingFiles(run, out);
  let committed = false;
  const discard = async () => {
    await files.closeAll();
    if (committed) return;
    writing.delete(place.target);
    await rm(run, { recursive: true, force: true });
    tidyEmptyState(place);
  };
  const commit = async () => {
    await files.closeAll().catch((e: unknown) => {
      throw diskFullAsUsage(e, out);
    });
    let previous: string | undefined;
    try {
      previous = swapIn(place, basename(run));
    } catch (e) {
      await discard();
      throw e;
    }
    committed = true;
    writing.delete(place.target);
    if (previous === undefined) return;
    // A reader that followed the old link just before the swap is still looking up a file in the previous
    // folder: give it a moment (measured: without it, 1 read in 155,000 found no file; scripts/swap-readers.mjs).
    await new Promise((r) => setTimeout(r, PREVIOUS_RUN_GRACE_MS));
    // Best effort: a reader may hold a file open there (Windows refuses then); the next run removes it.
    await rm(previous, { recursive: true, force: true }).catch(() => undefined);
  };
  return { append: files.append, commit, discard };
}

/** Files in `dir` appended to through handles kept open; `out` names them in messages. */
function appendingFiles(dir: string, out: string) {
  const handles = new Map<string, Promise<FileHandle>>();
  const handleOf = (name: string): Promise<FileHandle> => {
    let h = handles.get(name);
    if (!h) {
      const p = join(dir, name);
      h = mkdir(dirname(p), { recursive: true }).then(() => open(p, 'w'));
      handles.set(name, h);
    }
    return h;
  };
  return {
    // writeFile on a handle writes all of `text` at the current position (fs loops over short writes).
    append: async (name: string, text: string | Uint8Array) => {
      try {
        await (await handleOf(name)).writeFile(text);
      } catch (e) {
        throw diskFullAsUsage(e, join(out, name));
      }
    },
    closeAll: async () => {
      const opened = await Promise.allSettled(handles.values());
      handles.clear();
      await Promise.all(opened.map((h) => (h.status === 'fulfilled' ? h.value.close() : undefined)));
    },
  };
}

/**
 * Remove the run folder this process is writing `out` in, synchronously: for a signal handler, when the run is
 * interrupted and `discard` will not get to run. A committed run folder (DIR links to it) is never removed.
 */
export function removeTemporaryFolderSync(out: string): void {
  const place = placeOf(out);
  const run = writing.get(place.target);
  if (run === undefined) return;
  writing.delete(place.target);
  // File handles opened before the signal may still create a table in the folder while it is being emptied
  // (their open() runs on libuv's threads): rmdir then finds it not empty. Retrying empties it again.
  rmSync(run, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  tidyEmptyState(place);
}

/** Make the state folder (when needed) and a new run folder in it; the run folder's path. */
function makeRunFolder(place: OutputPlace): string {
  ensureStateFolder(place);
  const run = join(place.state, newRunId());
  try {
    mkdirSync(run);
  } catch (e) {
    // A failed first run of another process tidied the state folder away between the two steps: make it again.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    ensureStateFolder(place);
    mkdirSync(run);
  }
  return run;
}

/**
 * A state folder holding only its marker (a failed first run, or one before DIR was ever a link) is removed, so
 * that a failed run leaves nothing behind. Another run that made its folder there meanwhile keeps it (rmdir refuses).
 */
function tidyEmptyState(place: OutputPlace): void {
  if (!onlyMarker(place)) return;
  try {
    rmSync(join(place.state, MARKER));
    rmdirSync(place.state);
  } catch {
    // ENOTEMPTY: another run has just made its folder there; the marker goes back, as that run relies on it.
    writeMarker(place);
  }
}

/** ENOSPC (or a full quota) as a message naming what was being written; any other error as it is. */
function diskFullAsUsage(e: unknown, what: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT' ? new UsageError(t('error.diskFull', { what })) : e;
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
