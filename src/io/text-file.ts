/**
 * A manifest, config or lexicon file → text, decoded as documents are (UTF-8, UTF-16 with BOM, GB18030 when
 * not valid UTF-8: what Excel writes on a Chinese Windows machine), never with a replacement character let in
 * silently. A problem is a `UsageError` naming the file.
 */
import { UsageError } from '../cli/errors.js';
import { decodeBytes } from '../document/decode.js';
import type { Encoding } from '../types.js';
import { readLimited } from './read.js';

/** Such files are small; a larger one is a mistake (a corpus given as --manifest), refused before it is read. */
const MAX_TEXT_FILE_MB = 64;

/** Read and decode `path`; `what` names it in messages ("the manifest", "the config file"). */
export async function readTextFile(path: string, what: string): Promise<{ text: string; encoding: Encoding }> {
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(path, MAX_TEXT_FILE_MB);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`${path}: cannot read ${what}: ${err.code ?? err.message}`);
  }
  return decodeTextFile(bytes, path, what);
}

/** Decode the bytes of `path` already read (a lexicon is read synchronously while a worker starts). */
export function decodeTextFile(bytes: Uint8Array, path: string, what: string): { text: string; encoding: Encoding } {
  try {
    return decodeBytes(bytes);
  } catch (e) {
    throw new UsageError(`${path}: cannot decode ${what}: ${(e as Error).message}`);
  }
}
