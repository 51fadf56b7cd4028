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
 * The interface words (title, counts, "no issues") come from the message catalogue, in the user's language.
 */
import type { Heading } from '../pipeline/outline/types.js';
import type { OutlineReport } from '../pipeline/outline/report.js';
import { plural, t } from '../messages/index.js';
import { terminalSafe } from './terminal.js';

/** The report as an indented tree followed by its issues. */
export function formatOutlineText(report: OutlineReport): string {
  const { outline, issues } = report;
  const items = [...outline.headings, ...outline.leads].sort((a, b) => a.span.start - b.span.start);
  const width = String(Math.max(1, ...items.map((h) => h.line), ...issues.map((d) => d.line))).length;
  const out: string[] = [report.file];
  const line = outline.titleLine !== undefined ? t('outline.titleLine', { line: outline.titleLine }) : '';
  out.push(t('outline.title', { title: outline.title ?? '—', line }));
  const numbered = outline.headings.filter((h) => h.numbered).length;
  const parts = outline.headings.length - numbered;
  // Parts sit at the margin and top-level headings one step in; without parts, top-level headings do.
  const base = parts > 0 ? 0 : 1;
  for (const h of items) {
    const indent = h.kind === 'part' ? 0 : Math.max(0, h.depth - base);
    out.push(`${String(h.line).padStart(width)}  ${'  '.repeat(indent)}${labelOf(h)}`);
  }
  out.push([
    plural('count.heading', numbered),
    ...(parts > 0 ? [plural('count.part', parts)] : []),
    plural('count.lead', outline.leads.length),
    plural('count.enumeration', outline.enumerations.length),
  ].join(' · '));
  if (issues.length === 0) {
    out.push(t('outline.noIssues'));
  } else {
    out.push(t('outline.issues', { warnings: plural('count.warning', issues.length) }));
    const at = issues.map((d) => `${d.line}:${d.column}`);
    const atWidth = Math.max(...at.map((s) => s.length));
    issues.forEach((d, i) => out.push(`  ${at[i]!.padEnd(atWidth)}  ${t(`stylish.severity.${d.severity}`)}  ${d.message}  ${d.ruleId}`));
  }
  // Titles and the file name come from the document: control characters in them are escaped for the terminal.
  return `${out.map((line) => terminalSafe(line, { oneLine: true })).join('\n')}\n`;
}

function labelOf(h: Heading): string {
  if (h.kind === 'part') return `【${h.title}】`;
  if (h.kind === 'lead') return `· ${h.title}`;
  return h.title;
}
