/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and, when the bytes are not valid UTF-8,
 * GB18030 or Big5 (`legacyEncodingOf`). The encoding used is returned with the text so that it is recorded per
 * document.
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
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (legacyEncodingOf(bytes) === 'big5') {
    const big5 = iconv().decode(buffer, 'big5');
    if (!big5.includes('\uFFFD')) return { text: big5, encoding: 'big5' };
  }
  const text = iconv().decode(buffer, 'gb18030');
  if (text.includes('\uFFFD')) {
    throw new DecodeError({ key: 'decode.notUtf8OrGb18030' });
  }
  return { text, encoding: 'gb18030' };
}

/**
 * Whether bytes that are not UTF-8 read as GB18030 (the mainland's, a superset of GBK and GB2312) or as Big5
 * (Taiwan's and Hong Kong's, Traditional characters). The two use the same byte ranges, so Big5 bytes decode as
 * GB18030 without an error, into other characters (現XX縣 comes out as 現XX〆); what tells them apart is where each
 * puts its common characters:
 * - GB2312's part of GB18030: punctuation and symbols in rows A1–A3 (，。、“” ① Ⅰ full-width letters) and its
 *   6,763 hanzi in B0–F7, always with a second byte A1–FE;
 * - Big5: punctuation and symbols A140–A3BF and its 5,401 frequent hanzi A440–C67E, with a second byte 40–7E or A1–FE.
 * Simplified text in GBK has nearly every two-byte character in GB2312's part and about half in Big5's (its hanzi
 * past C6 are not there); Big5 text has nearly all in Big5's and less than half in GB2312's. Big5 is chosen when
 * at least a fifth more of the characters lie in its part than in GB2312's — else GB18030, which is also what a
 * text too short to tell gets — and only when the bytes are valid Big5 (decodeBytes).
 */
export function legacyEncodingOf(bytes: Uint8Array): 'gb18030' | 'big5' {
  let pairs = 0, gb = 0, big5 = 0;
  for (let i = 0; i < bytes.length - 1; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1]!;
    pairs++;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4; // a four-byte GB18030 character: in neither common part
      continue;
    }
    if (((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xf7)) && trail >= 0xa1 && trail <= 0xfe) gb++;
    if (lead >= 0xa1 && lead <= 0xc6 && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) big5++;
    i += 2;
  }
  return big5 - gb >= 0.2 * pairs && pairs > 0 ? 'big5' : 'gb18030';
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
