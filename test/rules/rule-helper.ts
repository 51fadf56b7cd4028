/**
 * Rule tables: run rules over a string as a document of a given format and describe each finding as
 * `line:column "text" kind` (line and column in the source, columns in code points).
 */
import { createDocument } from '../../src/document/create.js';
import { toDiagnostic } from '../../src/document/span.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import type { Finding, ReportDoc, SourceFormat } from '../../src/types.js';

/** A document made from `source` as if read from a file of that format. */
export function docOf(source: string, format: SourceFormat = 'txt'): ReportDoc {
  return createDocument({ path: `case.${format}`, file: `case.${format}`, format, encoding: 'utf-8', source });
}

/** Every finding of `rules` on `doc`, sorted by start (ties: rule order). */
export function findingsOf(doc: ReportDoc, rules: readonly Rule[] = BUILTIN_RULES): Finding[] {
  const all = rules.flatMap((r) => r.check(doc.text, { format: doc.format }));
  return all.sort((a, b) => a.start - b.start);
}

/** `line:column "text" kind` for each finding of `rules` on `source`. */
export function found(source: string, rules: Rule | readonly Rule[] = BUILTIN_RULES, format: SourceFormat = 'txt'): string[] {
  const doc = docOf(source, format);
  const list = Array.isArray(rules) ? rules : [rules as Rule];
  return findingsOf(doc, list).map((f) => {
    const d = toDiagnostic(doc, f, 'error');
    return `${d.line}:${d.column} ${JSON.stringify(d.text)} ${d.kind}`;
  });
}

/** Pairs of findings that overlap (should be none). */
export function overlaps(findings: readonly Finding[]): [Finding, Finding][] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const out: [Finding, Finding][] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) out.push([sorted[i - 1]!, sorted[i]!]);
  }
  return out;
}
