/**
 * Stand-in rules for testing the check machinery independently of the real placeholder rules:
 * `placeholder/test-letter` finds runs of X (kind region), `numbering/test` warns at every line that
 * starts with 二、 (a document rule, as the outline's numbering checks will be).
 */
import { createDocument } from '../src/document/create.js';
import type { DocumentRules } from '../src/rules/ruleset.js';
import type { Rule } from '../src/rules/types.js';
import type { Finding, ReportDoc, SourceFormat } from '../src/types.js';

export const LETTER_RULE: Rule = {
  id: 'placeholder/test-letter',
  description: 'Test rule: runs of X',
  help: '测试规则：连续的 X。Test rule: fill in the X.',
  defaultSeverity: 'error',
  check(text) {
    return [...text.matchAll(/X+/g)].map((m) => ({
      ruleId: 'placeholder/test-letter',
      start: m.index,
      end: m.index + m[0].length,
      message: `未填写的占位符“${m[0]}”（地区）：此处应填写具体地名`,
      kind: 'region',
    }));
  },
};

export const NUMBERING_RULES: DocumentRules = {
  rules: [{ id: 'numbering/test', description: 'Test numbering rule', help: '测试编号规则。', defaultSeverity: 'warning' }],
  check(doc: ReportDoc): Finding[] {
    return [...doc.text.matchAll(/^二、/gm)].map((m) => ({
      ruleId: 'numbering/test',
      start: m.index,
      end: m.index + 2,
      message: '编号“二、”之前缺少“一、”',
      severity: 'warning' as const,
    }));
  },
};

/** A document from text, as read from `path`. */
export function docOf(source: string, path = 'a.txt', format: SourceFormat = 'txt'): ReportDoc {
  return createDocument({ path, file: path, format, encoding: 'utf-8', source });
}
