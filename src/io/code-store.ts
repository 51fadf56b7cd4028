/**
 * An append-only store of UTF-16 code units, in memory or spilled to a file of the temporary folder, so that a
 * corpus step can keep text whose size grows with the corpus without holding it in the heap. Plain data (numbers
 * and a typed array), so that a store moves to a worker thread; a file descriptor is valid in every thread of
 * the process.
 *
 * Written while documents come, read once at the end: `settle` writes out what is buffered, then `readCodes`
 * (a few ranges) and `eachRange` (many ranges in the order written: sequential reads) give the codes back.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CodeStore {
  /** Code units not yet written out (for a store in memory, all of them): `codes[0, buffered)`. */
  codes: Uint16Array;
  buffered: number;
  /** Code units written to the file, before those buffered; 0 in memory. */
  flushed: number;
  /** The spill file (null in memory) and the folder made for it. */
  fd: number | null;
  dir: string | null;
}

/** Code units buffered before a spill store writes them out (2 MB). */
const BUFFER_CODES = 1 << 20;
/** Code units read at a time by `eachRange` (8 MB). */
const WINDOW_CODES = 1 << 22;

/** A store in memory (tests, small inputs). */
export function memoryCodeStore(): CodeStore {
  return { codes: new Uint16Array(1 << 16), buffered: 0, flushed: 0, fd: null, dir: null };
}

/**
 * A store spilled to a new file in the temporary folder; `closeCodeStore` it when done. Where the system allows
 * (POSIX) the file is deleted at once and lives on while open, so that a killed run leaves nothing behind.
 */
export function spilledCodeStore(): CodeStore {
  const dir = mkdtempSync(join(tmpdir(), 'workreport-spill-'));
  const fd = openSync(join(dir, 'codes'), 'w+');
  let kept: string | null = dir;
  try {
    rmSync(dir, { recursive: true });
    kept = null;
  } catch {
    // Windows: an open file cannot be deleted; `closeCodeStore` deletes it
  }
  return { codes: new Uint16Array(BUFFER_CODES), buffered: 0, flushed: 0, fd, dir: kept };
}

/** Code units in the store. */
export function storedLength(store: CodeStore): number {
  return store.flushed + store.buffered;
}

/** Append `codes[from, to)`. */
export function appendCodes(store: CodeStore, codes: Uint16Array, from: number, to: number): void {
  const n = to - from;
  if (store.buffered + n > store.codes.length) {
    if (store.fd === null) {
      const grown = new Uint16Array(Math.max(store.buffered + n, 2 * store.codes.length));
      grown.set(store.codes.subarray(0, store.buffered));
      store.codes = grown;
    } else {
      settle(store);
      if (n > store.codes.length) {
        writeAll(store.fd, codes.subarray(from, to), store.flushed);
        store.flushed += n;
        return;
      }
    }
  }
  store.codes.set(codes.subarray(from, to), store.buffered);
  store.buffered += n;
}

/** Write out what is buffered (a spill store reads only from its file once settled). */
export function settle(store: CodeStore): void {
  if (store.fd === null || store.buffered === 0) return;
  writeAll(store.fd, store.codes.subarray(0, store.buffered), store.flushed);
  store.flushed += store.buffered;
  store.buffered = 0;
}

/** The code units `[from, to)` of a settled store. */
export function readCodes(store: CodeStore, from: number, to: number): Uint16Array {
  if (store.fd === null) return store.codes.subarray(from, to);
  const out = new Uint16Array(to - from);
  readAll(store.fd, out, from);
  return out;
}

/**
 * Visit `ranges` (start and end of each, in the order written) with the codes they cover: `visit(i, codes,
 * from, to)` reads `codes[from, to)`. A spill store is read in windows, front to back.
 */
export function eachRange(
  store: CodeStore, count: number, rangeOf: (i: number) => [number, number],
  visit: (i: number, codes: Uint16Array, from: number, to: number) => void,
): void {
  if (store.fd === null) {
    for (let i = 0; i < count; i++) visit(i, store.codes, ...rangeOf(i));
    return;
  }
  let window: Uint16Array = new Uint16Array(0);
  let windowStart = 0;
  for (let i = 0; i < count; i++) {
    const [from, to] = rangeOf(i);
    if (from < windowStart || to > windowStart + window.length) {
      windowStart = from;
      window = readCodes(store, from, Math.min(store.flushed, from + Math.max(WINDOW_CODES, to - from)));
    }
    visit(i, window, from - windowStart, to - windowStart);
  }
}

/** Close and delete a spill store's file (nothing for a store in memory). */
export function closeCodeStore(store: CodeStore): void {
  if (store.fd !== null) closeSync(store.fd);
  if (store.dir !== null) rmSync(store.dir, { recursive: true, force: true });
  store.fd = null;
  store.dir = null;
}

function writeAll(fd: number, codes: Uint16Array, at: number): void {
  for (let done = 0; done < codes.byteLength;) done += writeSync(fd, codes, done, codes.byteLength - done, 2 * at + done);
}

function readAll(fd: number, into: Uint16Array, at: number): void {
  for (let done = 0; done < into.byteLength;) {
    const n = readSync(fd, into, done, into.byteLength - done, 2 * at + done);
    if (n === 0) throw new Error('code store: the spill file ended early');
    done += n;
  }
}
