/**
 * `--format json`: the contract other tools rely on (schemaVersion 1).
 *
 * ```
 * { "schemaVersion": 1,
 *   "results": [ { "file": "corpus/a.txt", "diagnostics": [ { "ruleId", "severity", "message", "kind", "text",
 *       "line", "column", "endLine", "endColumn", "context", "section", "location" } ] } ],
 *   "summary": { "files", "errors", "warnings" } }
 * ```
 * Every key is always present: `kind` and `section` are `null` when unknown, `location` (the place in Word:
 * `页眉 第1段`) is `null` except for a .docx. Lines and columns are 1-based,
 * columns count Unicode code points, `endColumn` is exclusive. Every file checked has an entry, clean or not.
 */
import { summarize, type FileResult } from '../check.js';

/** Serialise results as the JSON contract (2-space indented, one trailing newline). */
export function formatJson(results: readonly FileResult[]): string {
  const out = {
    schemaVersion: 1,
    results: results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        kind: d.kind ?? null,
        text: d.text,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        context: d.context,
        section: d.section ?? null,
        location: d.location ?? null,
      })),
    })),
    summary: summarize(results),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
