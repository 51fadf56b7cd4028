/**
 * Building findings and mask rules: one place for the shape and the message of a placeholder finding.
 */
import type { Finding } from '../types.js';
import { kindOf, placeholderMessage, type PlaceholderKind } from './kind.js';
import type { Rule, RuleContext } from './types.js';
import { addressTest } from './url.js';

/** A placeholder finding for `text[start, end)`; its kind is read from the context unless given. */
export function placeholderFinding(
  ruleId: string, text: string, start: number, end: number,
  kind: Exclude<PlaceholderKind, 'blank'> = kindOf(text, start, end),
): Finding {
  return { ruleId, start, end, kind, message: placeholderMessage(text.slice(start, end), kind) };
}

/** Every match of a global regex, with its offsets. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

/** A mask rule: one global regex for candidates, and a check of each candidate's context. */
export interface MaskRuleSpec extends Omit<Rule, 'check' | 'defaultSeverity'> {
  pattern: RegExp;
  /** Where the placeholder starts (the match start, or earlier: the digits of 20XX); undefined when it is none. */
  startOf(text: string, start: number, end: number, ctx: RuleContext): number | undefined;
}

/** Build a rule (error by default) that reports each accepted candidate with its kind, none inside a web or e-mail address. */
export function maskRule(spec: MaskRuleSpec): Rule {
  const { pattern, startOf, ...meta } = spec;
  return {
    ...meta,
    defaultSeverity: 'error',
    check(text, ctx) {
      const findings: Finding[] = [];
      const inAddress = addressTest(text);
      for (const m of matchesOf(pattern, text)) {
        const end = m.index + m[0].length;
        const start = startOf(text, m.index, end, ctx);
        if (start !== undefined && !inAddress(start, end)) findings.push(placeholderFinding(meta.id, text, start, end));
      }
      return findings;
    },
  };
}
