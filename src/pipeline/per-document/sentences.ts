/**
 * Sentences and paragraphs of a text, as documents.csv counts them (count.ts): a paragraph is a line that is not
 * blank (`trim()` leaves something); a sentence is a stretch of a line that contains a letter or digit (any
 * script) and ends with a run of 。！？!? or with the line. Lines end at CR, LF or CRLF.
 *
 * ok: '县政协召开会议。真好！？\n  \n“开展调研。”GDP' → 4 sentences, 2 paragraphs.
 *
 * Speed: one pass over the code units with a table of the BMP (built once from the same definitions), instead of
 * splitting the text into lines and each line into sentences tested by a regular expression (a third of the
 * counting stage's time).
 */
import { isHighSurrogate, isLowSurrogate } from '../../document/code-points.js';

const CONTENT = /[\p{L}\p{N}]/u;
const SENTENCE_END = '。！？!?';

/** Flags of a BMP code unit: a letter or digit, white space for `trim()`, a sentence end. */
const LETTER = 1;
const SPACE = 2;
const END = 4;
let unitFlags: Uint8Array | undefined;

function flagsOfUnits(): Uint8Array {
  return Uint8Array.from({ length: 0x10000 }, (_, c) => {
    if (c >= 0xd800 && c <= 0xdfff) return 0; // a surrogate: looked at with its pair
    const ch = String.fromCharCode(c);
    return (CONTENT.test(ch) ? LETTER : 0) | (ch.trim() === '' ? SPACE : 0) | (SENTENCE_END.includes(ch) ? END : 0);
  });
}

/** Sentences and paragraphs of `text`. */
export function sentencesAndParagraphs(text: string): { sentences: number; paragraphs: number } {
  const flags = (unitFlags ??= flagsOfUnits());
  let sentences = 0;
  let paragraphs = 0;
  let blank = true; // the line so far
  let content = false; // the sentence so far
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10; // the text ends its last line
    if (c === 10 || c === 13) {
      // CRLF ends a line and then an empty one, which counts for nothing
      if (content) sentences++;
      if (!blank) paragraphs++;
      blank = true;
      content = false;
      continue;
    }
    const f = flags[c]!;
    if ((f & SPACE) === 0) blank = false;
    if (f & END) {
      if (content) sentences++;
      content = false;
    } else if (f & LETTER) content = true;
    else if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (CONTENT.test(text.slice(i, i + 2))) content = true;
      i++;
    }
  }
  return { sentences, paragraphs };
}
