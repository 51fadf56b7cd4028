import { describe, expect, it } from 'vitest';
import { sentencesAndParagraphs } from '../../../src/pipeline/per-document/sentences.js';

/** The definition as lines and regular expressions (what documents.csv has always counted). */
function byLines(text: string): { sentences: number; paragraphs: number } {
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
  return { sentences, paragraphs };
}

describe('sentencesAndParagraphs', () => {
  it('counts stretches with a letter or digit ended by a run of 。！？!? or by the line, and lines not blank', () => {
    expect(sentencesAndParagraphs('县政协召开会议。真好！？\n  \n“开展调研。”GDP')).toEqual({ sentences: 4, paragraphs: 2 });
    expect(sentencesAndParagraphs('。。\r\n\u3000\r\n𠀀年')).toEqual({ sentences: 1, paragraphs: 2 });
    expect(sentencesAndParagraphs('')).toEqual({ sentences: 0, paragraphs: 0 });
  });

  it('agrees with the definition by lines on random texts (CR, LF, spaces, ends, letters, surrogates)', () => {
    const alphabet = ['\r', '\n', '\r\n', ' ', '\u3000', '\ufeff', '。', '！', '?', '，', '“', '协', 'a', '5', '𠀀', '\ud840', '\udc00', '😀'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: n % 30 }, () => alphabet[next()]).join('');
      expect(sentencesAndParagraphs(text), JSON.stringify(text)).toEqual(byLines(text));
    }
  });
});
