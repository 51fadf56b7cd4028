/**
 * The zip archive under a .docx, read with yauzl: the central directory first (every entry's declared
 * uncompressed size is known before anything is inflated), then one entry at a time, streamed, so that a part
 * is never held whole in memory as bytes.
 *
 * A zip bomb (a small file whose part inflates to gigabytes) is refused twice over: before inflating, from the
 * size the central directory declares, and while inflating, since a declared size can lie — yauzl stops a
 * stream that yields more bytes than its entry declares, and the bytes are counted here against the limit too.
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { DecodeError } from '../document/decode.js';
import type { Message } from '../messages/index.js';
import { limitInMb, sizeInMb } from './limits.js';

/** A zip archive opened from memory: its entry names and a way to stream one entry's text. */
export interface ZipArchive {
  /** Entry names as stored (`word/document.xml`). */
  has(name: string): boolean;
  /**
   * Inflate one entry as UTF-8 text, chunk by chunk. Throws `PartTooLargeError` when it is (or turns out to be)
   * larger than `maxPartBytes`, `DecodeError` when it is damaged.
   */
  readText(name: string, onText: (chunk: string) => void): Promise<void>;
  close(): void;
}

/** A part larger than the limit; its message names the part, its size, the limit and the option that raises it. */
export class PartTooLargeError extends DecodeError {
  constructor(readonly part: string, readonly size: number, readonly limit: number, exact: boolean) {
    super({ key: exact ? 'docx.partTooLarge' : 'docx.partTooLargeAtLeast', params: { part, size: sizeInMb(size), limit: limitInMb(limit) } });
  }
}

/** Open a zip held in memory. Throws yauzl's error when it is not a readable zip. */
export async function openZip(bytes: Uint8Array, maxPartBytes: number): Promise<ZipArchive> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true },
      (err, z) => (err ? reject(err) : resolve(z)));
  });
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  return {
    has: (name) => entries.has(name),
    readText: (name, onText) => {
      const entry = entries.get(name);
      if (!entry) return Promise.reject(new DecodeError({ key: 'docx.noPart', params: { part: name } }));
      if (entry.uncompressedSize > maxPartBytes) return Promise.reject(new PartTooLargeError(name, entry.uncompressedSize, maxPartBytes, true));
      return streamText(zip, entry, maxPartBytes, onText);
    },
    close: () => zip.close(),
  };
}

/** Inflate `entry`, decoding UTF-8 across chunk boundaries, and stop as soon as it passes `limit` bytes. */
function streamText(zip: ZipFile, entry: Entry, limit: number, onText: (chunk: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(new DecodeError({ key: 'docx.partUnopened', params: { part: entry.fileName, reason: err.message } }));
      const decoder = new TextDecoder('utf-8');
      let seen = 0;
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(e);
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        seen += chunk.length;
        if (seen > limit) return fail(new PartTooLargeError(entry.fileName, seen, limit, false));
        try {
          onText(decoder.decode(chunk, { stream: true }));
        } catch (e) {
          fail(e instanceof Error ? e : new Error(String(e)));
        }
      });
      stream.on('error', (e: Error) => fail(new DecodeError(partProblem(entry, e))));
      stream.on('end', () => {
        if (failed) return;
        try {
          onText(decoder.decode());
          resolve();
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
  });
}

/** yauzl's and zlib's reasons in words that say what is wrong with the file (their own text stays English). */
function partProblem(entry: Entry, e: Error): Message {
  if (/too many bytes/.test(e.message)) {
    return { key: 'docx.partOverDeclared', params: { part: entry.fileName, size: entry.uncompressedSize } };
  }
  return { key: 'docx.partDamaged', params: { part: entry.fileName, reason: e.message } };
}

