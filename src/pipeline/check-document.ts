/**
 * One document through the rules: text rules and document rules → levels → allow-list → inline
 * suppression → located diagnostics, sorted by position. Pure: no I/O, no global state.
 */
import { toDiagnostic } from '../document/span.js';
import { matchSpans } from '../rules/matcher.js';
import type { RuleSet } from '../rules/ruleset.js';
import { applySuppressions, maskDirectives, parseDirectives } from '../rules/suppress.js';
import type { Diagnostic, Finding, ReportDoc } from '../types.js';

/** Heading paths of a document: `sectionOf(doc)(textOffset)` → e.g. `二、打造特色品牌 › （一）专题资政协商`. */
export type SectionOf = (doc: ReportDoc) => (textOffset: number) => string | undefined;

/** The located diagnostics of one document under one rule set. */
export function checkDocument(doc: ReportDoc, ruleset: RuleSet, sectionOf?: SectionOf): Diagnostic[] {
  const directives = parseDirectives(doc.text);
  // Rules read the text with directives blanked out, so rule names inside a directive are never findings.
  const text = maskDirectives(doc.text, directives);
  const ctx = { format: doc.format };
  const findings: Finding[] = [];
  for (const rule of ruleset.textRules) findings.push(...rule.check(text, ctx));
  for (const rules of ruleset.documentRules) findings.push(...rules.check(doc));

  const active = dedupe(findings.filter((f) => ruleset.severityOf(f) !== undefined));
  const allowed = dropAllowed(doc.text, active, ruleset.allow);
  const { kept, unused } = applySuppressions(doc.text, allowed, directives);
  // Heading paths are worked out only for a document that has something to report.
  let section: ((offset: number) => string | undefined) | undefined;
  const out: Diagnostic[] = [];
  for (const f of [...kept, ...unused]) {
    const severity = ruleset.severityOf(f);
    if (severity === undefined) continue;
    const { severity: _own, ...finding } = f;
    section ??= sectionOf?.(doc);
    out.push(toDiagnostic(doc, finding, severity, section?.(f.start)));
  }
  return out.sort(byPosition);
}

/** Findings whose span overlaps a match of an allow-list entry are dropped. */
export function dropAllowed(text: string, findings: readonly Finding[], allow: readonly RegExp[]): Finding[] {
  if (allow.length === 0 || findings.length === 0) return [...findings];
  const spans = allow.flatMap((re) => matchSpans(re, text));
  if (spans.length === 0) return [...findings];
  return findings.filter((f) => !spans.some((s) => s.start < Math.max(f.end, f.start + 1) && f.start < s.end));
}

/** The same rule reporting the same span twice (a custom pattern listed twice, say) counts once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Line, column, end, then rule id — plain code-unit order for ids. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
    || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
