/**
 * `workreport outline --format text`: the heading tree indented by depth, each heading with its source
 * line, lead sentences (·) under their headings, then the numbering issues. Pure.
 *
 *   corpus/000.txt
 *   title: —
 *    2  一、筑牢协商根基
 *    3    （一）加强理论武装。
 *   10 headings · 0 leads · 0 enumerations
 *   numbering: no issues
 */
import type { Heading } from '../pipeline/outline/types.js';
import type { OutlineReport } from '../pipeline/outline/report.js';
import { terminalSafe } from './terminal.js';

/** The report as an indented tree followed by its issues. */
export function formatOutlineText(report: OutlineReport): string {
  const { outline, issues } = report;
  const items = [...outline.headings, ...outline.leads].sort((a, b) => a.span.start - b.span.start);
  const width = String(Math.max(1, ...items.map((h) => h.line), ...issues.map((d) => d.line))).length;
  const out: string[] = [report.file];
  const titleLine = outline.titleLine !== undefined ? ` (line ${outline.titleLine})` : '';
  out.push(`title: ${outline.title ?? '—'}${titleLine}`);
  const numbered = outline.headings.filter((h) => h.numbered).length;
  const parts = outline.headings.length - numbered;
  // Parts sit at the margin and top-level headings one step in; without parts, top-level headings do.
  const base = parts > 0 ? 0 : 1;
  for (const h of items) {
    const indent = h.kind === 'part' ? 0 : Math.max(0, h.depth - base);
    out.push(`${String(h.line).padStart(width)}  ${'  '.repeat(indent)}${labelOf(h)}`);
  }
  out.push([
    count(numbered, 'heading'),
    ...(parts > 0 ? [count(parts, 'part')] : []),
    count(outline.leads.length, 'lead'),
    count(outline.enumerations.length, 'enumeration'),
  ].join(' · '));
  if (issues.length === 0) {
    out.push('numbering: no issues');
  } else {
    out.push(`numbering: ${count(issues.length, 'warning')}`);
    const at = issues.map((d) => `${d.line}:${d.column}`);
    const atWidth = Math.max(...at.map((s) => s.length));
    issues.forEach((d, i) => out.push(`  ${at[i]!.padEnd(atWidth)}  ${d.severity}  ${d.message}  ${d.ruleId}`));
  }
  // Titles and the file name come from the document: control characters in them are escaped for the terminal.
  return `${out.map((line) => terminalSafe(line, { oneLine: true })).join('\n')}\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function labelOf(h: Heading): string {
  if (h.kind === 'part') return `【${h.title}】`;
  if (h.kind === 'lead') return `· ${h.title}`;
  return h.title;
}
