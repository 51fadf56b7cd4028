import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { DecodeError, decodeBytes, legacyEncodingOf } from '../../src/document/decode.js';
import { listFiles } from '../../src/io/list.js';
import { CORPUS } from '../helpers.js';

const seed = readFileSync(join(CORPUS, '003_b45dcb9941570f9a.txt'), 'utf8');

describe('decodeBytes', () => {
  it('reads plain UTF-8 and records it', () => {
    expect(decodeBytes(Buffer.from(seed, 'utf8'))).toEqual({ text: seed, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and records utf-8-bom', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: seed, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with their BOMs', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeBytes(le)).toEqual({ text: seed, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text: seed, encoding: 'utf-16be' });
  });

  it('decodes UTF-8 exactly as a fatal TextDecoder does: a BOM inside kept, astral characters as pairs', () => {
    const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    for (const text of ['政协\uFEFF第一次', '😀𠀀工作\u{10FFFF}', 'a\uFFFEb\uFFFF', '', 'x\r\n\u00A0\u3000']) {
      const bytes = Buffer.from(text, 'utf8');
      expect(decodeBytes(bytes)).toEqual({ text: reference.decode(bytes), encoding: 'utf-8' });
      expect(decodeBytes(bytes).text).toBe(text);
    }
  });

  it('reads bytes a fatal TextDecoder refuses (overlong, encoded surrogates, beyond U+10FFFF) as not UTF-8', () => {
    // Each is one GB18030 character pair or nothing: what matters is that it never comes back as utf-8.
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe6, 0x94]]) {
      const bytes = Buffer.from([0x41, ...bad]);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      let encoding: string | undefined;
      try {
        encoding = decodeBytes(bytes).encoding;
      } catch (e) {
        expect(e).toBeInstanceOf(DecodeError);
      }
      expect(encoding).not.toBe('utf-8');
    }
    expect(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xed, 0xa0, 0x80]))).toThrow(DecodeError);
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    const gb = iconv.encode(seed, 'gb18030');
    expect(decodeBytes(gb)).toEqual({ text: seed, encoding: 'gb18030' });
  });

  it('reads Big5 as Big5, not as the GB18030 characters its bytes also make', () => {
    const draft = '政協XX縣委員會共收到提案**件，較上年增長 %。';
    expect(decodeBytes(iconv.encode(draft, 'big5'))).toEqual({ text: draft, encoding: 'big5' });
    expect(iconv.decode(iconv.encode(draft, 'big5'), 'gb18030')).not.toBe(draft); // what was read before
    // The same text in GBK (Traditional characters GBK has outside GB2312) and in Simplified stays GB18030.
    expect(decodeBytes(iconv.encode(draft, 'gbk'))).toEqual({ text: draft, encoding: 'gb18030' });
    const simplified = '政协XX县委员会共收到提案**件，较上年增长 %。';
    expect(decodeBytes(iconv.encode(simplified, 'gbk'))).toEqual({ text: simplified, encoding: 'gb18030' });
  });

  it('tells GB18030 from Big5 in every sample and in each line of them with a Han character', async () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const texts = (await listFiles(CORPUS, ['txt'])).map((f) => readFileSync(f, 'utf8'));
    const lines = texts.flatMap((t) => t.split('\n')).filter((l) => /\p{Script=Han}/u.test(l));
    expect([texts.length, lines.length]).toEqual([5, 88]);
    for (const text of [...texts, ...lines]) {
      expect(legacyEncodingOf(iconv.encode(text, 'gbk'))).toBe('gb18030');
      expect(legacyEncodingOf(iconv.encode(toTraditional(text), 'big5'))).toBe('big5');
    }
  });

  it('refuses binary content with NUL bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(DecodeError);
    expect(() => decodeBytes(png)).toThrow(/binary content/);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 (nor Big5)', () => {
    // 0xFF can start no GB18030 sequence and is never valid UTF-8.
    expect(() => decodeBytes(Buffer.from([0x41, 0xff, 0xff, 0x42]))).toThrow(/not valid UTF-8, and not valid GB18030/);
  });

  it('refuses a UTF-16 body with an odd number of bytes', () => {
    expect(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toThrow(/odd number of bytes/);
  });
});
