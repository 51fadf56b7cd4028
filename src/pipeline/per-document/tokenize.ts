/**
 * Text → tokens with offsets. Only runs of Han characters go to the segmenter; everything else is typed by the
 * scanner (scan.ts: one sticky regular expression), so numbers (2023, 3.5%, 1,000, ２０２３, 二〇二三), placeholders
 * (X, XX, 20XX, *, ××, □□, 某某) and Latin words (GDP, 5G) are never cut into pieces (plain nodejieba cuts 2023
 * into 2/0/2/3).
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

import { pendingColumns, PIECE, scanToken, type Pending } from './scan.js';
import { tokenSink, WORD, type Tokens, type TokenSink } from './tokens.js';

export type { Token, TokenKind, Tokens } from './tokens.js';

/** Anything that cuts a run of Han characters into words (nodejieba in production, a fake in unit tests). */
export interface Segmenter {
  cut(text: string): string[];
}

/** How much text (UTF-16 code units) is cut in one call of the segmenter. */
const CUT_CHARS = 1 << 16;

/**
 * Split `text` into typed tokens that cover it completely; Han words come from `segmenter`. `cutChars`: how much
 * text is cut in one call (tests make it small to show that cutting in parts changes nothing).
 */
export function tokenize(text: string, segmenter: Segmenter, cutChars = CUT_CHARS): Tokens {
  // About one token per 1.9 code units in this genre (the five samples, provincial reports); the sink grows when a
  // text has more.
  const sink = tokenSink(Math.ceil(text.length / 1.8) + 16);
  const pending = pendingColumns();
  let from = 0;
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = scanToken(text, start, pending);
    if (end - from >= cutChars) {
      emit(text, pending, segmenter, sink);
      from = end;
    }
  }
  emit(text, pending, segmenter, sink);
  return sink.done(text.length);
}

/**
 * Cut the pending pieces in one call and append the pending tokens, with the pieces' words in their places, to
 * `sink`; then nothing is pending. Each word must match the text where it is laid down.
 */
function emit(text: string, pending: Pending, segmenter: Segmenter, sink: TokenSink): void {
  const { kinds } = pending;
  const pieces: string[] = [];
  for (let k = 0; k < kinds.length; k++) if (kinds[k] === PIECE) pieces.push(text.slice(pending.starts[k], pending.ends[k]));
  const words = pieces.length === 0 ? [] : segmenter.cut(pieces.join('\n'));
  const layout = new Layout(text, pending, sink);
  layout.nextPiece();
  for (const raw of words) {
    if (raw.length > 1 && raw.includes('\n')) {
      for (const part of raw.split('\n')) if (part !== '') layout.place(part);
    } else if (raw !== '\n' && raw !== '') layout.place(raw);
  }
  layout.finish();
  for (const column of [pending.starts, pending.ends, kinds, pending.texts]) column.length = 0;
}

/**
 * The pending tokens laid into the sink in order, the pieces' words where they belong. A class, not closures made
 * per call: optimised code that had inlined one call's closures was deoptimised by the next call's ("wrong call
 * target"), and compiled again, in every worker.
 */
class Layout {
  /** The pending token at hand. */
  private k = -1;
  /** Where the next word goes, in the piece [pos, end). */
  private pos = 0;
  private end = 0;

  constructor(private readonly text: string, private readonly pending: Pending, private readonly sink: TokenSink) {}

  /** Append the tokens before the next piece and move to it; false when no piece is left. */
  nextPiece(): boolean {
    const { starts, ends, kinds, texts } = this.pending;
    for (this.k++; this.k < kinds.length; this.k++) {
      const k = this.k;
      if (kinds[k] === PIECE) {
        this.pos = starts[k]!;
        this.end = ends[k]!;
        return true;
      }
      const token = texts[k]!;
      if (token === null) this.sink.pushUnit(starts[k]!, kinds[k]!, this.text.charCodeAt(starts[k]!));
      else this.sink.push(starts[k]!, kinds[k]!, token);
    }
    return false;
  }

  place(word: string): void {
    if (this.pos === this.end) this.nextPiece();
    const to = this.pos + word.length;
    if (to > this.end || !this.text.startsWith(word, this.pos)) throw misaligned(this.text, word, this.pos);
    this.sink.push(this.pos, WORD, word);
    this.pos = to;
  }

  /** After the last word: the piece must be used up, and the tokens after it appended. */
  finish(): void {
    if (this.pos !== this.end || this.nextPiece()) {
      const { ends, kinds } = this.pending;
      throw new Error(`segmenter output stops at offset ${this.pos}; the Han text goes on to offset ${ends[kinds.lastIndexOf(PIECE)]}`);
    }
  }
}

function misaligned(text: string, word: string, pos: number): Error {
  return new Error(`segmenter returned "${word}" at offset ${pos} where the text has "${text.slice(pos, pos + word.length)}"`);
}
