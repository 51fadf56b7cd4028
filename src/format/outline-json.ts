/**
 * `workreport outline --format json`: `{ file, title, titleLine, headings, leads, enumerations, issues }`
 * with a fixed key order, two-space indentation and a final newline. Pure.
 */
import type { Enumeration, Heading } from '../pipeline/outline/types.js';
import type { OutlineReport } from '../pipeline/outline/report.js';

/** The report as JSON text. Spans are offsets in the normalised text (`ReportDoc.text`). */
export function formatOutlineJson(report: OutlineReport): string {
  const { outline } = report;
  const json = {
    file: report.file,
    title: outline.title ?? null,
    titleLine: outline.titleLine ?? null,
    headings: outline.headings.map(headingJson),
    leads: outline.leads.map(headingJson),
    enumerations: outline.enumerations.map(enumerationJson),
    issues: report.issues.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: d.column,
      section: d.section ?? null,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function headingJson(h: Heading) {
  return {
    kind: h.kind,
    level: h.level,
    depth: h.depth,
    marker: h.marker,
    number: h.number,
    value: h.value,
    style: h.style ?? null,
    title: h.title,
    line: h.line,
    column: h.column,
    numbered: h.numbered,
    runIn: h.runIn,
    span: { start: h.span.start, end: h.span.end },
  };
}

function enumerationJson(e: Enumeration) {
  return {
    kind: e.kind,
    marker: e.marker,
    number: e.number,
    value: e.value,
    title: e.title,
    line: e.line,
    column: e.column,
    span: { start: e.span.start, end: e.span.end },
  };
}
