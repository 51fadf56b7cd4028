/**
 * A corpus on disk → the list of files to read, each with the metadata sources that are not in its text
 * (its manifest row, what its path says). Shared by analyze and kwic. Reads the folder and the manifest;
 * everything after that is pure.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from './cli/errors.js';
import { t } from './messages/index.js';
import { listFiles } from './io/list.js';
import { relativeFile } from './io/read.js';
import { parseManifest } from './pipeline/manifest.js';
import { compilePathPattern, matchPath } from './pipeline/path-pattern.js';
import type { ManifestRow } from './schemas/manifest.js';
import type { SourceFormat } from './types.js';

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
  manifest?: ManifestRow;
  fromPath?: ReturnType<typeof matchPath>;
}

export const CORPUS_FORMATS: readonly SourceFormat[] = ['txt', 'md', 'docx'];

/** List a corpus and attach manifest rows and path metadata; usage problems throw `UsageError`. */
export async function listCorpus(options: CorpusOptions): Promise<{ entries: CorpusEntry[]; manifestFile?: string }> {
  const dir = resolve(options.dir);
  const s = await stat(dir).catch(() => undefined);
  if (!s?.isDirectory()) throw new UsageError(t('error.notAFolder', { dir: options.dir }));
  const paths = await listFiles(dir, CORPUS_FORMATS);
  const files = paths.map((p) => relativeFile(dir, p));
  const manifestFile = options.manifest ?? (existsSync(join(dir, 'manifest.csv')) ? join(options.dir, 'manifest.csv') : undefined);
  let rows = new Map<string, ManifestRow>();
  if (manifestFile !== undefined) {
    const text = await readFile(manifestFile, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(t('error.cannotReadManifest', { file: manifestFile, reason: e.code ?? e.message }));
    });
    rows = parseManifest(text, manifestFile, files);
  }
  const pattern = options.metaFromPath === undefined ? undefined : compilePathPattern(options.metaFromPath);
  const entries = paths.map((path, i) => {
    const file = files[i]!;
    const entry: CorpusEntry = { path, file };
    const row = rows.get(file);
    if (row) entry.manifest = row;
    if (pattern) {
      const m = matchPath(pattern, file);
      if (m) entry.fromPath = m;
    }
    return entry;
  });
  return manifestFile === undefined ? { entries } : { entries, manifestFile };
}
