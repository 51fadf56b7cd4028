/**
 * A manifest, config or lexicon file → text, decoded as documents are (UTF-8, UTF-16 with BOM, GB18030 when
 * not valid UTF-8: what Excel writes on a Chinese Windows machine), never with a replacement character let in
 * silently. A problem is a `UsageError` naming the file.
 */
import { UsageError } from '../errors.js';
import { decodeBytes } from '../document/decode.js';
import { systemReason, t, type MessageKey } from '../messages/index.js';
import type { Encoding } from '../types.js';
import { megabytes } from './limits.js';
import { readLimited } from './read.js';

/** Such files are small; a larger one is a mistake (a corpus given as --manifest), refused before it is read. */
const MAX_TEXT_FILE_MB = 64;

/** What a file is, for messages: the catalogue's keys for "cannot read" and "cannot decode" it. */
export type TextFileKind = 'manifest' | 'config' | 'lexicon';

const MESSAGE_KEYS: Readonly<Record<TextFileKind, { read: MessageKey; decode: MessageKey }>> = {
  manifest: { read: 'error.cannotReadManifest', decode: 'error.cannotDecodeManifest' },
  config: { read: 'config.cannotRead', decode: 'config.cannotDecode' },
  lexicon: { read: 'error.cannotReadLexicon', decode: 'error.cannotDecodeLexicon' },
};

/** Read and decode `path`, a file of kind `kind` (named so in messages). */
export async function readTextFile(path: string, kind: TextFileKind): Promise<{ text: string; encoding: Encoding }> {
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(path, megabytes(MAX_TEXT_FILE_MB));
  } catch (e) {
    throw new UsageError(t(MESSAGE_KEYS[kind].read, { path, file: path, reason: systemReason(e) }));
  }
  return decodeTextFile(bytes, path, kind);
}

/** Decode the bytes of `path` already read (a lexicon is read synchronously while a worker starts). */
export function decodeTextFile(bytes: Uint8Array, path: string, kind: TextFileKind): { text: string; encoding: Encoding } {
  try {
    return decodeBytes(bytes);
  } catch (e) {
    throw new UsageError(t(MESSAGE_KEYS[kind].decode, { path, file: path, reason: (e as Error).message }));
  }
}
