/**
 * The body of a .docx alone. The section structure (headings, numbering) is the body's: a footnote that starts
 * with “1.” or a comment that starts with “（一）” is not a heading, so the outline reads this prefix of the
 * document. Its offsets are the whole document's, since the body comes first.
 */
import type { ReportDoc } from '../types.js';
import { locatorOf } from './span.js';

/** `doc` cut after the body's last line (the document itself when it is not a .docx or has nothing else). */
export function bodyOf(doc: ReportDoc): ReportDoc {
  const layout = doc.docx;
  if (!layout || layout.bodyLines >= layout.lines.length) return doc;
  const sourceEnd = locatorOf(doc).lineStart(layout.bodyLines + 1);
  // The first text offset that maps to the other parts (map is non-decreasing).
  let lo = 0, hi = doc.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.map.at(mid) < sourceEnd) lo = mid + 1;
    else hi = mid;
  }
  return {
    ...doc,
    source: doc.source.slice(0, sourceEnd),
    text: doc.text.slice(0, lo),
    map: doc.map.prefix(lo + 1),
    markupHeadings: doc.markupHeadings.filter((o) => o < lo),
  };
}

