/**
 * Text → tokens with offsets. Only runs of Han characters go to the segmenter; everything else is typed here by
 * one sticky regular expression, so numbers (2023, 3.5%, 1,000, ２０２３, 二〇二三), placeholders (X, XX, 20XX, *,
 * ××, □□, 某某) and Latin words (GDP, 5G) are never cut into pieces (plain nodejieba cuts 2023 into 2/0/2/3).
 *
 * Speed: all Han pieces of a text are joined with "\n" and cut in ONE call of the segmenter (one native call per
 * document instead of one per run); the words are then laid back onto the text by their lengths. Any segmenter
 * whose words, concatenated, give back its input works (a "\n" it returns or drops is both fine).
 *
 * @example
 * tokenize('20XX年开展专题协商XX余项，增长3.5%', jieba)
 * // 20XX placeholder · 年 word · 开展 word · 专题协商 word · XX placeholder · 余项 word · ， punct · 增长 word · 3.5% number
 */

/** Anything that cuts a run of Han characters into words (nodejieba in production, a fake in unit tests). */
export interface Segmenter {
  cut(text: string): string[];
}

export type TokenKind = 'word' | 'number' | 'placeholder' | 'latin' | 'punct' | 'space';

/** A token of a text: `token.text === text.slice(start, end)` (UTF-16 offsets, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
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

/** Kind by scanner group (index = group - 1); group 2, Han runs, goes through splitHanRun instead. */
const KINDS: readonly TokenKind[] = ['space', 'word', 'placeholder', 'number', 'latin', 'placeholder', 'punct'];

/** Split `text` into typed tokens that cover it completely; Han words come from `segmenter`. */
export function tokenize(text: string, segmenter: Segmenter): Token[] {
  const tokens: Token[] = [];
  const pieces: Array<{ start: number; end: number; at: number }> = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m !== null; m = SCAN.exec(text)) {
    const start = m.index;
    const end = SCAN.lastIndex;
    if (m[2] !== undefined) {
      splitHanRun(text, start, end, tokens, pieces);
      continue;
    }
    let group = 1;
    while (m[group] === undefined) group++;
    tokens.push({ text: m[0], start, end, kind: KINDS[group - 1] ?? 'punct' });
  }
  return pieces.length === 0 ? tokens : insertWords(text, tokens, pieces, segmenter);
}

/** Numbers and placeholders inside a Han run become tokens; the Han text between them becomes pieces to cut. */
function splitHanRun(text: string, start: number, end: number, tokens: Token[], pieces: Array<{ start: number; end: number; at: number }>): void {
  const run = text.slice(start, end);
  if (!MAY_SPLIT.test(run)) {
    pieces.push({ start, end, at: tokens.length });
    return;
  }
  let pos = 0;
  IN_HAN.lastIndex = 0;
  for (let m = IN_HAN.exec(run); m !== null; m = IN_HAN.exec(run)) {
    if (m.index > pos) pieces.push({ start: start + pos, end: start + m.index, at: tokens.length });
    const s = start + m.index;
    const e = s + m[0].length;
    tokens.push({ text: m[0], start: s, end: e, kind: innerKind(m) });
    pos = m.index + m[0].length;
  }
  if (pos < run.length) pieces.push({ start: start + pos, end, at: tokens.length });
}

function innerKind(m: RegExpExecArray): TokenKind {
  if (m[1] !== undefined) {
    if (HAS_DIGIT.test(m[1])) return 'number';
    return m[1].length > 1 ? 'placeholder' : 'punct';
  }
  return m[2] !== undefined ? 'number' : 'placeholder';
}

/**
 * Cut all pieces in one call and merge their words into `tokens` (`pieces[i].at` = index of the first token of
 * `tokens` that follows piece i). Each word must match the text where it is laid down.
 */
function insertWords(text: string, tokens: Token[], pieces: ReadonlyArray<{ start: number; end: number; at: number }>, segmenter: Segmenter): Token[] {
  const words = segmenter.cut(pieces.map((p) => text.slice(p.start, p.end)).join('\n'));
  const out: Token[] = [];
  let next = 0; // next token of `tokens` to copy
  let p = 0;
  let piece = pieces[0]!;
  let pos = piece.start;
  while (next < piece.at) out.push(tokens[next++]!);
  const place = (word: string): void => {
    if (pos === piece.end && p + 1 < pieces.length) {
      piece = pieces[++p]!;
      pos = piece.start;
      while (next < piece.at) out.push(tokens[next++]!);
    }
    const end = pos + word.length;
    if (end > piece.end || !text.startsWith(word, pos)) throw misaligned(text, word, pos);
    out.push({ text: word, start: pos, end, kind: 'word' });
    pos = end;
  };
  for (const raw of words) {
    if (raw.length > 1 && raw.includes('\n')) {
      for (const part of raw.split('\n')) if (part !== '') place(part);
    } else if (raw !== '\n' && raw !== '') place(raw);
  }
  if (p !== pieces.length - 1 || pos !== piece.end) {
    throw new Error(`segmenter output stops at offset ${pos}; the Han text goes on to offset ${pieces[pieces.length - 1]!.end}`);
  }
  while (next < tokens.length) out.push(tokens[next++]!);
  return out;
}

function misaligned(text: string, word: string, pos: number): Error {
  return new Error(`segmenter returned "${word}" at offset ${pos} where the text has "${text.slice(pos, pos + word.length)}"`);
}
