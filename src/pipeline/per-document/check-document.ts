/**
 * One document through the rules: text rules (a custom finding where a built-in one already is dropped) and
 * document rules → levels → allow-list → inline suppression → located diagnostics, sorted by position. A
 * Markdown file's front matter values are read by the text rules too.
 * Pure: no I/O, no global state.
 */
import { frontMatterDocument } from '../../document/front-matter.js';
import { overlapsAny, toDiagnostic } from '../../document/span.js';
import { isCustomRuleId } from '../../rules/custom.js';
import { matchSpans } from '../../rules/matcher.js';
import type { RuleSet } from '../../rules/ruleset.js';
import { applySuppressions, maskDirectives, parseDirectives } from '../../rules/suppress.js';
import type { Diagnostic, Finding, ReportDoc, Severity } from '../../types.js';
import type { RuleContext } from '../../rules/types.js';

/** Heading paths of a document: `sectionOf(doc)(textOffset)` → e.g. `二、打造特色品牌 › （一）专题资政协商`. */
export type SectionOf = (doc: ReportDoc) => (textOffset: number) => string | undefined;

/** The located diagnostics of one document under one rule set: its text, then its front matter's values. */
export function checkDocument(doc: ReportDoc, ruleset: RuleSet, sectionOf?: SectionOf): Diagnostic[] {
  const out = checkText(doc, ruleset, sectionOf);
  const front = frontMatterDocument(doc);
  if (front) out.push(...checkFrontMatter(front, ruleset));
  return out.sort(byPosition);
}

/** The diagnostics of the normalised text. */
function checkText(doc: ReportDoc, ruleset: RuleSet, sectionOf?: SectionOf): Diagnostic[] {
  const directives = parseDirectives(doc.text);
  // Rules read the text with directives blanked out, so rule names inside a directive are never findings.
  const text = maskDirectives(doc.text, directives);
  const findings = textFindings(text, { format: doc.format }, ruleset);
  for (const rules of ruleset.documentRules) findings.push(...rules.check(doc, ruleset.documentOptions));

  const { kept, unused } = applySuppressions(doc.text, activeFindings(doc.text, findings, ruleset), directives);
  // Heading paths are worked out only for a document that has something to report.
  let section: ((offset: number) => string | undefined) | undefined;
  const out: Diagnostic[] = [];
  for (const f of [...kept, ...unused]) {
    const severity = ruleset.severityOf(f);
    if (severity === undefined) continue;
    section ??= sectionOf?.(doc);
    out.push(located(doc, f, severity, section?.(f.start)));
  }
  return out;
}

/**
 * The diagnostics of a Markdown file's front matter values (`title: XX县报告` is a placeholder in the draft's
 * title), read by the text rules as plain text — YAML is no Markdown — under the same levels and allow-list.
 * Inline directives are comments in the body and do not reach them; a value belongs to no section.
 */
function checkFrontMatter(front: ReportDoc, ruleset: RuleSet): Diagnostic[] {
  const findings = textFindings(front.text, { format: 'txt' }, ruleset);
  return activeFindings(front.text, findings, ruleset).map((f) => located(front, f, ruleset.severityOf(f)!));
}

/** The text rules' findings in `text`, a custom one where a built-in one already is dropped. */
function textFindings(text: string, ctx: RuleContext, ruleset: RuleSet): Finding[] {
  return dropShadowedCustom(ruleset.textRules.flatMap((rule) => rule.check(text, ctx)));
}

/** The findings of the rules that are on, each once, but those the allow-list covers. */
function activeFindings(text: string, findings: readonly Finding[], ruleset: RuleSet): Finding[] {
  return dropAllowed(text, dedupe(findings.filter((f) => ruleset.severityOf(f) !== undefined)), ruleset.allow);
}

/** A finding located in `doc` at `severity` (the rule set's level, not the rule's own). */
function located(doc: ReportDoc, f: Finding, severity: Severity, section?: string): Diagnostic {
  const { severity: _own, ...finding } = f;
  return toDiagnostic(doc, finding, severity, section);
}

/** Findings whose span overlaps a match of an allow-list entry are dropped. */
export function dropAllowed(text: string, findings: readonly Finding[], allow: readonly RegExp[]): Finding[] {
  if (allow.length === 0 || findings.length === 0) return [...findings];
  const spans = allow.flatMap((re) => matchSpans(re, text));
  if (spans.length === 0) return [...findings];
  return findings.filter((f) => !spans.some((s) => s.start < Math.max(f.end, f.start + 1) && f.start < s.end));
}

/**
 * Each place is reported once. A custom pattern that matches where a built-in rule already reports (a
 * `/待[定补]/` pattern on 【待补充】, which placeholder/editorial reports) would say the same thing twice: the
 * built-in finding is kept — its message, kind and rule id are the documented ones — and every custom
 * finding overlapping it is dropped. Custom findings elsewhere (时间待定 outside brackets) stay. A rule
 * turned off reports nothing, so then the custom finding stays too.
 */
export function dropShadowedCustom(findings: readonly Finding[]): Finding[] {
  const builtin = mergedSpans(findings.filter((f) => !isCustomRuleId(f.ruleId)));
  if (builtin.length === 0) return [...findings];
  return findings.filter((f) => !isCustomRuleId(f.ruleId) || !overlapsAny(builtin, f.start, f.end));
}

/** The union of the findings' spans (an empty span counts as its first character), sorted and disjoint. */
function mergedSpans(findings: readonly Finding[]): { start: number; end: number }[] {
  const spans = findings.map((f) => ({ start: f.start, end: Math.max(f.end, f.start + 1) })).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
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
