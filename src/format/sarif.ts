/**
 * `--format sarif`: a SARIF 2.1.0 log (one run) for code-scanning tools and editors. Columns are Unicode
 * code points (`columnKind: "unicodeCodePoints"`), `endColumn` is exclusive as SARIF defines it, every rule
 * of the run is described with its help text, and each result carries `kind`, `context` and `section` in
 * its property bag; the files not checked are the invocation's notifications. Relative paths stay relative URI references (percent-encoded); absolute ones become
 * file: URIs. No timestamps, so identical input gives identical output.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckRun } from '../check.js';
import type { Diagnostic } from '../types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion: string;
}

/** Serialise a run as SARIF 2.1.0 JSON (2-space indented, one trailing newline). */
export function formatSarif(run: Pick<CheckRun, 'results' | 'rules'> & Partial<Pick<CheckRun, 'failures' | 'skipped'>>, options: SarifOptions): string {
  const failures = run.failures ?? [], skipped = run.skipped ?? [];
  const index = new Map(run.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'workreport',
          version: options.toolVersion,
          rules: run.rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            help: { text: r.help },
            defaultConfiguration: { level: r.defaultSeverity === 'error' ? 'error' : 'warning' },
          })),
        },
      },
      columnKind: 'unicodeCodePoints',
      // The files not checked, as the tool's own notifications: an error for a file that could not be read, a note
      // for one passed over in a folder. The invocation failed when a file could not be checked.
      invocations: [{
        executionSuccessful: failures.length === 0,
        toolExecutionNotifications: [...failures, ...skipped].map((f) => ({
          level: f.severity === 'error' ? 'error' : 'note',
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.file) } } }],
          properties: { stage: f.stage },
        })),
      }],
      results: run.results.flatMap((r) => r.diagnostics.map((d) => result(r.file, d, index.get(d.ruleId)))),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(file: string, d: Diagnostic, ruleIndex: number | undefined) {
  const properties: Record<string, string> = { context: d.context };
  if (d.kind !== undefined) properties.kind = d.kind;
  if (d.section !== undefined) properties.section = d.section;
  if (d.location !== undefined) properties.location = d.location;
  return {
    ruleId: d.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: d.severity === 'error' ? 'error' : 'warning',
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: toUri(file) },
        region: {
          startLine: d.line,
          startColumn: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          snippet: { text: d.text },
        },
      },
    }],
    properties,
  };
}

/** A path as a URI reference: absolute → file: URL; relative → `/`-separated, each segment percent-encoded. */
export function toUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
}
