/**
 * Disk → `ReportDoc`. The only place that reads input files (and stdin).
 *
 * A file is opened without blocking and looked at before any byte is read: a FIFO, socket or device is refused
 * (reading one would wait forever), and so is a file larger than the limit (`maxFileBytes`), before its bytes are
 * read or decoded, so that one huge file cannot exhaust the memory of the process.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { decodeBytes } from '../document/decode.js';
import { createDocument, formatOf } from '../document/create.js';
import type { ReportDoc, SourceFormat } from '../types.js';
import { DEFAULT_MAX_FILE_MB, megabytes } from './limits.js';
import { kindOf } from './list.js';
import { MESSAGES } from './messages.js';
import { MessageError } from '../messages/index.js';

export { DEFAULT_MAX_FILE_MB };

/** Limits and names for one file read (plain data: it is sent to workers). */
export interface ReadOptions {
  /** Largest file read, in bytes (`--max-file-mb`; default `DEFAULT_MAX_FILE_MB`). */
  maxFileBytes?: number | undefined;
  /** The largest inflated part of a .docx, in bytes (default `DEFAULT_MAX_DOCX_PART_MB`). */
  maxDocxPartBytes?: number | undefined;
  /** Document id; default `docIdOf(file)` (analyze passes ids made unique over the corpus). */
  id?: string | undefined;
}

/** A file refused before it was read (too large, not a regular file): a read-stage failure of that file only. */
export class ReadRefusal extends MessageError {
  override name = 'ReadRefusal';
}

/**
 * Read and decode one file. `root` is the corpus folder that `file` is made relative to; `format` defaults to
 * the one its extension says, else text.
 */
export async function readDocument(path: string, root: string, format?: SourceFormat, options: ReadOptions = {}): Promise<ReportDoc> {
  return fileDocument(await readLimited(path, options.maxFileBytes ?? megabytes(DEFAULT_MAX_FILE_MB)), path, root, format, options);
}

/**
 * `readDocument` with the file read in the calling thread (`readLimitedSync`; only a .docx is then decoded
 * asynchronously): for an analysing worker, which has nothing else to do meanwhile. Each of the four round trips of
 * an asynchronous read (open, stat, read, close) waited for libuv's threads, shared with the main thread's writes,
 * and then for a core: the workers sat idle about a tenth of the time on the provinces.
 */
export async function readDocumentHere(path: string, root: string, format?: SourceFormat, options: ReadOptions = {}): Promise<ReportDoc> {
  return fileDocument(readLimitedSync(path, options.maxFileBytes ?? megabytes(DEFAULT_MAX_FILE_MB)), path, root, format, options);
}

/** The document of the bytes of the file at `path`, as `readDocument` makes it (for a caller that read them itself). */
export function fileDocument(bytes: Uint8Array, path: string, root: string, format?: SourceFormat, options: ReadOptions = {}): Promise<ReportDoc> {
  const fmt = format ?? formatOf(path) ?? 'txt';
  return documentFromBytes(bytes, { path, file: relativeFile(root, path), format: fmt, id: options.id }, options);
}

/** The bytes of a regular file no larger than `maxBytes`; `ReadRefusal` for anything else. */
export async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer before fstat can say what it is.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    refuseUnlessReadable(await handle.stat(), maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Bytes read at a time after a file's first `size` bytes (`readLimitedSync`). */
const SCRATCH_BYTES = 64 * 1024;
/** One buffer per thread for those reads, made on the first. */
let scratch: Buffer | undefined;

/**
 * `readLimited` in the calling thread: for a command that reads one file at a time between checks (`check`), where
 * the round trips of the asynchronous calls cost more than the reads of files the system has cached.
 */
export function readLimitedSync(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const { size } = refuseUnlessReadable(fstatSync(fd), maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    // Read until the end, not only `size` bytes: the file may have grown since fstat (up to the limit). After the
    // first read, into one scratch buffer (what it reads is copied out): the read that finds the end, almost always
    // the second, then allocates nothing; a new 64K buffer for it, per file, was garbage as large as the files.
    for (let first = true; total <= maxBytes; first = false) {
      const chunk = first ? Buffer.allocUnsafe(Math.max(size, 1)) : (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(first ? chunk.subarray(0, n) : new Uint8Array(chunk.subarray(0, n)));
      total += n;
    }
    if (total > maxBytes) throw new ReadRefusal(MESSAGES.tooLarge(total, maxBytes, '--max-file-mb'));
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** `s` itself when it is a regular file no larger than `maxBytes`; else the refusal. */
function refuseUnlessReadable(s: Stats, maxBytes: number): Stats {
  if (s.isDirectory()) throw Object.assign(new ReadRefusal(MESSAGES.isFolder), { code: 'EISDIR' });
  if (!s.isFile()) throw new ReadRefusal(MESSAGES.notRegular(kindOf(s)));
  if (s.size > maxBytes) throw new ReadRefusal(MESSAGES.tooLarge(s.size, maxBytes, '--max-file-mb'));
  return s;
}

/** Decode bytes already read (a file, stdin, a worker's buffer) into a document. */
export async function documentFromBytes(
  bytes: Uint8Array,
  where: { path: string; file: string; format: SourceFormat; id?: string | undefined },
  options: ReadOptions = {},
): Promise<ReportDoc> {
  const { id, ...place } = where;
  const named = id === undefined ? {} : { id };
  if (where.format === 'docx') {
    const { readDocx } = await import('./docx.js');
    const { source, lines, bodyLines } = await readDocx(bytes, options.maxDocxPartBytes);
    return createDocument({ ...place, ...named, encoding: 'docx', source, bytes: bytes.byteLength, docx: { lines, bodyLines } });
  }
  const { text, encoding } = decodeBytes(bytes);
  return createDocument({ ...place, ...named, encoding, source: text, bytes: bytes.byteLength });
}

/** `path` relative to `root` with `/` separators; the path itself when it is outside `root`. */
export function relativeFile(root: string, path: string): string {
  const rel = relative(root, path);
  const inside = rel !== '' && !rel.startsWith('..');
  return (inside ? rel : path).split(sep).join('/');
}
