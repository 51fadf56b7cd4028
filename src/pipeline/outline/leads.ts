/**
 * Lead sentences that act as unnumbered headings: a short first sentence that names the paragraph's
 * topic, the body running on after it — or standing alone on its line above a numbered list. Pure.
 *
 * ok:     '推进党的政治建设。始终坚持…' when another paragraph of the same section opens the same way
 * ok:     '**巩固发展民族团结。**全面贯彻…' (the sentence set in bold in a Markdown source)
 * not ok: '一年来，各项工作取得了一些成绩，…' (a comma: body, not a lead) · a lone short first sentence
 * not ok: '会议审议通过了人事事宜。' · '开幕会由田蓉主持。' · '图为…现场。' (a news item reporting what was done)
 * not ok: a line that continues the paragraph above it, broken mid-sentence (`…独具` / `特色的基础性工作。`)
 */
import type { Span } from '../../types.js';
import { codePointCount } from '../../document/code-points.js';
import type { Line } from './lines.js';
import type { Heading } from './types.js';

export interface LeadCandidate {
  index: number;
  title: Span;
  /** Body text follows the lead on its line. */
  runIn: boolean;
}

const MAX_LEAD = 20;
const INNER_PUNCT = /[，,、；;：:！!？?“”]/;
const HAN_FIRST = /^\p{Script=Han}/u;
/** 一是… and 第一… open enumerated points, not leads. */
const ENUMERATION_FIRST = /^([一二三四五六七八九十]+是|第[一二三四五六七八九十]+)/;
/**
 * A sentence that reports a meeting's proceedings, as news does, rather than naming a task: the meeting as its
 * subject (会议审议通过了…, 大会开幕式由…主持), a chair (由…主持), a photo caption (图为), or an officeholder acting
 * (全国政协副主席王忠禹出席闭幕会并讲话, 县政协主席王益枝作…工作报告, 市长别必雄作《政府工作报告》). Leads say what is to be
 * done or what was achieved (推进党的政治建设。集中力量解决了一批历史遗留问题。).
 */
const REPORTED_EVENT = /^(会议|大会|会上|开幕会|闭幕会|开幕式|闭幕式|图为)|由.{1,16}主持|(主席|秘书长|书记|[省市县区州]长)\p{Script=Han}{2,3}(出席|主持|作|讲话|致辞|参加)/u;
/** A line ending so mid-sentence: with none of the marks a paragraph, heading or title ends with. */
const ENDS_OPEN = /[\p{Script=Han}，,、\d]$/u;

/**
 * Leads among `lines` (those in `skip` are headings, `numbered` the numbered ones). `sectionOf(i)` names
 * the section of line `i`. A plain lead counts when its section has at least two, or when it stands
 * alone on its line right before a numbered line (`实施更加积极的就业政策。` above `（1）…`).
 */
export function findLeads(
  text: string, lines: readonly Line[], skip: ReadonlySet<number>, numbered: ReadonlySet<number>,
  sectionOf: (i: number) => number,
): LeadCandidate[] {
  const bold: LeadCandidate[] = [];
  const plain: LeadCandidate[] = [];
  // The next 。 at or after a line's start, kept while the lines are read in order: lines without one (a table) are
  // then not each searched to the text's next 。, far below.
  let stop = -1;
  lines.forEach((line, i) => {
    if (skip.has(i) || line.content === '' || continuesAbove(lines, i, skip)) return;
    if (stop < line.contentStart) stop = text.indexOf('。', line.contentStart);
    if (stop < 0) stop = text.length;
    const title = firstSentence(line, stop);
    if (!title) return;
    const runIn = title.end < line.contentEnd;
    if (runIn && isBoldSentence(line, title)) bold.push({ index: i, title, runIn });
    else if (isPlainLead(text, title)) plain.push({ index: i, title, runIn });
  });
  // A source that sets its leads in bold does not have plain ones.
  if (bold.length > 0) return bold;
  const sections = Int32Array.from(plain, (c) => sectionOf(c.index));
  const perSection = new Map<number, number>();
  for (const s of sections) perSection.set(s, (perSection.get(s) ?? 0) + 1);
  return plain.filter((c, k) => perSection.get(sections[k]!)! >= 2 || (!c.runIn && numbered.has(nextLine(lines, c.index))));
}

/**
 * Line `i` goes on with the paragraph of the line right above it, broken mid-sentence: that line is body text (not a
 * heading, not the first line) ending in a character or a comma. A title or heading line above (in `skip`, or the
 * text's first line) ends without a mark too, and is passed over.
 */
function continuesAbove(lines: readonly Line[], i: number, skip: ReadonlySet<number>): boolean {
  const above = i - 1;
  if (above <= 0 || skip.has(above)) return false;
  const prev = lines[above]!;
  return prev.content !== '' && !prev.markup && ENDS_OPEN.test(prev.content);
}

function nextLine(lines: readonly Line[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j]!.content === '') j++;
  return j;
}

/**
 * The first sentence of a line: up to and including its first 。 (the whole line when it ends there); `stop` is the
 * first 。 at or after the line's start (the text's length when none).
 */
function firstSentence(line: Line, stop: number): Span | undefined {
  if (stop + 1 > line.contentEnd) return undefined;
  return { start: line.contentStart, end: stop + 1 };
}

function isPlainLead(text: string, title: Span): boolean {
  // A first sentence may be a whole paragraph: more than twice the longest lead in UTF-16 units is too long (told
  // before the sentence is cut out of the text).
  if (title.end - title.start > 2 * (MAX_LEAD + 1)) return false;
  const sentence = text.slice(title.start, title.end);
  const n = codePointCount(sentence);
  return n >= 5 && n <= MAX_LEAD + 1 && !INNER_PUNCT.test(sentence) && HAN_FIRST.test(sentence)
    && !ENUMERATION_FIRST.test(sentence) && !REPORTED_EVENT.test(sentence);
}

/** The line opens with a bold run that is the first sentence (`**…。**` or `**…**。`). */
function isBoldSentence(line: Line, title: Span): boolean {
  return line.boldEnd !== undefined && (title.end === line.boldEnd || title.end === line.boldEnd + 1)
    && title.end - title.start <= 60;
}

/**
 * The leads of `lines` as headings, each one level below the deepest heading whose section holds it. `skip` are
 * the heading lines, `numbered` the numbered ones; `at` locates a text offset.
 */
export function leadHeadings(
  text: string, lines: readonly Line[], skip: ReadonlySet<number>, numbered: ReadonlySet<number>,
  headings: readonly Heading[], at: (offset: number) => { line: number; column: number },
): Heading[] {
  const enclosingAt = enclosingHeading(headings);
  const enclosing = (i: number): Heading | undefined => enclosingAt(lines[i]!.start);
  return findLeads(text, lines, skip, numbered, (i) => enclosing(i)?.span.start ?? -1).map((c) => {
    const parent = enclosing(c.index);
    const start = c.title.start;
    // Line and column written out rather than spread in: an object literal with a spread in it is built slowly.
    const { line, column } = at(start);
    return {
      kind: 'lead', level: parent ? parent.level + 1 : 1, depth: parent ? parent.depth + 1 : 1, marker: '', number: '',
      value: 0, style: undefined, title: text.slice(start, c.title.end), line, column, numbered: false, runIn: c.runIn,
      markup: false, markerSpan: { start, end: start }, titleSpan: c.title, span: { start, end: c.title.end },
    };
  });
}

/**
 * The deepest heading whose section holds an offset: of the headings (in text order) whose span holds it, the
 * last. Found by a binary search for the last heading starting at or before the offset, then up the chain of
 * `outer` (for each heading, the last one before it whose span holds its start): any heading that holds the
 * offset and starts before another one's start holds that start too, so the answer is on the chain. A chain is as
 * long as the outline is deep, so a file of 100,000 headings takes no scan of all of them per line.
 */
function enclosingHeading(headings: readonly Heading[]): (offset: number) => Heading | undefined {
  const holds = (h: Heading, offset: number) => h.span.start <= offset && offset < Math.max(h.span.end, h.span.start + 1);
  const up = (k: number, offset: number): number => {
    while (k >= 0 && !holds(headings[k]!, offset)) k = outer[k]!;
    return k;
  };
  const outer = new Int32Array(headings.length);
  headings.forEach((h, k) => (outer[k] = up(k - 1, h.span.start)));
  return (offset) => {
    let lo = 0, hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (headings[mid]!.span.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const k = up(lo - 1, offset);
    return k < 0 ? undefined : headings[k];
  };
}
