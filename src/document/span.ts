/**
 * From `text` offsets (what stages find) to what users read: source lines, columns and context.
 */
import type { Diagnostic, Finding, ReportDoc, Severity } from '../types.js';
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
  return { start: doc.map[start]!, end: end > start ? doc.map[end - 1]! + 1 : doc.map[start]! };
}

/** About `radius` characters of normalised text either side of a span, on one line. */
export function contextOf(doc: ReportDoc, start: number, end: number, radius = 10): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(doc.text.length, end + radius);
  return doc.text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Turn a rule's finding into a located diagnostic. */
export function toDiagnostic(doc: ReportDoc, finding: Finding, severity: Severity, section?: string): Diagnostic {
  const span = sourceSpan(doc, finding.start, finding.end);
  const loc = locatorOf(doc);
  const a = loc.at(span.start);
  const b = loc.at(span.end);
  const d: Diagnostic = {
    ruleId: finding.ruleId,
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
  return d;
}
