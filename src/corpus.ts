/**
 * A corpus on disk → the list of files to read, each with the metadata sources that are not in its text
 * (its manifest row, what its path says). Shared by analyze and kwic. Reads the folder and the manifest;
 * everything after that is pure.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { uniqueDocIds } from './document/create.js';
import { listInputs } from './io/list.js';
import { plural, systemReason, t } from './messages/index.js';
import { fileError } from './io/messages.js';
import { relativeFile } from './io/read.js';
import { readTextFile } from './io/text-file.js';
import { parseManifest } from './pipeline/docvars/manifest.js';
import { compilePathPattern, matchPath } from './pipeline/docvars/path-pattern.js';
import type { ManifestRow } from './schemas/manifest.js';
import type { Encoding, FileError, SourceFormat } from './types.js';

export interface CorpusOptions {
  /** The corpus folder, read recursively. */
  dir: string;
  /** Manifest CSV; default `<dir>/manifest.csv` when present. */
  manifest?: string | undefined;
  /** Pattern such as `{region}/{year}.md`. */
  metaFromPath?: string | undefined;
}

/** One file of a corpus with the metadata its manifest row and path give. Plain data (worker-safe). */
export interface CorpusEntry {
  path: string;
  file: string;
  /** The document id, unique over the corpus (`uniqueDocIds`). */
  id: string;
  /** Size in bytes when listed (0 when it could not be looked at: reading it will say why). */
  bytes?: number;
  manifest?: ManifestRow;
  fromPath?: ReturnType<typeof matchPath>;
}

export const CORPUS_FORMATS: readonly SourceFormat[] = ['txt', 'md', 'docx'];

/** A corpus listed: its files with their metadata, and the paths passed over (stage `skipped`), both by path. */
export interface CorpusListing {
  entries: CorpusEntry[];
  skipped: FileError[];
  manifestFile?: string;
  /** How the manifest was decoded (a manifest saved by Excel on a Chinese Windows machine is GB18030). */
  manifestEncoding?: Encoding;
}

/** List a corpus and attach manifest rows and path metadata; usage problems throw `UsageError`. */
export async function listCorpus(options: CorpusOptions): Promise<CorpusListing> {
  const dir = resolve(options.dir);
  const s = await stat(dir).catch((e: NodeJS.ErrnoException) => e);
  if (s instanceof Error && s.code === 'ENOENT') throw new UsageError(t('error.noSuchFolder', { dir: options.dir }));
  if (s instanceof Error || !s.isDirectory()) throw new UsageError(t('error.notAFolder', { dir: options.dir }));
  const listing = await listInputs(dir, CORPUS_FORMATS).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(t('error.cannotReadCorpus', { dir: options.dir, reason: systemReason(e) }));
  });
  const paths = listing.files;
  const skipped = listing.skipped.map((k) => fileError(relativeFile(dir, k.path), 'skipped', k.reason));
  const files = paths.map((p) => relativeFile(dir, p));
  const ids = uniqueDocIds(files);
  const sizes = await Promise.all(paths.map((p) => stat(p).then((f) => f.size, () => 0)));
  const manifestFile = options.manifest ?? (existsSync(join(dir, 'manifest.csv')) ? join(options.dir, 'manifest.csv') : undefined);
  let rows = new Map<string, ManifestRow>();
  let manifestEncoding: Encoding | undefined;
  if (manifestFile !== undefined) {
    const { text, encoding } = await readTextFile(manifestFile, 'manifest');
    manifestEncoding = encoding;
    rows = parseManifest(text, manifestFile, files);
  }
  const pattern = options.metaFromPath === undefined ? undefined : compilePathPattern(options.metaFromPath);
  const entries = paths.map((path, i) => {
    const file = files[i]!;
    const entry: CorpusEntry = { path, file, id: ids[i]!, bytes: sizes[i]! };
    const row = rows.get(file);
    if (row) entry.manifest = row;
    if (pattern) {
      const m = matchPath(pattern, file);
      if (m) entry.fromPath = m;
    }
    return entry;
  });
  // A pattern that fits no file is a typo (or the wrong folder): every document would quietly go without it.
  if (pattern && entries.length > 0 && !entries.some((e) => e.fromPath)) {
    throw new UsageError(t('error.patternMatchesNothing', { pattern: options.metaFromPath!, files: plural('count.file', entries.length), example: files[0]! }));
  }
  return manifestFile === undefined ? { entries, skipped } : { entries, skipped, manifestFile, manifestEncoding: manifestEncoding! };
}
