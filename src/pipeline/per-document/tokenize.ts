/**
 * Text → tokens with offsets. Only runs of Han characters go to the segmenter; everything else is typed here by
 * one sticky regular expression, so numbers (2023, 3.5%, 1,000, ２０２３, 二〇二三), placeholders (X, XX, 20XX, *,
 * ××, □□, 某某) and Latin words (GDP, 5G) are never cut into pieces (plain nodejieba cuts 2023 into 2/0/2/3).
 *
 * Speed: the Han pieces of up to `CUT_CHARS` of text are joined with "\n" and cut in ONE call of the segmenter (one
 * native call per document of ordinary size, instead of one per run); the words are then laid back onto the text
 * by their lengths. Any segmenter whose words, concatenated, give back its input works (a "\n" it returns or drops
 * is both fine), and "\n" ends a sentence for jieba, so cutting in parts gives the same words. The parts bound
 * what a large file holds at once: the segmenter returns one string per word.
 *
 * @example
 * tokenize('20XX年开展专题协商XX余项，增长3.5%', jieba)
 * // 20XX placeholder · 年 word · 开展 word · 专题协商 word · XX placeholder · 余项 word · ， punct · 增长 word · 3.5% number
 */

import { LATIN, NUMBER, PLACEHOLDER, PUNCT, SPACE, tokenSink, WORD, type Tokens, type TokenSink } from './tokens.js';

export type { Token, TokenKind, Tokens } from './tokens.js';

/** Anything that cuts a run of Han characters into words (nodejieba in production, a fake in unit tests). */
export interface Segmenter {
  cut(text: string): string[];
}

/** Letters and decimal digits of any script except Han (Latin, full-width Latin, Greek …). */
const ALNUM = String.raw`[[\p{L}\p{Nd}]--[\p{Script=Han}]]`;
const X = '[XxＸｘ]';

/**
 * The scanner, tried at each position in this order (one capture group per kind):
 * 1 whitespace · 2 Han run (○ included for 二○二三) · 3 X placeholder, digits allowed before (20XX, 201X) ·
 * 4 number (digits, 1,000 groups, one decimal part, % ％ ‰) · 5 Latin word (PM2.5, 5G) ·
 * 6 symbol placeholder (*, ＊, ××, □□) · 7 any other code point = punctuation.
 */
const SCAN = new RegExp(
  String.raw`(\s+)|([\p{Script=Han}○]+)|(\p{Nd}*${X}+(?!${ALNUM}))` +
    String.raw`|(\p{Nd}+(?:,\p{Nd}{3})*(?:[.．]\p{Nd}+)?[%％‰]?(?!${ALNUM}))` +
    String.raw`|(${ALNUM}+(?:[.．]${ALNUM}+)*)|(\*+|＊+|×+|□+)|([^])`,
  'vy',
);

const NUMERAL = '[〇○零一二三四五六七八九]';
/**
 * Inside a Han run: 1 a run of numerals with 〇/○ (二〇二三, or 〇〇 alone) · 2 four numerals before 年 (一九九八年) ·
 * 3 某某 (two or more 某).
 */
const IN_HAN = new RegExp(
  String.raw`(${NUMERAL}*[〇○]${NUMERAL}*)|((?<!${NUMERAL})${NUMERAL}{4}(?=年))|(某{2,})`,
  'gv',
);
const HAS_DIGIT = /[零一二三四五六七八九]/;
/** Cheap pre-test: a run without these characters has nothing for IN_HAN. */
const MAY_SPLIT = /[〇○某年]/;

/** Kind code by scanner group (index = group - 1); group 2, Han runs, goes through splitHanRun instead. */
const KINDS: readonly number[] = [SPACE, WORD, PLACEHOLDER, NUMBER, LATIN, PLACEHOLDER, PUNCT];

/** How much text (UTF-16 code units) is cut in one call of the segmenter. */
const CUT_CHARS = 1 << 16;
/** The kind of a pending item that is a Han piece still to cut. */
const PIECE = -1;

/** Tokens found and Han pieces still to cut, in text order, since the last cut. */
interface Pending {
  starts: number[];
  ends: number[];
  /** A kind code, or PIECE. */
  kinds: number[];
  /** A token's text ('' for a piece). */
  texts: string[];
}

/**
 * Split `text` into typed tokens that cover it completely; Han words come from `segmenter`. `cutChars`: how much
 * text is cut in one call (tests make it small to show that cutting in parts changes nothing).
 */
export function tokenize(text: string, segmenter: Segmenter, cutChars = CUT_CHARS): Tokens {
  // About one token per 1.9 code units in this genre (the five samples, provincial reports); the sink grows when a
  // text has more.
  const sink = tokenSink(Math.ceil(text.length / 1.8) + 16);
  const pending: Pending = { starts: [], ends: [], kinds: [], texts: [] };
  let from = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m !== null; m = SCAN.exec(text)) {
    const start = m.index;
    const end = SCAN.lastIndex;
    if (m[2] !== undefined) splitHanRun(text, start, end, pending);
    else {
      let group = 1;
      while (m[group] === undefined) group++;
      add(pending, start, end, KINDS[group - 1] ?? PUNCT, m[0]);
    }
    if (end - from >= cutChars) {
      emit(text, pending, segmenter, sink);
      from = end;
    }
  }
  emit(text, pending, segmenter, sink);
  return sink.done(text.length);
}

function add(pending: Pending, start: number, end: number, kind: number, text: string): void {
  pending.starts.push(start);
  pending.ends.push(end);
  pending.kinds.push(kind);
  pending.texts.push(text);
}

/** Numbers and placeholders inside a Han run become tokens; the Han text between them becomes pieces to cut. */
function splitHanRun(text: string, start: number, end: number, pending: Pending): void {
  const run = text.slice(start, end);
  if (!MAY_SPLIT.test(run)) {
    add(pending, start, end, PIECE, '');
    return;
  }
  let pos = 0;
  IN_HAN.lastIndex = 0;
  for (let m = IN_HAN.exec(run); m !== null; m = IN_HAN.exec(run)) {
    if (m.index > pos) add(pending, start + pos, start + m.index, PIECE, '');
    const s = start + m.index;
    add(pending, s, s + m[0].length, innerKind(m), m[0]);
    pos = m.index + m[0].length;
  }
  if (pos < run.length) add(pending, start + pos, end, PIECE, '');
}

function innerKind(m: RegExpExecArray): number {
  if (m[1] !== undefined) {
    if (HAS_DIGIT.test(m[1])) return NUMBER;
    return m[1].length > 1 ? PLACEHOLDER : PUNCT;
  }
  return m[2] !== undefined ? NUMBER : PLACEHOLDER;
}

/**
 * Cut the pending pieces in one call and append the pending tokens, with the pieces' words in their places, to
 * `sink`; then nothing is pending. Each word must match the text where it is laid down.
 */
function emit(text: string, pending: Pending, segmenter: Segmenter, sink: TokenSink): void {
  const { starts, ends, kinds, texts } = pending;
  const n = kinds.length;
  const pieces: string[] = [];
  for (let k = 0; k < n; k++) if (kinds[k] === PIECE) pieces.push(text.slice(starts[k], ends[k]));
  const words = pieces.length === 0 ? [] : segmenter.cut(pieces.join('\n'));
  let k = -1;
  let pos = 0; // where the next word goes, in the piece [pos, end)
  let end = 0;
  /** Append the tokens before the next piece and move to it; false when no piece is left. */
  const nextPiece = (): boolean => {
    for (k++; k < n; k++) {
      if (kinds[k] === PIECE) {
        pos = starts[k]!;
        end = ends[k]!;
        return true;
      }
      sink.push(starts[k]!, kinds[k]!, texts[k]!);
    }
    return false;
  };
  const place = (word: string): void => {
    if (pos === end) nextPiece();
    const to = pos + word.length;
    if (to > end || !text.startsWith(word, pos)) throw misaligned(text, word, pos);
    sink.push(pos, WORD, word);
    pos = to;
  };
  nextPiece();
  for (const raw of words) {
    if (raw.length > 1 && raw.includes('\n')) {
      for (const part of raw.split('\n')) if (part !== '') place(part);
    } else if (raw !== '\n' && raw !== '') place(raw);
  }
  if (pos !== end || nextPiece()) {
    throw new Error(`segmenter output stops at offset ${pos}; the Han text goes on to offset ${ends[kinds.lastIndexOf(PIECE)]}`);
  }
  for (const column of [starts, ends, kinds, texts]) column.length = 0;
}

function misaligned(text: string, word: string, pos: number): Error {
  return new Error(`segmenter returned "${word}" at offset ${pos} where the text has "${text.slice(pos, pos + word.length)}"`);
}
