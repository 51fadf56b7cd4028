/**
 * The scanner of `tokenize`: where each token or run of Han characters starts and ends, and of what kind. One
 * sticky regular expression defines it (SCAN); a table of the BMP answers at once for the common cases that
 * need no match (a run of Han characters or of spaces, one punctuation mark), which cost two thirds of
 * tokenising in match arrays. Han runs are then split around numerals and placeholders inside them (二〇二三,
 * 一九九八年, 某某); the Han text between is left as pieces for the segmenter.
 */
import { LATIN, NUMBER, PLACEHOLDER, PUNCT, SPACE, WORD } from './tokens.js';

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

/**
 * What the scanner does at a BMP code unit, looked up before SCAN is tried there. OTHER: none of groups 1–6 can
 * start here, so group 7 takes this one code unit. HAN, HAN_SPLITS: extends a Han run (HAN_SPLITS: a character
 * of MAY_SPLIT). SPACE_UNIT: extends a run of whitespace (every \s is in the BMP). SCANNED: a surrogate, or a
 * character a number, placeholder or Latin word may start with: SCAN decides.
 */
const OTHER = 0;
const HAN = 1;
const HAN_SPLITS = 2;
const SPACE_UNIT = 3;
const SCANNED = 4;
let unitClasses: Uint8Array | undefined;

function classesOfUnits(): Uint8Array {
  const han = new RegExp(String.raw`^[\p{Script=Han}○]$`, 'v');
  const starts = new RegExp(String.raw`^(?:[\p{Nd}*＊×□]|${X}|${ALNUM})$`, 'v');
  return Uint8Array.from({ length: 0x10000 }, (_, c) => {
    if (c >= 0xd800 && c <= 0xdfff) return SCANNED;
    const ch = String.fromCharCode(c);
    if (/^\s$/.test(ch)) return SPACE_UNIT;
    if (han.test(ch)) return MAY_SPLIT.test(ch) ? HAN_SPLITS : HAN;
    return starts.test(ch) ? SCANNED : OTHER;
  });
}

/** Kind code by scanner group (index = group - 1); group 2, Han runs, goes through splitHanRun instead. */
const KINDS: readonly number[] = [SPACE, WORD, PLACEHOLDER, NUMBER, LATIN, PLACEHOLDER, PUNCT];

/** The kind of a pending item that is a Han piece still to cut. */
export const PIECE = -1;

/** Tokens found and Han pieces still to cut, in text order. */
export interface Pending {
  starts: number[];
  ends: number[];
  /** A kind code, or PIECE. */
  kinds: number[];
  /** A token's text ('' for a piece, null for a token of one code unit: the sink makes its string if needed). */
  texts: (string | null)[];
}

/** Empty columns for `scanToken`. */
export function pendingColumns(): Pending {
  return { starts: [], ends: [], kinds: [], texts: [] };
}

/** Add the token (or Han run) that starts at `start` to `pending`, as SCAN would find it; returns its end. */
export function scanToken(text: string, start: number, pending: Pending): number {
  const classes = (unitClasses ??= classesOfUnits());
  const cls = classes[text.charCodeAt(start)]!;
  if (cls === OTHER) {
    add(pending, start, start + 1, PUNCT, null);
    return start + 1;
  }
  let end = start + 1;
  if (cls === SPACE_UNIT) {
    while (end < text.length && classes[text.charCodeAt(end)] === SPACE_UNIT) end++;
    add(pending, start, end, SPACE, text.slice(start, end));
    return end;
  }
  if (cls === HAN || cls === HAN_SPLITS) {
    let splits = cls === HAN_SPLITS;
    for (; end < text.length; end++) {
      const c = classes[text.charCodeAt(end)];
      if (c === HAN_SPLITS) splits = true;
      else if (c !== HAN) break;
    }
    // A run that stops at a surrogate may go on with a Han character outside the BMP: SCAN decides.
    if (end === text.length || !isSurrogate(text.charCodeAt(end))) {
      splitHanRun(text, start, end, pending, splits);
      return end;
    }
  }
  SCAN.lastIndex = start;
  const m = SCAN.exec(text)!;
  end = SCAN.lastIndex;
  if (m[2] !== undefined) splitHanRun(text, start, end, pending, MAY_SPLIT.test(m[0]));
  else {
    let group = 1;
    while (m[group] === undefined) group++;
    add(pending, start, end, KINDS[group - 1] ?? PUNCT, m[0]);
  }
  return end;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function add(pending: Pending, start: number, end: number, kind: number, text: string | null): void {
  pending.starts.push(start);
  pending.ends.push(end);
  pending.kinds.push(kind);
  pending.texts.push(text);
}

/**
 * Numbers and placeholders inside a Han run become tokens; the Han text between them becomes pieces to cut.
 * `maySplit`: whether the run has a character of MAY_SPLIT.
 */
function splitHanRun(text: string, start: number, end: number, pending: Pending, maySplit: boolean): void {
  if (!maySplit) {
    add(pending, start, end, PIECE, '');
    return;
  }
  const run = text.slice(start, end);
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
