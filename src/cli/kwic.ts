/**
 * `workreport kwic <term> [dir]`: flags → read each document with its metadata → KWIC lines or counts on
 * stdout. Never loads nodejieba. Exit (cli/exit-code.ts) 0 (also when nothing matches: an empty result and a note
 * on stderr), 1 when some files could not be read, 2 for a usage problem (bad regular expression, bad option value)
 * or when no file could be read at all.
 */
import { resolve } from 'node:path';
import { listCorpus } from '../corpus.js';
import { formatKwic, formatKwicCounts, KWIC_FORMATS, type KwicFormat } from '../format/kwic.js';
import { failureOf } from '../io/messages.js';
import { readDocument } from '../io/read.js';
import type { FileError } from '../types.js';
import { kwic } from '../pipeline/kwic.js';
import { KWIC_GROUP_FIELDS, kwicCounts, kwicRows, type KwicDoc, type KwicGroupField } from '../pipeline/kwic-table.js';
import { parseKwicTerm } from '../pipeline/kwic-term.js';
import { resolveMeta } from '../pipeline/metadata.js';
import { hanChars } from '../pipeline/count.js';
import { UsageError } from './errors.js';
import { exitCodeOf } from './exit-code.js';
import { plural, reasonText, t } from '../messages/index.js';
import { say } from './stderr.js';
import { writeStdout } from './stdout.js';

interface KwicFlags {
  window: string;
  format: string;
  sort?: string;
  by?: string;
  manifest?: string;
  metaFromPath?: string;
  /** `--max-file-mb`, already in bytes. */
  maxFileMb?: number;
}

export async function runKwic(term: string, dir: string, flags: KwicFlags): Promise<number> {
  const window = Number(flags.window);
  if (!Number.isInteger(window) || window < 0) {
    throw new UsageError(t('error.window', { value: flags.window }));
  }
  const format = oneOf('--format', flags.format, KWIC_FORMATS) as KwicFormat;
  const sort = flags.sort === undefined ? 'position' : oneOf('--sort', flags.sort, ['left', 'right'] as const);
  const by = flags.by === undefined ? undefined : (oneOf('--by', flags.by, KWIC_GROUP_FIELDS) as KwicGroupField);
  const pattern = parseKwicTerm(term);

  const listing = await listCorpus({ dir, manifest: flags.manifest, metaFromPath: flags.metaFromPath });
  const docs: KwicDoc[] = [];
  const skipped: FileError[] = [...listing.skipped];
  for (const k of listing.skipped) say(t('kwic.skipped', { file: k.file, message: reasonText(k) }));
  for (const entry of listing.entries) {
    try {
      const doc = await readDocument(entry.path, resolve(dir), undefined, { id: entry.id, maxFileBytes: flags.maxFileMb });
      docs.push({ meta: resolveMeta(doc, entry.manifest, entry.fromPath), han: hanChars(doc.text), hits: kwic(doc, pattern, window) });
    } catch (e) {
      const failure = failureOf(entry.file, 'read', e as Error);
      skipped.push(failure);
      say(t('kwic.skipped', { file: entry.file, message: reasonText(failure) }));
    }
  }
  const hits = docs.reduce((n, d) => n + d.hits.length, 0);
  if (hits === 0) say(t('kwic.noMatch', { term, documents: plural('count.document', docs.length), dir }));
  writeStdout(by ? formatKwicCounts(kwicCounts(docs, by), by, format) : formatKwic(kwicRows(docs, sort), format));
  return exitCodeOf(skipped, { processed: docs.length });
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(t('error.expectedOneOf', { option: flag, allowed: allowed.join(', '), value }));
  }
  return value as T;
}
