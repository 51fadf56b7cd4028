/**
 * Source text → normalised text, with a map back to source offsets.
 *
 * - line breaks CRLF / CR → LF;
 * - NBSP (U+00A0) and ideographic space (U+3000) → ASCII space; zero-width characters and stray BOMs removed;
 * - Markdown (`.md`): YAML front matter removed (and parsed), `#` heading markers and paired `**` emphasis
 *   removed — a `**` that stands for a number or a name (`在**县`, `**县…**次`) is a mask and kept; lines that
 *   were headings or wholly bold are recorded in `markupHeadings`.
 *
 * ok: '一、总体\r\n２０２３' → text '一、总体\n２０２３', map.at(4) = 4 (the LF stands where CR stood), map.at(5) = 6.
 */
import type { SourceFormat, Span } from '../types.js';
import { isDigit, isHan } from './chars.js';
import { isBeforeMaskSuffix } from './mask-suffix.js';
import { readFrontMatter } from './front-matter.js';
import { OffsetMap, OffsetMapBuilder } from './offset-map.js';

export interface Normalized {
  text: string;
  /** Text offset → source offset (runs: normalising changes few characters). */
  map: OffsetMap;
  frontMatter: Record<string, string>;
  markupHeadings: number[];
}

const REMOVED = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad];
const AS_SPACE = [0x00a0, 0x3000, 0x2002, 0x2003, 0x2009, 0x202f];
/** Per BMP code unit: 0 kept, 1 removed, 2 replaced by a space. */
const CHANGE = new Uint8Array(0x10000);
for (const c of REMOVED) CHANGE[c] = 1;
for (const c of AS_SPACE) CHANGE[c] = 2;
/** Any character that CHANGE removes or replaces (all in the BMP, none a surrogate). */
const CHANGED = new RegExp(`[${[...REMOVED, ...AS_SPACE].map((c) => String.fromCharCode(c)).join('')}]`, 'g');
const HEADING = /^ {0,3}#{1,6}[ \t]+/;
/** A line that is bold from end to end (a heading set in bold), unless its first or last `**` is a mask. */
const WHOLLY_BOLD = /^\s*\*\*[^*].*\*\*\s*$/;

/** Normalise `source`; Markdown rules apply only when `format` is `md`. */
export function normalizeText(source: string, format: SourceFormat): Normalized {
  const out = textWriter(source);
  const markupHeadings: number[] = [];
  // Characters to remove or replace are rare: the next one is found by a search (kept while the text is read in
  // order, so the text is searched once), and the runs between them are copied.
  const nextChange = nextFinder(source, CHANGED);
  const emit = (from: number, to: number) => {
    let run = from;
    for (let at = nextChange(run); at < to; at = nextChange(run)) {
      out.copy(run, at);
      if (CHANGE[source.charCodeAt(at)] === 2) out.put(' ', at);
      run = at + 1;
    }
    out.copy(run, to);
  };

  const md = format === 'md';
  const front = md ? readFrontMatter(source) : { end: 0, values: {}, entries: [] };
  const nextCr = nextFinder(source, /\r/g);
  const nextBold = nextFinder(source, /\*\*/g);
  let pos = front.end;
  while (pos < source.length) {
    const lf = source.indexOf('\n', pos);
    const lineEnd = Math.min(lf < 0 ? source.length : lf, nextCr(pos));
    if (md) emitMarkdownLine(source, pos, lineEnd, nextBold(pos) < lineEnd, emit, () => markupHeadings.push(out.length()));
    else emit(pos, lineEnd);
    if (lineEnd < source.length) {
      if (source.charCodeAt(lineEnd) === 10) out.copy(lineEnd, lineEnd + 1);
      else out.put('\n', lineEnd);
    }
    pos = lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  return { ...out.finish(), frontMatter: front.values, markupHeadings };
}

/**
 * The normalised text as it is written, with its map: `copy` takes source characters over, `put` writes a character
 * of its own in place of the one at `at`. A run copied where the last one ended (over an LF, from line to line)
 * extends it, so a text with nothing to change is one slice of the source.
 */
function textWriter(source: string) {
  const map = new OffsetMapBuilder();
  const parts: string[] = [];
  let runFrom = -1, runTo = -1;
  const flush = () => {
    if (runTo > runFrom) parts.push(source.slice(runFrom, runTo));
    runFrom = runTo = -1;
  };
  return {
    length: () => map.size,
    copy(from: number, to: number): void {
      if (to <= from) return;
      if (from !== runTo) {
        flush();
        runFrom = from;
      }
      runTo = to;
      map.pushRun(from, to - from);
    },
    put(s: string, at: number): void {
      flush();
      parts.push(s);
      map.push(at);
    },
    finish(): { text: string; map: OffsetMap } {
      flush();
      map.push(source.length);
      return { text: parts.join(''), map: map.done() };
    },
  };
}

/**
 * `next(from)`: the offset of the first match of `re` (a global one-character pattern) at or after `from`, or
 * `source.length`. For `from` that never decrease: the last answer is reused until `from` passes it, so a pattern
 * absent from the text is searched for once, not once per line.
 */
function nextFinder(source: string, re: RegExp): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      re.lastIndex = from;
      found = re.exec(source)?.index ?? source.length;
    }
    return found;
  };
}

/** One line of Markdown; `hasBold`: a `**` stands in it (most lines have none, and skip the bold patterns). */
function emitMarkdownLine(
  source: string, from: number, to: number, hasBold: boolean,
  emit: (from: number, to: number) => void, markHeading: () => void,
): void {
  // A heading opens with # or a space; a line without either, and without **, is copied as it is.
  const first = source.charCodeAt(from);
  if (!hasBold && first !== 0x23 && first !== 0x20) {
    emit(from, to);
    return;
  }
  const line = source.slice(from, to);
  const heading = HEADING.exec(line);
  const start = heading ? heading[0].length : 0;
  const bold = hasBold ? boldOf(line, start) : undefined;
  if (heading) markHeading();
  else if (bold && WHOLLY_BOLD.test(line) && line.trim().length > 4
    && !bold.isMask(line.indexOf('**')) && !bold.isMask(line.lastIndexOf('**'))) markHeading();
  let cursor = start;
  for (const [open, close] of bold?.pairs ?? []) {
    emit(from + cursor, from + open);
    emit(from + open + 2, from + close);
    cursor = close + 2;
  }
  emit(from + cursor, to);
}

/** A run of asterisks in a line: `line.slice(start, end)`. */
type Run = Span;

/**
 * The bold of one Markdown line from `start`: the offsets of the opening and closing `**` of each pair, and
 * whether the asterisk at an offset belongs to a run read as a mask instead.
 *
 * Pairs are matched as the pattern `\*\*(?=\S)(.+?)(?<=\S)\*\*` matches them — an opening `**` before a
 * non-space, the nearest closing `**` after a non-space — except where a `**` stands for a number or a name. A
 * mask is right before a mask suffix (县, 次, 人, 年, 月 …: `isBeforeMaskSuffix`); a bold phrase encloses a clause
 * or a heading, opens at a clause boundary (where a mask suffix may well start it: `**省长`, `**自治区`,
 * `**多措并举`) and may close right before one (`**一是**千方百计`, `**五是**年内`). So:
 *
 * - a run inside running text (after a Chinese character or a digit) and before a mask suffix opens nothing:
 *   `在**县`, `共召开**次`, `20**年`, `于**月**日`;
 * - such a run closes no bold either when the next closing `**` that is not one ends the phrase (before a space,
 *   punctuation or the line end): in `**全年共召开**次会议。**` the bold is the sentence, `**次` a mask in it;
 * - a pair whose opening and closing `**` both stand before a mask suffix is two masks: `**县政协共召开**次会议`.
 *
 * ok: '**重点工作**：共召开**次会议' → pairs [[0, 6]]; isMask(12) is true
 */
function boldOf(line: string, start: number): { pairs: [number, number][]; isMask: (offset: number) => boolean } {
  const pairs: [number, number][] = [];
  const masks: Run[] = [];
  for (let i = line.indexOf('**', start); i >= 0; i = line.indexOf('**', i)) {
    const open = runAt(line, i);
    if (i + 2 >= line.length || SPACE.test(line[i + 2]!)) {
      i++;
    } else if (standsForWord(line, open)) {
      masks.push(open);
      i = open.end;
    } else {
      // `.` matches no line separator: the phrase ends before the first one.
      LINE_SEPARATOR.lastIndex = i + 2;
      const limit = LINE_SEPARATOR.exec(line)?.index ?? line.length;
      let close = closerOf(line, i + 3, limit);
      if (close < 0) {
        i++;
        continue;
      }
      // A mask inside a bold phrase: the phrase ends at the next closing ** that is no mask.
      const inside: Run[] = [];
      let next = close;
      while (next >= 0 && standsForWord(line, runAt(line, next))) {
        inside.push(runAt(line, next));
        next = closerOf(line, inside.at(-1)!.end, limit);
      }
      if (next > close && endsPhrase(line, runAt(line, next))) {
        masks.push(...inside);
        close = next;
      }
      const closing = runAt(line, close);
      if (isBeforeMaskSuffix(line, open.end) && isBeforeMaskSuffix(line, closing.end)) {
        masks.push(open, closing);
        i = closing.end;
      } else {
        pairs.push([i, close]);
        i = close + 2;
      }
    }
  }
  return { pairs, isMask: (offset) => masks.some((run) => run.start <= offset && offset < run.end) };
}

const SPACE = /\s/;
const LINE_SEPARATOR = /[\u2028\u2029]/g;
const PHRASE_END = /[\s\p{P}]/u;

/** The nearest closing `**` at or after `from` and before `limit` (after a non-space); -1 when there is none. */
function closerOf(line: string, from: number, limit: number): number {
  for (let j = line.indexOf('**', from); j >= 0 && j < limit; j = line.indexOf('**', j + 1)) {
    if (!SPACE.test(line[j - 1]!)) return j;
  }
  return -1;
}

/** A run inside running text, after a Chinese character or a digit, and before a mask suffix: `在**县`, `20**年`. */
function standsForWord(line: string, run: Run): boolean {
  const prev = line[run.start - 1];
  return (isHan(prev) || isDigit(prev)) && isBeforeMaskSuffix(line, run.end);
}

/** A run that ends a phrase: before a space, punctuation or the line end. */
function endsPhrase(line: string, run: Run): boolean {
  return run.end >= line.length || PHRASE_END.test(line[run.end]!);
}

/** The run of asterisks that holds `line[offset]`. */
function runAt(line: string, offset: number): Run {
  let start = offset, end = offset;
  while (start > 0 && line.charCodeAt(start - 1) === 0x2a) start--;
  while (end < line.length && line.charCodeAt(end) === 0x2a) end++;
  return { start, end };
}
