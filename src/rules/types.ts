/**
 * The rule contract: a rule is a pure function from normalised text to findings (remark-lint style).
 */
import type { Finding, Severity, SourceFormat } from '../types.js';

/** What a rule may know about the document besides its text. */
export interface RuleContext {
  format: SourceFormat;
}

/** One detection rule (a placeholder form or blank slots). */
export interface Rule {
  /** `placeholder/<name>` or `blank-slot`. */
  id: string;
  /** One line, English, for SARIF rule metadata and docs. */
  description: string;
  /** What it finds and what to do (Chinese + English), with an ok and a not-ok example. */
  help: string;
  /** `error` for placeholders and blank slots. */
  defaultSeverity: Severity;
  /** `text` is `ReportDoc.text` (normalised); findings carry offsets into it. */
  check(text: string, ctx: RuleContext): Finding[];
}
