/**
 * `parseOutline`: a document's title, headings, leads, enumerations and heading tree. Pure.
 *
 * ok: '政协XX县委员会2020年工作要点\n一、坚持党的领导\n1.坚持党的领导。把…' →
 *     title 政协XX县委员会2020年工作要点; headings 一、 (level 1) and 1. (level 3, run-in, title 1.坚持党的领导。)
 */
import { locatorOf } from '../../document/span.js';
import type { ReportDoc, Span } from '../../types.js';
import { findEnumerations } from './enumerations.js';
import { findTitleLine, frontEnd, titleText } from './front.js';
import { splitInlineFirst } from './inline-first.js';
import { findLeads } from './leads.js';
import { documentLines, titleOf, type Line } from './lines.js';
import { matchMarker, type MarkerMatch } from './markers.js';
import { nestLevelOne } from './nesting.js';
import { partCandidate, selectParts } from './parts.js';
import { buildTree, spanLeads } from './tree.js';
import type { Enumeration, Heading, Outline } from './types.js';

interface Numbered {
  index: number;
  match: MarkerMatch;
  title: Span;
  runIn: boolean;
}

type Locate = (offset: number) => { line: number; column: number };

const cache = new WeakMap<ReportDoc, Outline>();

/**
 * The outline of a document (computed once per document object, and kept as long as the document is;
 * `{ keep: false }`: computed afresh and not kept, for a caller that reads it once while the document lives on —
 * a large file's outline is tens of MB).
 */
export function parseOutline(doc: ReportDoc, options: { keep?: boolean } = {}): Outline {
  if (options.keep === false) return cache.get(doc) ?? computeOutline(doc);
  let outline = cache.get(doc);
  if (!outline) {
    outline = computeOutline(doc);
    cache.set(doc, outline);
  }
  return outline;
}

function computeOutline(doc: ReportDoc): Outline {
  const { text } = doc;
  // A run's first （一） at the end of the line before it (…以下工作：（一）…) becomes a line of its own.
  const lines = splitInlineFirst(text, documentLines(doc));
  const candidates = numberedLines(text, lines);
  const numberedIndexes = new Set(candidates.map((c) => c.index));
  const titleIndex = findTitleLine(lines, candidates[0]?.index ?? lines.length);
  const bodyStart = frontEnd(lines, titleIndex, candidates[0]?.index ?? lines.length);
  const partIndexes = selectParts(
    lines.flatMap((l, index) => {
      const kind = index >= bodyStart && !numberedIndexes.has(index) ? partCandidate(l) : undefined;
      return kind ? [{ index, kind }] : [];
    }),
    candidates.map((c) => ({ index: c.index, level: c.match.level, value: c.match.value })),
  );
  const { lists, nested } = nestLevelOne(candidates.map((c) => ({
    index: c.index, level: c.match.level, value: c.match.value, runIn: c.runIn,
    emphasized: lines[c.index]!.markup || lines[c.index]!.boldEnd !== undefined,
  })), partIndexes);

  const at = locatorIn(doc);
  const { headings, treeLevels, listItems } = assemble(text, lines, candidates, partIndexes, lists, nested, at);

  const headingLines = new Set([...numberedIndexes, ...partIndexes]);
  if (titleIndex !== undefined) headingLines.add(titleIndex);
  const tree = buildTree(text, headings, treeLevels);
  const leads = leadHeadings(text, lines, headingLines, numberedIndexes, headings, at);
  spanLeads(text, leads, headings);
  // Enumerations may stand in the body of a run-in heading's line, after its title.
  const bodies = new Map<number, number | undefined>([...headingLines].map((i) => [i, undefined]));
  for (const c of candidates) if (c.runIn) bodies.set(c.index, c.title.end);
  const enumerations = [
    ...listItems,
    ...findEnumerations(text, lines, bodies).map((e) => ({ ...e, ...at(e.span.start) })),
  ].sort((a, b) => a.span.start - b.span.start);

  const title = titleIndex !== undefined ? titleText(lines[titleIndex]!) : doc.frontMatter['title'] || undefined;
  const outline: Outline = { title, headings, leads, enumerations, tree };
  if (titleIndex !== undefined) outline.titleLine = at(lines[titleIndex]!.contentStart).line;
  return outline;
}

/**
 * Numbered and part headings in text order, with the level each nests at in the tree (a nested 一、 run
 * half a level below its section), and the 一、 lines that are list items.
 */
function assemble(
  text: string, lines: readonly Line[], candidates: readonly Numbered[], partIndexes: readonly number[],
  lists: ReadonlySet<number>, nested: ReadonlySet<number>, at: Locate,
): { headings: Heading[]; treeLevels: number[]; listItems: Enumeration[] } {
  const headings: Heading[] = [];
  const treeLevels: number[] = [];
  const listItems: Enumeration[] = [];
  const parts = [...partIndexes];
  const pushPartsBefore = (index: number) => {
    while (parts.length > 0 && parts[0]! < index) {
      headings.push(partHeading(text, lines[parts.shift()!]!, at));
      treeLevels.push(0);
    }
  };
  candidates.forEach((c, k) => {
    pushPartsBefore(c.index);
    if (lists.has(k)) return listItems.push(listItem(text, lines[c.index]!, c, at));
    headings.push(numberedHeading(text, lines[c.index]!, c, at));
    treeLevels.push(nested.has(k) ? c.match.level + 0.5 : c.match.level);
  });
  pushPartsBefore(Infinity);
  return { headings, treeLevels, listItems };
}

/** Lines that open with a section marker. */
function numberedLines(text: string, lines: readonly Line[]): Numbered[] {
  const out: Numbered[] = [];
  lines.forEach((line, index) => {
    const match = matchMarker(line.content);
    if (!match) return;
    const t = titleOf(text, line);
    out.push({ index, match, title: t.span, runIn: t.runIn });
  });
  return out;
}

function locatorIn(doc: ReportDoc): Locate {
  const loc = locatorOf(doc);
  return (offset) => loc.at(doc.map.at(offset));
}

function numberedHeading(text: string, line: Line, c: Numbered, at: Locate): Heading {
  const m = c.match;
  const start = line.contentStart;
  return {
    kind: 'numbered', level: m.level, depth: 0, marker: m.marker, number: m.number, value: m.value, style: m.style,
    title: text.slice(c.title.start, c.title.end), ...at(start), numbered: true, runIn: c.runIn,
    markup: line.markup, markerSpan: { start, end: start + m.marker.length }, titleSpan: c.title,
    span: { start, end: line.contentEnd },
  };
}

function partHeading(text: string, line: Line, at: Locate): Heading {
  const start = line.contentStart;
  const t = titleOf(text, line);
  return {
    kind: 'part', level: 0, depth: 0, marker: '', number: '', value: 0, title: text.slice(t.span.start, t.span.end),
    ...at(start), numbered: false, runIn: t.runIn, markup: line.markup, markerSpan: { start, end: start },
    titleSpan: t.span, span: { start, end: line.contentEnd },
  };
}

function listItem(text: string, line: Line, c: Numbered, at: Locate): Enumeration {
  const rest = text.slice(c.title.start, line.contentEnd);
  const stop = /[，。；：,;:]/.exec(rest)?.index ?? rest.length;
  return {
    kind: 'list', marker: c.match.marker, number: c.match.number, value: c.match.value,
    title: rest.slice(0, stop).slice(0, 40), ...at(line.contentStart),
    span: { start: line.contentStart, end: line.contentEnd },
  };
}

function leadHeadings(
  text: string, lines: readonly Line[], skip: ReadonlySet<number>, numbered: ReadonlySet<number>,
  headings: readonly Heading[], at: Locate,
): Heading[] {
  const enclosingAt = enclosingHeading(headings);
  const enclosing = (i: number): Heading | undefined => enclosingAt(lines[i]!.start);
  return findLeads(text, lines, skip, numbered, (i) => enclosing(i)?.span.start ?? -1).map((c) => {
    const parent = enclosing(c.index);
    const start = c.title.start;
    return {
      kind: 'lead', level: parent ? parent.level + 1 : 1, depth: parent ? parent.depth + 1 : 1, marker: '', number: '',
      value: 0, title: text.slice(start, c.title.end), ...at(start), numbered: false, runIn: c.runIn, markup: false,
      markerSpan: { start, end: start }, titleSpan: c.title, span: { start, end: c.title.end },
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
