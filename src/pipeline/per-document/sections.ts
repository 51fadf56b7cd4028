/**
 * `sectionRows`: a document's outline as rows of sections.csv (numbered headings, part headings and
 * lead sentences, in document order). Pure.
 *
 * ok: 000's '二、打造特色品牌' → { level: 1, marker: '二、', number: '二', title: '二、打造特色品牌', line: 6, numbered: true, chars: … }
 */
import { isHighSurrogate, isLowSurrogate } from '../../document/code-points.js';
import type { SectionRow } from '../../schemas/sections.js';
import type { ReportDoc } from '../../types.js';
import type { Heading, Outline } from '../outline/types.js';

/** The sections.csv rows of one document. */
export function sectionRows(doc: ReportDoc, outline: Outline): SectionRow[] {
  const sections = [...outline.headings, ...outline.leads].sort((a, b) => a.span.start - b.span.start);
  const charsOf = sectionChars(doc.text, sections);
  return sections.map((h, i) => ({
    doc_id: doc.id,
    file: doc.file,
    level: h.level,
    marker: h.marker,
    number: h.number,
    title: h.title,
    line: h.line,
    numbered: h.numbered,
    chars: charsOf[i]!,
  }));
}

/**
 * Each section's `codePointsBetween(text, start, end, { lineBreaks: false })` (the line breaks left out, as
 * documents.csv's chars), from counts up to every start and end made in one pass over the text: sections nest, and
 * counting each on its own went over a text as many times as it has levels.
 */
function sectionChars(text: string, sections: readonly Heading[]): Int32Array {
  const offsets = Float64Array.from(sections.flatMap((h) => [h.span.start, h.span.end])).sort();
  const upTo = new Int32Array(offsets.length); // counted code units before offsets[k]
  let n = 0;
  for (let i = 0, k = 0; k < offsets.length; i++) {
    while (k < offsets.length && offsets[k] === i) upTo[k++] = n;
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || (isLowSurrogate(c) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) continue;
    n++;
  }
  const at = (offset: number) => upTo[binarySearch(offsets, offset)]!;
  return Int32Array.from(sections, ({ span: { start, end } }) => {
    if (start >= end) return 0;
    // The second half of a pair cut by the start counts, as in codePointsBetween.
    const cut = isLowSurrogate(text.charCodeAt(start)) && start > 0 && isHighSurrogate(text.charCodeAt(start - 1));
    return at(end) - at(start) + (cut ? 1 : 0);
  });
}

/** The index of `value` in sorted `values` (which has it). */
function binarySearch(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of numbered headings (the `headings` column of documents.csv). */
export function headingCount(outline: Outline): number {
  return outline.headings.filter((h) => h.numbered).length;
}
