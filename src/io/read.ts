/**
 * Disk → `ReportDoc`. The only place that reads input files (and stdin).
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { decodeBytes } from '../document/decode.js';
import { createDocument, formatOf } from '../document/create.js';
import type { ReportDoc, SourceFormat } from '../types.js';

/** Read and decode one file. `root` is the corpus folder that `file` is made relative to. */
export async function readDocument(path: string, root: string, format?: SourceFormat): Promise<ReportDoc> {
  const fmt = format ?? formatOf(path) ?? 'txt';
  const bytes = await readFile(path);
  return documentFromBytes(bytes, { path, file: relativeFile(root, path), format: fmt });
}

/** Decode bytes already read (a file, stdin, a worker's buffer) into a document. */
export async function documentFromBytes(
  bytes: Uint8Array,
  where: { path: string; file: string; format: SourceFormat },
): Promise<ReportDoc> {
  if (where.format === 'docx') {
    const { docxToText } = await import('./docx.js');
    return createDocument({ ...where, encoding: 'docx', source: await docxToText(bytes), bytes: bytes.byteLength });
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
