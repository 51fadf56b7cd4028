/**
 * `--format unix`: one line per diagnostic, `path:line:column: severity: message [rule]` — what editors,
 * grep and compilers' error parsers read. Nothing else is printed, so the output is always parseable; control
 * characters from file names and documents are escaped (format/terminal.ts).
 */
import type { FileResult } from '../check.js';
import { terminalSafe } from './terminal.js';

/** One line per diagnostic, files in order, diagnostics by position. */
export function formatUnix(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${terminalSafe(r.file, { oneLine: true })}:${d.line}:${d.column}: ${d.severity}: ${terminalSafe(oneLine(d.message), { oneLine: true })} [${d.ruleId}]`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
