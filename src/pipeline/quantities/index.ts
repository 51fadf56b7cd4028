/**
 * quantities.csv rows of one document: every count of CPPCC work it states — a number with its measure word
 * (scan.ts), attached to a subject of the vocabulary written next to it (attach.ts). Pure.
 *
 * ok: `共收到提案312件，经审查立案289件，其中重点提案20件` → 提案 312, 立案 289, 重点提案 20;
 *     `收到委员提案*件` → 委员提案, masked, pointing at the placeholder `*`.
 * not ok: `地区生产总值超2.2万亿元、增长6%` (no subject of the vocabulary), `占立案总数的16.3%` (a share of a
 *     count, not a count or a rate).
 */
import { locatorOf, sourceSpan } from '../../document/span.js';
import type { PlaceholderRow } from '../../schemas/placeholders.js';
import type { QuantityRow } from '../../schemas/quantities.js';
import type { ReportDoc } from '../../types.js';
import { attachSubject, clauseAround } from './attach.js';
import { foldToSimplified } from '../topics/fold.js';
import { scanNumbers, type NumberMatch } from './scan.js';
import { findTerms, type CompiledQuantityLexicon } from './vocabulary.js';

export { compileQuantityLexicon, type CompiledQuantityLexicon } from './vocabulary.js';

/** Longest `text` cell, in code points. */
const TEXT_WIDTH = 60;

/** What a row takes from the document's metadata. */
export interface QuantityMeta {
  region: string;
  year: number | null;
}

/**
 * Every stated count of `doc`, in text order. A masked count is a row only when a placeholder of kind number
 * (from `placeholders`, the document's placeholders.csv rows) covers its mask, so check and analyze agree.
 * Matched on `folded`, the text in Simplified characters (委員提案, 辦結率; `foldToSimplified(doc.text)`, given
 * when the caller has it), and cut from the text as written.
 */
export function extractQuantities(
  doc: ReportDoc, lex: CompiledQuantityLexicon, placeholders: readonly PlaceholderRow[], meta: QuantityMeta,
  folded: string = foldToSimplified(doc.text),
): QuantityRow[] {
  const text = folded;
  const terms = findTerms(text, lex);
  const numbers = scanNumbers(text);
  const locator = locatorOf(doc);
  const numberPlaceholders = byLine(placeholders.filter((p) => p.kind === 'number'));
  const rows: QuantityRow[] = [];
  let claimed = 0;
  numbers.forEach((m, i) => {
    if (m.unit === '%' && isShare(text, m)) return;
    const found = attachSubject(text, terms, numbers, i, lex, claimed);
    if (!found) return;
    claimed = Math.max(claimed, found.term.end);
    const span = sourceSpan(doc, m.start, m.end);
    const from = locator.at(span.start);
    const to = locator.at(span.end);
    const mask = m.masked ? maskingPlaceholder(doc, m, numberPlaceholders) : '';
    if (mask === undefined) return;
    rows.push({
      doc_id: doc.id,
      file: doc.file,
      line: from.line,
      column: from.column,
      end_column: to.line === from.line ? to.column : from.column + [...doc.text.slice(m.start, m.end)].length,
      subject: found.subject,
      subject_text: doc.text.slice(found.term.start, found.term.end),
      value: m.value,
      unit: m.unit,
      approx: m.approx,
      masked: m.masked,
      placeholder: mask,
      region: meta.region,
      year: meta.year,
      text: clauseText(doc.text, m),
    });
  });
  return rows;
}

/** A percentage that is a share of a count (占立案总数的16.3%, 佔49%), not a rate: 占 earlier in its clause. */
function isShare(text: string, m: NumberMatch): boolean {
  const clause = clauseAround(text, m.start, m.end);
  return /[占]/u.test(text.slice(clause.start, m.start));
}

/** `line:column` of the number placeholder (`byLine`) that covers the mask of `m`; `undefined` when none does. */
function maskingPlaceholder(doc: ReportDoc, m: NumberMatch, numberPlaceholders: ReadonlyMap<number, readonly PlaceholderRow[]>): string | undefined {
  const locator = locatorOf(doc);
  const span = sourceSpan(doc, m.numberStart, m.numberEnd);
  const from = locator.at(span.start);
  const to = locator.at(span.end);
  const hit = numberPlaceholders.get(from.line)?.find((p) => p.column < to.column && p.end_column > from.column);
  return hit ? `${hit.line}:${hit.column}` : undefined;
}

/** Placeholders by line, each line's in their order: a large file has 100,000s of them, and a masked count looks at its line's. */
function byLine(placeholders: readonly PlaceholderRow[]): Map<number, PlaceholderRow[]> {
  const lines = new Map<number, PlaceholderRow[]>();
  for (const p of placeholders) {
    const line = lines.get(p.line);
    if (line) line.push(p);
    else lines.set(p.line, [p]);
  }
  return lines;
}

/** The clause of the count, whitespace collapsed, cut to `TEXT_WIDTH` code points around the count. */
function clauseText(text: string, m: NumberMatch): string {
  const clause = clauseAround(text, m.start, m.end);
  const before = [...text.slice(clause.start, m.start)];
  const count = [...text.slice(m.start, m.end)];
  const after = [...text.slice(m.end, clause.end)];
  const room = Math.max(0, TEXT_WIDTH - count.length);
  const left = Math.min(before.length, Math.max(Math.ceil(room / 2), room - after.length));
  const right = Math.min(after.length, room - left);
  return [...before.slice(before.length - left), ...count, ...after.slice(0, right)].join('').replace(/\s+/g, ' ').trim();
}
