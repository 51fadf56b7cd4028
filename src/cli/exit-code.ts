/**
 * The exit code of every command, decided in one place from the command's messages (the one message model,
 * `Notice` in types.ts), as unified-engine and ESLint decide theirs:
 *
 *   0  success: nothing at error level (warnings within `--max-warnings`; notes never count)
 *   1  findings at error level (check), more warnings than `--max-warnings` (check), or files left out — a file
 *      that could not be read, decoded or analysed while the others were (every command)
 *   2  usage, configuration or I/O failure: a bad option, config or path, or nothing could be read at all
 *
 * ok: exitCodeOf([{ file: 'a.txt', stage: 'read', severity: 'error', fatal: true, message: '…' }], { processed: 4 }) → 1
 * not ok (2): the same message with `processed: 0` — no file could be read, so no result can be trusted.
 */
import type { Notice } from '../types.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

export interface ExitOptions {
  /** How many files the command did process (checked, analysed, searched). */
  processed: number;
  /** `check --max-warnings`: more warnings than this fail the run; no limit when absent. */
  maxWarnings?: number;
}

/** The exit code of a command that reported `notices` (see the header). */
export function exitCodeOf(notices: Iterable<Notice>, options: ExitOptions): number {
  let fatal = 0, errors = 0, warnings = 0;
  for (const n of notices) {
    if (n.fatal) fatal++;
    if (n.severity === 'error') errors++;
    else if (n.severity === 'warning' && !n.fatal) warnings++;
  }
  if (fatal > 0 && options.processed === 0) return EXIT_FAILURE;
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** A usage, configuration or I/O failure of the whole run, as a message: `exitCodeOf` makes it exit 2. */
export function runFailure(message: string): Notice {
  return { stage: 'usage', file: '', severity: 'error', fatal: true, message };
}
