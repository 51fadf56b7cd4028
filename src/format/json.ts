/**
 * `--format json`: the contract other tools rely on (schemaVersion 1).
 *
 * ```
 * { "schemaVersion": 1,
 *   "results": [ { "file": "corpus/a.txt", "diagnostics": [ { "ruleId", "severity", "message", "kind", "text",
 *       "line", "column", "endLine", "endColumn", "context", "section", "location" } ] } ],
 *   "notChecked": [ { "file", "stage", "severity", "message" } ],
 *   "summary": { "files", "errors", "warnings", "notChecked" } }
 * ```
 * `notChecked` lists the files that were not checked: those that could not be read or decoded and those named that
 * cannot be checked (`severity` error: the exit code is 1), then those found in folders and passed over (a .pdf
 * beside the drafts: `info`); its messages are in English, as errors.csv's.
 * Every key is always present: `kind` and `section` are `null` when unknown, `location` (the place in Word:
 * `页眉 第1段`) is `null` except for a .docx. Lines and columns are 1-based,
 * columns count Unicode code points, `endColumn` is exclusive. Every file checked has an entry, clean or not.
 */
import { summarize, type CheckRun, type FileResult } from '../check.js';

/** Serialise results as the JSON contract (2-space indented, one trailing newline). */
export function formatJson(results: readonly FileResult[], passedOver: Pick<CheckRun, 'failures' | 'skipped'> = { failures: [], skipped: [] }): string {
  const notChecked = [...passedOver.failures, ...passedOver.skipped]
    .map(({ file, stage, severity, message }) => ({ file, stage, severity, message }));
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
    notChecked,
    summary: { ...summarize(results), notChecked: notChecked.length },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
