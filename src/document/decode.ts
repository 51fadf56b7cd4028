/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and GB18030 when the bytes are
 * not valid UTF-8. The encoding used is returned with the text so that it is recorded per document.
 *
 * ok:     Buffer.from('政协', 'utf8')              → { text: '政协', encoding: 'utf-8' }
 * not ok: a PNG (NUL bytes, no UTF-16 BOM)        → throws DecodeError
 */
import { isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import { MessageError } from '../messages/index.js';
import type { Encoding } from '../types.js';

/** Bytes that are not text the tool reads; `reason` says why as a catalogue message (English in `message`). */
export class DecodeError extends MessageError {
  override name = 'DecodeError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const hasTranscode = typeof process.versions.icu === 'string';

type Iconv = typeof import('iconv-lite');
let iconvLib: Iconv | undefined;
/** iconv-lite, loaded when first needed: most files are UTF-8, and a check of a draft starts without it. */
const iconv = (): Iconv => (iconvLib ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

/** Decode a file's bytes; throws `DecodeError` when no supported encoding fits. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) {
    throw new DecodeError({ key: 'decode.binary' });
  }
  if (isUtf8(bytes)) return { text: utf8Text(bytes), encoding: 'utf-8' };
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  if (text.includes('\uFFFD')) {
    throw new DecodeError({ key: 'decode.notUtf8OrGb18030' });
  }
  return { text, encoding: 'gb18030' };
}

function decodeUtf8(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw new DecodeError({ key: 'decode.badUtf8Bom' });
  return utf8Text(bytes);
}

/**
 * The text of bytes known to be valid UTF-8 (`isUtf8`). Transcoding to UTF-16 and taking that as a string is
 * about ten times faster on Chinese text than TextDecoder or Buffer#toString('utf8') on Node 20 (0.04 s against
 * 0.4 s for the 38 MB of the provincial reports), and gives the same string: a BOM inside is kept, characters
 * outside the BMP become surrogate pairs. Node built without ICU has no `transcode`; TextDecoder then.
 */
function utf8Text(bytes: Uint8Array): string {
  if (!hasTranscode) return utf8.decode(bytes);
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw new DecodeError({ key: 'decode.oddUtf16', params: { encoding } });
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
    throw new DecodeError({ key: 'decode.unpairedSurrogate', params: { encoding } });
  }
  return text;
}
