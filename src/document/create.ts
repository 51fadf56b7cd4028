/**
 * Decoded text → the one document model (`ReportDoc`). Pure: reading bytes is `io/read.ts`'s job.
 */
import type { DocxLayout, Encoding, ReportDoc, SourceFormat } from '../types.js';
import { normalizeText } from './normalize.js';

/** Build a `ReportDoc` from decoded source text. `file` is relative to the corpus folder. */
export function createDocument(input: {
  path: string;
  file: string;
  format: SourceFormat;
  encoding: Encoding;
  source: string;
  bytes?: number;
  docx?: DocxLayout;
}): ReportDoc {
  const normalized = normalizeText(input.source, input.format);
  return { id: docIdOf(input.file), ...input, ...normalized };
}

/** Stable document id: the relative path with `/` separators and without its extension. */
export function docIdOf(file: string): string {
  return file.replace(/\\/g, '/').replace(/\.(txt|md|markdown|docx)$/i, '');
}

/** Source format from a file name; `undefined` for files the tool does not read. */
export function formatOf(file: string): SourceFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'txt') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'docx') return 'docx';
  return undefined;
}
