/**
 * Keyword in context: every occurrence of a term or a regular expression in a document, with `window`
 * characters (code points) of context either side, the source line and column, and the heading path. Pure.
 *
 * Matches are found in `doc.text` (normalised: a term matches across removed Markdown markup) and located in
 * the source, like every other finding. Line breaks inside a context are shown as one space.
 *
 * ok: kwic(seed 000, '全覆盖', 5)[0] → { line: 4, left: '党员委员的', match: '全覆盖', right: '、党的工作对', section: '一、筑牢协商根基 › （二）坚持党的领导' }
 */
import { codePointsBack, codePointsForward } from '../../document/code-points.js';
import { locatorOf, sourceSpan } from '../../document/span.js';
import type { ReportDoc } from '../../types.js';
import { parseOutline, sectionPathAt } from '../outline/index.js';

/** One occurrence. `offset` is the match's start in `doc.text` (for sorting); line and column are the source's. */
export interface KwicHit {
  doc: string;
  file: string;
  offset: number;
  line: number;
  column: number;
  left: string;
  match: string;
  right: string;
  /** Heading path (`二、… › （一）…`); empty before the first heading. */
  section: string;
}

/** Occurrences of `pattern` in `doc`: a string is searched literally, a RegExp as given (made global). */
export function kwic(doc: ReportDoc, pattern: string | RegExp, window: number): KwicHit[] {
  const hits: KwicHit[] = [];
  for (const [start, end] of matchSpans(doc.text, pattern)) {
    const span = sourceSpan(doc, start, end);
    const at = locatorOf(doc).at(span.start);
    hits.push({
      doc: doc.id,
      file: doc.file,
      offset: start,
      line: at.line,
      column: at.column,
      left: oneLine(doc.text.slice(codePointsBack(doc.text, start, window), start)),
      match: oneLine(doc.text.slice(start, end)),
      right: oneLine(doc.text.slice(end, codePointsForward(doc.text, end, window))),
      section: '',
    });
  }
  if (hits.length > 0) {
    const outline = parseOutline(doc);
    for (const hit of hits) hit.section = sectionPathAt(outline, hit.offset) ?? '';
  }
  return hits;
}

/** Non-overlapping, non-empty match spans, left to right. */
function matchSpans(text: string, pattern: string | RegExp): [number, number][] {
  const spans: [number, number][] = [];
  if (typeof pattern === 'string') {
    if (pattern === '') return spans;
    for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + pattern.length)) {
      spans.push([i, i + pattern.length]);
    }
    return spans;
  }
  // The same kind of expression as given (an RE2 from parseKwicTerm stays one: linear time), made global.
  const re = pattern.global ? pattern : new (pattern.constructor as RegExpConstructor)(pattern.source, `${pattern.flags}g`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1; // an empty match (/a*/) shows nothing: step over it
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, ' ');
}
