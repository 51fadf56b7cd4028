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
  /** Default `docIdOf(file)`; a corpus passes ids made unique over all its files (`uniqueDocIds`). */
  id?: string;
  docx?: DocxLayout;
}): ReportDoc {
  const normalized = normalizeText(input.source, input.format);
  return { ...input, id: input.id ?? docIdOf(input.file), ...normalized };
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

/**
 * Ids for the files of one corpus (relative paths, sorted), unique and stable. A file keeps `docIdOf(file)`
 * unless another file has the same: then each of them is named by its whole relative path, extension kept
 * (`a.txt`, `a.md`; `back\slash.txt` beside `back/slash.txt`), and if that still meets another id, `~2`, `~3` …
 * is added in path order. Ids that never collided are the same whatever else is in the corpus.
 */
export function uniqueDocIds(files: readonly string[]): string[] {
  const plain = files.map(docIdOf);
  const count = new Map<string, number>();
  for (const id of plain) count.set(id, (count.get(id) ?? 0) + 1);
  const ids = plain.map((id, i) => (count.get(id)! > 1 ? files[i]! : id));
  const taken = new Set(ids.filter((id, i) => id === plain[i]));
  return ids.map((id, i) => {
    if (id === plain[i]) return id;
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}~${n}`;
    taken.add(unique);
    return unique;
  });
}
