/**
 * From `text` offsets (what stages find) to what users read: source lines, columns and context.
 */
import type { Diagnostic, Finding, ReportDoc, Severity, Span } from '../types.js';
import { docxLocationText } from './docx-layout.js';
import { createLocator, type Locator } from './location.js';

const locators = new WeakMap<ReportDoc, Locator>();

/** The locator of a document's source, built once per document. */
export function locatorOf(doc: ReportDoc): Locator {
  let loc = locators.get(doc);
  if (!loc) {
    loc = createLocator(doc.source);
    locators.set(doc, loc);
  }
  return loc;
}

/** Source offsets of a `text` span. */
export function sourceSpan(doc: ReportDoc, start: number, end: number): { start: number; end: number } {
  // The end maps through the last character inside the span, so removed markup after it is not included.
  return { start: doc.map.at(start), end: end > start ? doc.map.at(end - 1) + 1 : doc.map.at(start) };
}

/**
 * About `radius` characters of normalised text either side of a span, on one line. HTML comments around the
 * span (inline suppression directives, whole or cut by the window's edge) are left out: a reader wants the
 * report's words, not `<!-- wor`.
 */
export function contextOf(doc: ReportDoc, start: number, end: number, radius = 10): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(doc.text.length, end + radius);
  const text = outsideComments(doc, from, start) + doc.text.slice(start, end) + outsideComments(doc, end, to);
  return text.replace(/\s+/g, ' ').trim();
}

const comments = new WeakMap<ReportDoc, readonly { start: number; end: number }[]>();

/** `<!-- … -->` spans of `doc.text`, in order, found once per document; an unclosed one runs to the end. */
function commentsOf(doc: ReportDoc): readonly { start: number; end: number }[] {
  let spans = comments.get(doc);
  if (!spans) {
    const found: { start: number; end: number }[] = [];
    for (let open = doc.text.indexOf('<!--'); open >= 0; open = doc.text.indexOf('<!--', found.at(-1)!.end)) {
      const close = doc.text.indexOf('-->', open + 4);
      found.push({ start: open, end: close < 0 ? doc.text.length : close + 3 });
    }
    spans = found;
    comments.set(doc, spans);
  }
  return spans;
}

/** The index of the first of `spans` (sorted and disjoint) that ends after `offset`; `spans.length` when none does. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `[start, end)` overlaps one of `spans` (sorted and disjoint); an empty span counts as its first character. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstEndingAfter(spans, start);
  return i < spans.length && spans[i]!.start < Math.max(end, start + 1);
}

/** `doc.text.slice(from, to)` without the characters that lie inside an HTML comment. */
function outsideComments(doc: ReportDoc, from: number, to: number): string {
  const spans = commentsOf(doc);
  let out = '';
  let pos = from;
  for (let i = firstEndingAfter(spans, from); i < spans.length && spans[i]!.start < to; i++) {
    if (spans[i]!.start > pos) out += doc.text.slice(pos, spans[i]!.start);
    pos = Math.max(pos, spans[i]!.end);
  }
  return pos < to ? out + doc.text.slice(pos, to) : out;
}

/** Turn a rule's finding into a located diagnostic. */
export function toDiagnostic(doc: ReportDoc, finding: Finding, severity: Severity, section?: string): Diagnostic {
  const span = sourceSpan(doc, finding.start, finding.end);
  const loc = locatorOf(doc);
  const a = loc.at(span.start);
  const b = loc.at(span.end);
  const d: Diagnostic = {
    ruleId: finding.ruleId,
    file: doc.path,
    fatal: false,
    severity: finding.severity ?? severity,
    message: finding.message,
    text: doc.source.slice(span.start, span.end),
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    context: contextOf(doc, finding.start, finding.end),
  };
  if (finding.kind !== undefined) d.kind = finding.kind;
  if (section !== undefined) d.section = section;
  const word = doc.docx?.lines[a.line - 1];
  if (word) d.location = docxLocationText(word);
  return d;
}
