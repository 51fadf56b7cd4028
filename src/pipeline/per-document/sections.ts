/**
 * `sectionRows`: a document's outline as rows of sections.csv (numbered headings, part headings and
 * lead sentences, in document order). Pure.
 *
 * ok: 000's '二、打造特色品牌' → { level: 1, marker: '二、', number: '二', title: '二、打造特色品牌', line: 6, numbered: true, chars: … }
 */
import { codePointsBetween } from '../../document/code-points.js';
import type { SectionRow } from '../../schemas/sections.js';
import type { ReportDoc } from '../../types.js';
import type { Heading, Outline } from '../outline/types.js';

/** The sections.csv rows of one document. */
export function sectionRows(doc: ReportDoc, outline: Outline): SectionRow[] {
  return [...outline.headings, ...outline.leads]
    .sort((a, b) => a.span.start - b.span.start)
    .map((h) => ({
      doc_id: doc.id,
      file: doc.file,
      level: h.level,
      marker: h.marker,
      number: h.number,
      title: h.title,
      line: h.line,
      numbered: h.numbered,
      // Line breaks excluded, as documents.csv's chars.
      chars: codePointsBetween(doc.text, h.span.start, h.span.end, { lineBreaks: false }),
    }));
}

/** Number of numbered headings (the `headings` column of documents.csv). */
export function headingCount(outline: Outline): number {
  return outline.headings.filter((h) => h.numbered).length;
}
