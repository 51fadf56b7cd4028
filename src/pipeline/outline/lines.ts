/**
 * A document as lines (paragraphs) with what Markdown said about them, and the title of a heading
 * line. Pure.
 */
import type { ReportDoc, Span } from '../../types.js';

export interface Line {
  /** Offset of the line's first character in `text`. */
  start: number;
  /** Offset of the first non-space character (after a stray `**` in Markdown). */
  contentStart: number;
  /** Offset after the last non-space character (the line break excluded). */
  contentEnd: number;
  /** `text.slice(contentStart, contentEnd)`. */
  content: string;
  /** The line was a Markdown heading or wholly bold. */
  markup: boolean;
  /**
   * Markdown: the line opens with a bold run and goes on after it (`**二、总体要求** 今年…`); its end. Always present
   * (undefined when none), so that every line has one shape: the outline's hot functions then stay optimised.
   */
  boldEnd: number | undefined;
}

/** Every line of a document's text. */
export function documentLines(doc: ReportDoc): Line[] {
  const { text } = doc;
  const md = doc.format === 'md';
  const markup = new Set(doc.markupHeadings);
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start, b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    // An unpaired ** is left in the text by normalisation; at a line start it is markup all the same.
    if (md && text.startsWith('**', a)) a += 2;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    const line: Line = {
      start, contentStart: a, contentEnd: b, content: text.slice(a, b), markup: markup.has(start), boldEnd: undefined,
    };
    if (md && !line.markup) line.boldEnd = boldPrefixEnd(doc, line);
    lines.push(line);
    if (end === text.length) return lines;
    start = end + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** End (text offset) of a bold run that opens the line in the source, when text follows it. */
function boldPrefixEnd(doc: ReportDoc, line: Line): number | undefined {
  if (line.contentEnd <= line.contentStart) return undefined;
  const open = doc.map.at(line.contentStart);
  if (!doc.source.startsWith('**', open - 2)) return undefined;
  const close = doc.source.indexOf('**', open);
  if (close < 0 || close > doc.map.at(line.contentEnd - 1)) return undefined;
  let t = line.contentStart;
  while (t < line.contentEnd && doc.map.at(t) < close) t++;
  let after = t;
  while (after < line.contentEnd && isSpace(doc.text.charCodeAt(after))) after++;
  return t > line.contentStart && after < line.contentEnd ? t : undefined;
}

/**
 * The title of a heading line: the bold run it opens with (and a 。 right after it), else up to and
 * including the first 。 when text follows it on the line (a run-in heading), else the whole line.
 */
export function titleOf(text: string, line: Line): { span: Span; runIn: boolean } {
  const from = line.contentStart, to = line.contentEnd;
  if (line.boldEnd !== undefined) {
    let end = line.boldEnd;
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    if (text[line.boldEnd] === '。' && line.boldEnd + 1 < to) end = line.boldEnd + 1;
    return { span: { start: from, end }, runIn: true };
  }
  const stop = text.indexOf('。', from);
  if (stop >= 0 && stop + 1 < to && text.slice(stop + 1, to).trim() !== '') {
    return { span: { start: from, end: stop + 1 }, runIn: true };
  }
  return { span: { start: from, end: to }, runIn: false };
}
