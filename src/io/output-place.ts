/**
 * Where an output folder's pieces live. `--out DIR` is a symbolic link (a directory junction on Windows) to a run
 * folder `.<name>.workreport/<run-id>/` beside it; a run writes its own run folder and links it in at the end
 * (swap.ts), so that DIR always shows one complete output. The folder `.<name>.workreport/` holds a marker file,
 * `README.txt`, which proves that the folders in it are ours and may be removed once no link points to them.
 *
 * A run id is `<host>-<pid>-<8 hex digits>`: the host and process that wrote it (to tell a folder whose process is
 * gone from one still being written, on this machine only: another machine's processes cannot be seen) and a
 * random part, as a process id is reused.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../messages/index.js';

/** The paths of one output place, all absolute but `out` (as the user wrote it, for messages). */
export interface OutputPlace {
  out: string;
  /** The folder holding DIR. */
  parent: string;
  /** DIR's own name. */
  name: string;
  /** DIR itself: the link (or, made by an earlier version, a real folder). */
  target: string;
  /** `.<name>.workreport`: the run folders and the marker. */
  state: string;
  /** `.<name>.next`: the new link, made beside DIR and renamed over it; it exists only during a swap. */
  next: string;
}

/** The name of the marker file in the state folder, and the line it starts with. */
export const MARKER = 'README.txt';
const MARKER_TEXT = `workreport analyze: output runs
This folder holds the outputs of \`workreport analyze --out {name}\`: {name} is a link to one of the folders here.
workreport removes the folders no link points to any more. Keep your own files elsewhere.
`;

const RUN_ID = /^(.+)-(\d+)-[0-9a-f]{8}$/;

/** The paths of the output place `out`. */
export function placeOf(out: string): OutputPlace {
  const target = resolve(out);
  const parent = dirname(target), name = basename(target);
  return { out, parent, name, target, state: join(parent, `.${name}.workreport`), next: join(parent, `.${name}.next`) };
}

/** A new run id of this process. */
export function newRunId(): string {
  return `${thisHost()}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** The text of a link to the run folder `id`: relative, so that the place may be moved or mounted elsewhere. */
export function linkText(place: OutputPlace, id: string): string {
  return join(basename(place.state), id);
}

/** The run id a link at `link` points to, when it is a link into this place's state folder (ours); otherwise undefined. */
export function linkedRunId(place: OutputPlace, link: string): string | undefined {
  let text: string;
  try {
    text = readlinkSync(link);
  } catch {
    return undefined;
  }
  // A junction reads back as an absolute path (perhaps with the \\?\ prefix), a POSIX link as written.
  const to = resolve(dirname(link), text.replace(/^\\\\\?\\/, ''));
  return dirname(to) === place.state && RUN_ID.test(basename(to)) ? basename(to) : undefined;
}

/**
 * True when `link` is an output of `analyze` (a link into its own `.<name>.workreport/` beside it, which holds the
 * marker): not a document, so a corpus that holds its own output (`analyze . --out output`) is listed the same
 * after the first run as before it.
 */
export function isOutputLink(link: string): boolean {
  const place = placeOf(link);
  return linkedRunId(place, link) !== undefined && hasMarker(place);
}

/** True when the run id names a process of this machine that has ended: its folder may be removed. */
export function ownerIsGone(id: string): boolean {
  const m = RUN_ID.exec(id);
  if (!m || m[1] !== thisHost()) return false;
  const pid = Number(m[2]);
  return pid !== process.pid && !isRunning(pid);
}

/** The run folders in the state folder, when it is ours (holds the marker); none otherwise. */
export function runFolders(place: OutputPlace): string[] {
  if (!hasMarker(place)) return [];
  return readdirSync(place.state).filter((e) => RUN_ID.test(e) && lstatSync(join(place.state, e)).isDirectory()).sort();
}

/** True when the state folder holds only the marker (nothing of any run): it may be tidied away. */
export function onlyMarker(place: OutputPlace): boolean {
  const entries = existsSync(place.state) ? readdirSync(place.state) : [];
  return entries.length === 1 && entries[0] === MARKER && hasMarker(place);
}

/**
 * Make the state folder with its marker, or check that the one there is ours. An empty one (a run killed between
 * the two steps) is adopted; one holding anything without the marker is refused (UsageError), as it may be a user's.
 */
export function ensureStateFolder(place: OutputPlace): void {
  try {
    mkdirSync(place.state);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    if (hasMarker(place)) return;
    if (!lstatSync(place.state).isDirectory() || readdirSync(place.state).length > 0) {
      throw new UsageError(t('error.outInTheWay', { out: place.out, path: place.state }));
    }
  }
  writeMarker(place);
}

/** Write the marker file into the state folder. */
export function writeMarker(place: OutputPlace): void {
  writeFileSync(join(place.state, MARKER), MARKER_TEXT.replaceAll('{name}', place.name));
}

function hasMarker(place: OutputPlace): boolean {
  try {
    return readFileSync(join(place.state, MARKER), 'utf8').startsWith(MARKER_TEXT.slice(0, MARKER_TEXT.indexOf('\n') + 1));
  } catch {
    return false;
  }
}

/** This machine's name as it may stand in a file name. */
function thisHost(): string {
  return (hostname().replace(/[^A-Za-z0-9.]/g, '_') || 'host').slice(0, 40);
}

/** True when the process `pid` of this machine runs (EPERM: it runs, under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
