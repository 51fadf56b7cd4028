/**
 * `workreport outline <file>`: read one report, print its heading tree (or JSON) with the numbering
 * issues. Never loads nodejieba.
 *
 * Exit codes (cli/exit-code.ts): 0 the outline was printed (numbering issues are warnings and do not change it)
 * · 2 usage error, or a file that cannot be read or decoded.
 */
import type { OutlineFormat } from '../choices.js';
import { unsupportedReason } from '../io/list.js';
import { readDocument } from '../io/read.js';
import type { ReportDoc } from '../types.js';
import { UsageError } from './errors.js';
import { exitCodeOf } from './exit-code.js';
import { reasonText, render, t } from '../messages/index.js';
import { writeStdout } from './stdout.js';

export interface OutlineCliOptions {
  /** Checked by commander (main.ts). */
  format: OutlineFormat;
  allowDunHao?: boolean;
  /** `--max-file-mb`, already in bytes. */
  maxFileMb?: number;
}

/** Run the command; resolves to the exit code. */
export async function runOutline(file: string, opts: OutlineCliOptions): Promise<number> {
  const doc = await read(file, opts.maxFileMb);
  const { outlineReport } = await import('../pipeline/outline/report.js');
  const report = outlineReport(doc, file, opts.allowDunHao === undefined ? {} : { allowDunHao: opts.allowDunHao });
  const text = opts.format === 'json'
    ? (await import('../format/outline-json.js')).formatOutlineJson(report)
    : (await import('../format/outline-text.js')).formatOutlineText(report);
  writeStdout(text);
  return exitCodeOf(report.issues, { processed: 1 });
}

async function read(file: string, maxFileMb: number | undefined): Promise<ReportDoc> {
  const unsupported = unsupportedReason(file);
  if (unsupported !== undefined) throw new UsageError(t('error.notRead', { path: file, reason: render(unsupported) }));
  try {
    return await readDocument(file, process.cwd(), undefined, { maxFileBytes: maxFileMb });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new UsageError(t('error.noSuchFile', { path: file }));
    if (err.code === 'EISDIR') throw new UsageError(t('error.isFolder', { path: file }));
    if (err.name === 'ReadRefusal') throw new UsageError(t('error.notRead', { path: file, reason: reasonText(err) }));
    throw new UsageError(t('error.cannotReadPath', { path: file, reason: reasonText(err) }));
  }
}
