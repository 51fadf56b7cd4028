/**
 * Which files a command reads: folders are walked recursively, results sorted by path (code-unit order)
 * so every run lists files in the same order.
 *
 * Nothing is left out silently: a document in a format the tool cannot read (.doc, .pdf, .wps …), a symbolic
 * link, a FIFO or device, and a subfolder that cannot be read (no permission, a path too long for the system)
 * come back in `skipped` with the reason, and the walk goes on with the rest. Hidden entries, node_modules,
 * README.md files, files of other kinds (.csv, .json, images) and the output links of `analyze` (an `--out` inside
 * the folder) are not documents and are passed over.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from '../document/create.js';
import type { SourceFormat } from '../types.js';
import { t, type Message } from '../messages/index.js';
import { MESSAGES, UNSUPPORTED_FORMATS } from './messages.js';
import { isOutputLink } from './output-place.js';
import { compareStrings } from '../compare.js';

export class InputError extends Error {
  override name = 'InputError';
}

/** A path that was given or found but will not be read, and why (a sentence a user can act on). */
export interface SkippedPath {
  path: string;
  /** Said in English into errors.csv, in the interface language on stderr. */
  reason: Message;
  /** Named on the command line (not found in a folder). */
  given?: true;
}

/** The files to read, and the paths passed over with their reasons; both sorted by path within each folder given. */
export interface Listing {
  files: string[];
  skipped: SkippedPath[];
}

/** How a folder is read; tests pass one that fails, since root (CI) reads any folder whatever its permissions. */
export type ReadFolder = (dir: string) => Promise<Dirent[]>;

const readFolder: ReadFolder = (dir) => readdir(dir, { withFileTypes: true });

/**
 * Files under `dir` (recursively) whose format is in `formats`, and what was skipped. A subfolder that cannot
 * be read is skipped; `dir` itself that cannot be read throws (there is nothing to do).
 */
export async function listInputs(dir: string, formats: readonly SourceFormat[], read: ReadFolder = readFolder): Promise<Listing> {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await read(d);
    } catch (e) {
      if (d === dir) throw e;
      skipped.push({ path: d, reason: MESSAGES.unreadableFolder(codeOf(e)) });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || /^readme\.md$/i.test(e.name)) continue;
      const p = join(d, e.name);
      if (e.isSymbolicLink() && isOutputLink(p)) continue;
      if (e.isDirectory()) await walk(p);
      else {
        const verdict = verdictOf(e, formats);
        if (verdict === 'read') files.push(p);
        else if (verdict !== 'ignore') skipped.push({ path: p, reason: verdict.reason });
      }
    }
  };
  await walk(dir);
  return { files: files.sort(compareStrings), skipped: skipped.sort((a, b) => compareStrings(a.path, b.path)) };
}

/** The readable files under `dir` alone: for code that reads a corpus it knows (tests, measurements). */
export async function listFiles(dir: string, formats: readonly SourceFormat[]): Promise<string[]> {
  return (await listInputs(dir, formats)).files;
}

/**
 * Expand paths given on a command line: folders are walked, files kept as given unless they are plainly not
 * readable (a .doc, a FIFO), which are skipped with `given` set. Missing paths throw `InputError`.
 */
export async function expandPaths(paths: readonly string[], formats: readonly SourceFormat[]): Promise<Listing> {
  const out: Listing = { files: [], skipped: [] };
  for (const p of paths) {
    const s = await stat(p).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new InputError(t('error.noSuchPath', { path: p }));
      throw new InputError(t('error.cannotLookAtPath', { path: p, reason: codeOf(e) }));
    });
    if (s.isDirectory()) {
      const listing = await listInputs(p, formats);
      out.files.push(...listing.files);
      out.skipped.push(...listing.skipped);
      continue;
    }
    const reason = s.isFile() ? unsupportedReason(p) : MESSAGES.notRegular(kindOf(s));
    if (reason === undefined) out.files.push(p);
    else out.skipped.push({ path: p, reason, given: true });
  }
  return out;
}

/** Why a file with this name is not read (an unsupported document format, Word's lock file); `undefined` when it may be. */
export function unsupportedReason(name: string): Message | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  if (base.startsWith('~$')) return MESSAGES.wordLockFile;
  const ext = /\.([^.]+)$/.exec(base)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : UNSUPPORTED_FORMATS[ext];
}

/** What to do with a folder entry that is not a folder. */
function verdictOf(e: Dirent, formats: readonly SourceFormat[]): 'read' | 'ignore' | { reason: Message } {
  if (e.isSymbolicLink()) return { reason: MESSAGES.symlink };
  if (!e.isFile()) return { reason: MESSAGES.notRegular(kindOf(e)) };
  const unsupported = unsupportedReason(e.name);
  if (unsupported !== undefined) return { reason: unsupported };
  const f = formatOf(e.name);
  return f && formats.includes(f) ? 'read' : 'ignore';
}

/** A name for a special file, as `ls -l` would tell it apart. */
export function kindOf(s: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): Message {
  if (s.isFIFO()) return { key: 'reason.kind.fifo' };
  if (s.isSocket()) return { key: 'reason.kind.socket' };
  if (s.isCharacterDevice() || s.isBlockDevice()) return { key: 'reason.kind.device' };
  return { key: 'reason.kind.unknown' };
}

function codeOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? err?.message ?? String(e);
}
