/**
 * The outline's plug-ins for `workreport check`: the numbering rules as one document-rules entry, and
 * heading paths for the `section` field of every diagnostic. Free of nodejieba, like all of outline/.
 */
import type { Finding, ReportDoc, Severity } from '../../types.js';
import { NUMBERING_RULES, numberingFindings, type NumberingOptions } from './numbering.js';
import { parseOutline } from './parse.js';
import { sectionPathAt } from './tree.js';

/** The numbering checks in the shape `check` runs whole-document rules (`DocumentRules` in rules/ruleset.ts). */
export function numberingDocumentRules(options: Partial<NumberingOptions> = {}): {
  rules: readonly { id: string; description: string; help: string; defaultSeverity: Severity }[];
  check(doc: ReportDoc): Finding[];
} {
  return { rules: NUMBERING_RULES, check: (doc) => numberingFindings(doc, parseOutline(doc), options) };
}

/** Heading paths of a document: `sectionOfDocument(doc)(textOffset)` → `二、打造特色品牌 › （一）专题资政协商`. */
export function sectionOfDocument(doc: ReportDoc): (textOffset: number) => string | undefined {
  const outline = parseOutline(doc);
  return (offset) => sectionPathAt(outline, offset);
}
