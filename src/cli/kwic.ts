/**
 * `workreport kwic <term> [dir]`: flags → read each document with its metadata → KWIC lines or counts on
 * stdout. `dir` may be one file, searched with its folder's manifest. Never loads nodejieba. Exit (cli/exit-code.ts) 0 (also when nothing matches: an empty result and a note
 * on stderr), 1 when some files could not be read, 2 for a usage problem (bad regular expression, bad option value)
 * or when no file could be read at all.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { listCorpus } from '../corpus.js';
import type { KwicFormat } from '../choices.js';
import { formatKwic, formatKwicCounts } from '../format/kwic.js';
import { failureOf, fileError } from '../io/messages.js';
import { unsupportedReason } from '../io/list.js';
import { UsageError } from './errors.js';
import { readDocument } from '../io/read.js';
import { formatOf } from '../document/create.js';
import type { FileError } from '../types.js';
import { kwic } from '../pipeline/kwic/search.js';
import { kwicCounts, kwicRows, type KwicDoc, type KwicGroupField, type KwicSort } from '../pipeline/kwic/rows.js';
import { parseKwicTerm } from '../pipeline/kwic/term.js';
import { resolveMeta } from '../pipeline/docvars/metadata.js';
import { hanChars } from '../pipeline/per-document/text-counts.js';
import { exitCodeOf } from './exit-code.js';
import { plural, reasonText, render, t } from '../messages/index.js';
import { say } from './stderr.js';
import { writeStdout } from './stdout.js';

/** The flags, as commander parsed and checked them (main.ts: `.choices()` and argument parsers). */
interface KwicFlags {
  window: number;
  format: KwicFormat;
  sort?: KwicSort;
  by?: KwicGroupField;
  manifest?: string;
  metaFromPath?: string;
  /** `--max-file-mb`, already in bytes. */
  maxFileMb?: number;
}

export async function runKwic(term: string, dir: string, flags: KwicFlags): Promise<number> {
  const { window, format, by } = flags;
  const sort = flags.sort ?? 'position';
  const pattern = parseKwicTerm(term);

  // One file is searched as a member of its folder: the folder's manifest and path pattern give its metadata.
  const target = await stat(dir).catch((e: NodeJS.ErrnoException) => e);
  // kwic takes a folder or one file: a missing report file is said to be one (listCorpus says "no such folder").
  if (target instanceof Error && target.code === 'ENOENT' && formatOf(dir) !== undefined) throw new UsageError(t('error.noSuchFile', { path: dir }));
  const single = !(target instanceof Error) && target.isFile() ? resolve(dir) : undefined;
  const unsupported = single === undefined ? undefined : unsupportedReason(dir);
  if (unsupported !== undefined) throw new UsageError(t('error.notRead', { path: dir, reason: render(unsupported) }));
  if (single !== undefined && formatOf(single) === undefined) throw new UsageError(t('error.nothingToSearch', { path: dir }));
  const root = single === undefined ? dir : dirname(single);
  const listing = await listCorpus({ dir: root, manifest: flags.manifest, metaFromPath: flags.metaFromPath });
  const entries = single === undefined ? listing.entries : listing.entries.filter((e) => e.path === single);
  const docs: KwicDoc[] = [];
  const skipped: FileError[] = single === undefined ? [...listing.skipped] : [];
  for (const k of skipped) say(t('kwic.skipped', { file: k.file, message: reasonText(k) }));
  for (const entry of entries) {
    try {
      const doc = await readDocument(entry.path, resolve(root), undefined, { id: entry.id, maxFileBytes: flags.maxFileMb });
      if (doc.text.trim() === '') {
        // As analyze: an empty file is no document (it would count in the documents searched, with no text).
        const empty = fileError(entry.file, 'decode', { key: 'reason.emptyFile' });
        skipped.push(empty);
        say(t('kwic.skipped', { file: entry.file, message: reasonText(empty) }));
        continue;
      }
      docs.push({ meta: resolveMeta(doc, entry.manifest, entry.fromPath), han: hanChars(doc.text), hits: kwic(doc, pattern, window) });
    } catch (e) {
      const failure = failureOf(entry.file, 'read', e as Error);
      skipped.push(failure);
      say(t('kwic.skipped', { file: entry.file, message: reasonText(failure) }));
    }
  }
  const hits = docs.reduce((n, d) => n + d.hits.length, 0);
  if (docs.length === 0) say(t('kwic.noDocuments', { dir }));
  else if (hits === 0) say(t('kwic.noMatch', { term, documents: plural('count.document', docs.length), dir }));
  writeStdout(by ? formatKwicCounts(kwicCounts(docs, by), by, format) : formatKwic(kwicRows(docs, sort), format));
  return exitCodeOf(skipped, { processed: docs.length });
}
