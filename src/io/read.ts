/**
 * Disk → `ReportDoc`. The only place that reads input files (and stdin).
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { decodeBytes } from '../document/decode.js';
import { createDocument, formatOf } from '../document/create.js';
import type { ReportDoc, SourceFormat } from '../types.js';

/** Limits on what one file may grow to when it is read (plain data: it is sent to workers). */
export interface ReadOptions {
  /** The largest inflated part of a .docx, in bytes (default `DEFAULT_MAX_DOCX_PART_MB`). */
  maxDocxPartBytes?: number | undefined;
}

/** Read and decode one file. `root` is the corpus folder that `file` is made relative to. */
export async function readDocument(path: string, root: string, format?: SourceFormat, options: ReadOptions = {}): Promise<ReportDoc> {
  const fmt = format ?? formatOf(path) ?? 'txt';
  const bytes = await readFile(path);
  return documentFromBytes(bytes, { path, file: relativeFile(root, path), format: fmt }, options);
}

/** Decode bytes already read (a file, stdin, a worker's buffer) into a document. */
export async function documentFromBytes(
  bytes: Uint8Array,
  where: { path: string; file: string; format: SourceFormat },
  options: ReadOptions = {},
): Promise<ReportDoc> {
  if (where.format === 'docx') {
    const { readDocx } = await import('./docx.js');
    const { source, lines, bodyLines } = await readDocx(bytes, options.maxDocxPartBytes);
    return createDocument({ ...where, encoding: 'docx', source, bytes: bytes.byteLength, docx: { lines, bodyLines } });
  }
  const { text, encoding } = decodeBytes(bytes);
  return createDocument({ ...where, encoding, source: text, bytes: bytes.byteLength });
}

/** `path` relative to `root` with `/` separators; the path itself when it is outside `root`. */
export function relativeFile(root: string, path: string): string {
  const rel = relative(root, path);
  const inside = rel !== '' && !rel.startsWith('..');
  return (inside ? rel : path).split(sep).join('/');
}
