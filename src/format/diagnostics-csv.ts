/**
 * `--format csv`: one row per diagnostic, for a spreadsheet —
 * `file,line,column,end_line,end_column,severity,rule_id,kind,text,message,context,section,location`
 * (`location`: the place in Word, .docx only).
 * Formula-like cells are neutralised by `toCsv`.
 */
import type { FileResult } from '../check.js';
import { toCsv } from './csv.js';

export const DIAGNOSTIC_COLUMNS = [
  'file', 'line', 'column', 'end_line', 'end_column', 'severity', 'rule_id', 'kind', 'text', 'message', 'context', 'section', 'location',
] as const;

type Row = Record<(typeof DIAGNOSTIC_COLUMNS)[number], string | number>;

/** The diagnostics as CSV (header always present; `bom` for Excel). */
export function formatDiagnosticsCsv(results: readonly FileResult[], options: { bom?: boolean } = {}): string {
  const rows: Row[] = results.flatMap((r) => r.diagnostics.map((d) => ({
    file: r.file,
    line: d.line,
    column: d.column,
    end_line: d.endLine,
    end_column: d.endColumn,
    severity: d.severity,
    rule_id: d.ruleId,
    kind: d.kind ?? '',
    text: d.text,
    message: d.message,
    context: d.context,
    section: d.section ?? '',
    location: d.location ?? '',
  })));
  return toCsv(rows, DIAGNOSTIC_COLUMNS, options);
}
