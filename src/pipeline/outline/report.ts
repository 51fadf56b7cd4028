/**
 * `outlineReport`: a document's outline with its numbering issues located in the source (line, column,
 * heading path) — what `workreport outline` prints. Pure.
 */
import { toDiagnostic } from '../../document/span.js';
import type { Diagnostic, ReportDoc } from '../../types.js';
import { numberingFindings, type NumberingOptions } from './numbering.js';
import { parseOutline } from './parse.js';
import { sectionPathAt } from './tree.js';
import type { Outline } from './types.js';

export interface OutlineReport {
  /** The file as given (or as found in a folder). */
  file: string;
  outline: Outline;
  /** Numbering issues (severity warning), by position. */
  issues: Diagnostic[];
}

/** Parse `doc`'s outline and run the numbering checks on it. */
export function outlineReport(doc: ReportDoc, file: string, options: Partial<NumberingOptions> = {}): OutlineReport {
  const outline = parseOutline(doc);
  const issues = numberingFindings(doc, outline, options)
    .map((f) => toDiagnostic(doc, f, f.severity ?? 'warning', sectionPathAt(outline, f.start)));
  return { file, outline, issues };
}
