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
import { leadHeadings } from './leads.js';
import { documentLines, titleOf, type Line } from './lines.js';
import { matchMarker, type MarkerMatch } from './markers.js';
import { nestLevelOne } from './nesting.js';
import { partCandidate, selectParts, type PartKind } from './parts.js';
import { buildTree, spanLeads } from './tree.js';
import type { Enumeration, Heading, Outline } from './types.js';

interface Numbered {
  index: number;
  match: MarkerMatch;
  title: Span;
  runIn: boolean;
}

type Locate = (offset: number) => { line: number; column: number };

/** An outline without its enumerations: all that the numbering rules and heading paths read. */
export type Sections = Omit<Outline, 'enumerations'>;

/** What the enumerations are found from, besides the sections. */
interface Parsed {
  sections: Sections;
  lines: Line[];
  candidates: Numbered[];
  headingLines: Set<number>;
  listItems: Enumeration[];
  at: Locate;
}

const outlines = new WeakMap<ReportDoc, Outline>();
const sectionsOnly = new WeakMap<ReportDoc, Sections>();

/**
 * The outline of a document (computed once per document object, and kept as long as the document is;
 * `{ keep: false }`: computed afresh and not kept, for a caller that reads it once while the document lives on —
 * a large file's outline is tens of MB).
 */
export function parseOutline(doc: ReportDoc, options: { keep?: boolean } = {}): Outline {
  let outline = outlines.get(doc);
  if (!outline) {
    const parsed = parse(doc);
    const { title, titleLine, headings, leads, tree } = parsed.sections;
    outline = { title, headings, leads, enumerations: enumerationsOf(doc.text, parsed), tree };
    if (titleLine !== undefined) outline.titleLine = titleLine;
    if (options.keep !== false) outlines.set(doc, outline);
  }
  return outline;
}

/**
 * The outline of a document without its enumerations (一是…, 第一，…, —— points), which take a quarter of the
 * parse: what `check` needs (computed once per document object, or taken from its outline).
 */
export function parseSections(doc: ReportDoc): Sections {
  let sections = outlines.get(doc) ?? sectionsOnly.get(doc);
  if (!sections) {
    sections = parse(doc).sections;
    sectionsOnly.set(doc, sections);
  }
  return sections;
}

function parse(doc: ReportDoc): Parsed {
  const { text } = doc;
  // A run's first （一） at the end of the line before it (…以下工作：（一）…) becomes a line of its own.
  const lines = splitInlineFirst(text, documentLines(doc));
  const candidates = numberedLines(text, lines);
  const numberedIndexes = new Set(candidates.map((c) => c.index));
  const firstNumbered = candidates.length > 0 ? candidates[0]!.index : lines.length;
  const titleIndex = findTitleLine(lines, firstNumbered);
  const bodyStart = frontEnd(lines, titleIndex, firstNumbered);
  const parts: { index: number; kind: PartKind }[] = [];
  for (let index = bodyStart; index < lines.length; index++) {
    const kind = numberedIndexes.has(index) ? undefined : partCandidate(lines[index]!);
    if (kind) parts.push({ index, kind });
  }
  const partIndexes = selectParts(
    parts,
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
  // Levels as doubles in every document (a nested run's are halves), so that buildTree reads one kind of array.
  const tree = buildTree(text, headings, Float64Array.from(treeLevels));
  const leads = leadHeadings(text, lines, headingLines, numberedIndexes, headings, at);
  spanLeads(text, leads, headings);

  const title = titleIndex !== undefined ? titleText(lines[titleIndex]!) : doc.frontMatter['title'] || undefined;
  const sections: Sections = { title, headings, leads, tree };
  if (titleIndex !== undefined) sections.titleLine = at(lines[titleIndex]!.contentStart).line;
  return { sections, lines, candidates, headingLines, listItems, at };
}

/** The list items and the enumerations of the body, in text order. */
function enumerationsOf(text: string, { lines, candidates, headingLines, listItems, at }: Parsed): Enumeration[] {
  // Enumerations may stand in the body of a run-in heading's line, after its title.
  const bodies = new Map<number, number | undefined>([...headingLines].map((i) => [i, undefined]));
  for (const c of candidates) if (c.runIn) bodies.set(c.index, c.title.end);
  return [
    ...listItems,
    ...findEnumerations(text, lines, bodies).map((e) => ({ ...e, ...at(e.span.start) })),
  ].sort((a, b) => a.span.start - b.span.start);
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
  const { line: lineNo, column } = at(start);
  return {
    kind: 'numbered', level: m.level, depth: 0, marker: m.marker, number: m.number, value: m.value, style: m.style,
    title: text.slice(c.title.start, c.title.end), line: lineNo, column, numbered: true, runIn: c.runIn,
    markup: line.markup, markerSpan: { start, end: start + m.marker.length }, titleSpan: c.title,
    span: { start, end: line.contentEnd },
  };
}

function partHeading(text: string, line: Line, at: Locate): Heading {
  const start = line.contentStart;
  const t = titleOf(text, line);
  const { line: lineNo, column } = at(start);
  return {
    kind: 'part', level: 0, depth: 0, marker: '', number: '', value: 0, style: undefined,
    title: text.slice(t.span.start, t.span.end), line: lineNo, column, numbered: false, runIn: t.runIn,
    markup: line.markup, markerSpan: { start, end: start }, titleSpan: t.span, span: { start, end: line.contentEnd },
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
