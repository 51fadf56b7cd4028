/**
 * `workreport check <paths…>`: options → `checkFiles` → formatter → exit code.
 *
 * Exit codes (cli/exit-code.ts): 0 no error-level findings (and warnings within --max-warnings) · 1 errors found,
 * more warnings than --max-warnings, or a file that could not be checked (unreadable, or a .doc or FIFO named on
 * the command line) while others were · 2 usage, config or I/O failure, or no file could be checked at all. Files
 * of other formats found in folders are named on stderr (notes: they never change the exit code).
 */
import { summarize, checkFiles, noticesOf, type CheckRun, type FileResult } from '../check.js';
import type { CheckFormat } from '../choices.js';
import type { ReadOptions } from '../io/read.js';
import { UsageError } from './errors.js';
import { exitCodeOf } from './exit-code.js';
import { plural, reasonText, t } from '../messages/index.js';
import { say } from './stderr.js';
import { writeStdout } from './stdout.js';

/** The flags, as commander parsed and checked them (main.ts: `.choices()` and argument parsers). */
export interface CheckCliOptions {
  format: CheckFormat;
  config?: string;
  /** `--max-warnings`; Infinity for -1 (no limit). */
  maxWarnings?: number;
  quiet?: boolean;
  /** `--excel`: CSV with a UTF-8 BOM. */
  excel?: boolean;
  stdinFilename?: string;
  /** `--max-file-mb`, already in bytes. */
  maxFileMb?: number;
  /** `--max-docx-part-mb`, already in bytes. */
  maxDocxPartMb?: number;
  /** `--previous`: last year's report. */
  previous?: string;
  /** --allow-dun-hao / --no-allow-dun-hao: wins over the config's numbering.allowDunHao. */
  allowDunHao?: boolean;
}

/** Run the command; resolves to the exit code. */
export async function runCheck(paths: string[], opts: CheckCliOptions): Promise<number> {
  const { format, maxWarnings } = opts;
  if (opts.excel === true && format !== 'csv') throw new UsageError(t('error.excelFormat', { format }));
  // The name is for standard input, which is read only for a path `-`: without one it would be quietly unused.
  if (opts.stdinFilename !== undefined && !paths.includes('-')) throw new UsageError(t('error.stdinNameWithoutDash', { name: opts.stdinFilename }));
  const read: ReadOptions = { maxFileBytes: opts.maxFileMb, maxDocxPartBytes: opts.maxDocxPartMb };
  const run = await checkFiles(paths, {
    config: opts.config, stdinName: opts.stdinFilename, read, previous: opts.previous, allowDunHao: opts.allowDunHao,
  });
  const results = opts.quiet ? errorsOnly(run.results) : run.results;
  writeStdout(await render(format, { ...run, results }, { excel: opts.excel === true, quiet: opts.quiet === true }));
  for (const f of run.skipped) say(t('check.skipped', { file: f.file, message: reasonText(f) }));
  for (const f of run.failures) say(t('check.failed', { file: f.file, message: reasonText(f) }));
  const summary = summarize(results);
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    say(t('check.maxWarnings', { warnings: plural('count.warning', summary.warnings), max: maxWarnings }));
  }
  return exitCodeOf(noticesOf({ ...run, results }), { processed: results.length, maxWarnings });
}

async function render(format: CheckFormat, run: CheckRun, options: { excel: boolean; quiet: boolean }): Promise<string> {
  switch (format) {
    case 'stylish': {
      const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
      return (await import('../format/stylish.js')).formatStylish(run.results, { color, errorsOnly: options.quiet, failed: run.failures.length });
    }
    case 'unix':
      return (await import('../format/unix.js')).formatUnix(run.results);
    case 'json':
      return (await import('../format/json.js')).formatJson(run.results, run);
    case 'sarif':
      return (await import('../format/sarif.js')).formatSarif(run, { toolVersion: await toolVersion() });
    case 'csv':
      return (await import('../format/diagnostics-csv.js')).formatDiagnosticsCsv(run.results, { bom: options.excel });
  }
}

function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
}

async function toolVersion(): Promise<string> {
  const { createRequire } = await import('node:module');
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
