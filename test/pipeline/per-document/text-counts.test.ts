import { describe, expect, it } from 'vitest';
import { codePointsBetween } from '../../../src/document/code-points.js';
import { hanChars, textCounts } from '../../../src/pipeline/per-document/text-counts.js';

/** The definitions as lines and regular expressions, and a pass each for chars and Han chars (what documents.csv has always counted). */
function byLines(text: string) {
  let sentences = 0;
  let paragraphs = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    paragraphs++;
    let last = 0;
    for (const m of line.matchAll(/[。！？!?]+/g)) {
      if (/[\p{L}\p{N}]/u.test(line.slice(last, m.index))) sentences++;
      last = m.index + m[0].length;
    }
    if (/[\p{L}\p{N}]/u.test(line.slice(last))) sentences++;
  }
  return { chars: codePointsBetween(text, 0, text.length, { lineBreaks: false }), han_chars: text.match(/\p{Script=Han}/gu)?.length ?? 0, sentences, paragraphs };
}

describe('textCounts', () => {
  it('counts stretches with a letter or digit ended by a run of 。！？!? or by the line, and lines not blank', () => {
    expect(textCounts('县政协召开会议。真好！？\n  \n“开展调研。”GDP')).toEqual({ chars: 24, han_chars: 13, sentences: 4, paragraphs: 2 });
    expect(textCounts('。。\r\n\u3000\r\n𠀀年⺀')).toEqual({ chars: 6, han_chars: 3, sentences: 1, paragraphs: 2 });
    expect(textCounts('')).toEqual({ chars: 0, han_chars: 0, sentences: 0, paragraphs: 0 });
  });

  it('agrees with the definitions on random texts (CR, LF, spaces, ends, letters, Han radicals, surrogates)', () => {
    const alphabet = ['\r', '\n', '\r\n', ' ', '\u3000', '\ufeff', '。', '！', '?', '，', '“', '协', '〇', '⺀', 'a', '5', '𠀀', '\ud840', '\udc00', '😀'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: n % 30 }, () => alphabet[next()]).join('');
      expect(textCounts(text), JSON.stringify(text)).toEqual(byLines(text));
      expect(hanChars(text), JSON.stringify(text)).toBe(byLines(text).han_chars);
    }
  });
});
