/**
 * `--format stylish` (the default): diagnostics grouped by file, each as
 * `line:column  severity  message  rule`, then the source line (a window around the finding; for a .docx the place in Word first, `位置：页眉 第1段`) and a caret
 * line under the text found. A closing line counts the problems; a clean run says so (`✔ 3 files, no
 * problems`), so that "clean" never looks like "nothing checked" (no file at all prints nothing). The
 * interface words (severity, summary) come from the message catalogue, in the user's language.
 *
 * ```
 * corpus/a.txt
 *   4:11  error  未填写的占位符“20XX”（日期）：此处应填写具体年份  placeholder/masked-year
 *         回顾20XX年工作
 *             ^^^^^^^^
 *
 * ✖ 1 problem (1 error, 0 warnings)
 * ```
 * Carets follow terminal display width (a Han character is two columns wide). Control characters from the
 * file are shown escaped (format/terminal.ts). Colours are ANSI escapes,
 * only when `color` is true (the CLI turns them off with NO_COLOR or when stdout is not a terminal).
 */
import { summarize, type FileResult } from '../check.js';
import { plural, t } from '../messages/index.js';
import type { Diagnostic } from '../types.js';
import { terminalSafe } from './terminal.js';
import { displayWidth } from './width.js';

/** Code points shown either side of a finding in the source excerpt. */
const WINDOW = 20;

export interface StylishOptions {
  color?: boolean;
  /** Warnings were left out (`--quiet`): a clean run then says "no errors", not "no problems". */
  errorsOnly?: boolean;
  /** Files that could not be checked (reported on stderr): then a run is never called clean. */
  failed?: number;
}

/** Render results for a person reading a terminal. */
export function formatStylish(results: readonly FileResult[], options: StylishOptions = {}): string {
  const paint = painter(options.color ?? false);
  const [errorWord, warningWord] = [t('stylish.severity.error'), t('stylish.severity.warning')];
  const sevWidth = Math.max(displayWidth(errorWord), displayWidth(warningWord));
  const pad = (s: string) => s + ' '.repeat(sevWidth - displayWidth(s));
  const blocks: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const posWidth = Math.max(...r.diagnostics.map((d) => `${d.line}:${d.column}`.length));
    const indent = ' '.repeat(2 + posWidth + 2);
    const lines = [paint('4', terminalSafe(r.file, { oneLine: true }))];
    for (const d of r.diagnostics) {
      const sev = d.severity === 'error' ? paint('31', pad(errorWord)) : paint('33', pad(warningWord));
      const pos = `${d.line}:${d.column}`.padEnd(posWidth);
      lines.push(`  ${paint('2', pos)}  ${sev}  ${terminalSafe(d.message, { oneLine: true })}  ${paint('2', d.ruleId)}`);
      // A .docx: the place in Word (part and paragraph), since line:column count lines of the extracted text.
      if (d.location !== undefined) lines.push(`${indent}${paint('2', t('stylish.location', { location: terminalSafe(d.location, { oneLine: true }) }))}`);
      const source = r.lines.get(d.line);
      if (source === undefined) continue;
      const ex = excerpt(source, d);
      lines.push(`${indent}${ex.text}`);
      lines.push(`${indent}${' '.repeat(ex.caretFrom)}${paint(d.severity === 'error' ? '31' : '33', '^'.repeat(ex.caretWidth))}`);
    }
    blocks.push(lines.join('\n'));
  }
  const { files, errors, warnings } = summarize(results);
  const total = errors + warnings;
  if (files === 0 || (total === 0 && (options.failed ?? 0) > 0)) return '';
  if (total === 0) return `${paint('1;32', t(options.errorsOnly ? 'stylish.cleanErrors' : 'stylish.clean', { files: plural('count.file', files) }))}\n`;
  const tally = t('stylish.summary', {
    problems: plural('count.problem', total), errors: plural('count.error', errors), warnings: plural('count.warning', warnings),
  });
  return `${blocks.join('\n\n')}\n\n${paint(errors > 0 ? '1;31' : '1;33', tally)}\n`;
}

/**
 * A window of the source line around the diagnostic and where its carets go, in display columns.
 * A finding running past the end of its line is underlined to the end of the line.
 */
export function excerpt(source: string, d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): {
  text: string; caretFrom: number; caretWidth: number;
} {
  // Each code point is made terminal-safe on its own, so that columns still count source characters and an
  // escaped control character (`\x1B`) widens the carets' offset as it widens the line.
  const chars = Array.from(source.replace(/\t/g, ' '), (ch) => terminalSafe(ch, { oneLine: true }));
  const start = Math.min(d.column - 1, chars.length);
  const end = d.endLine > d.line ? chars.length : Math.min(Math.max(d.endColumn - 1, start), chars.length);
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(chars.length, end + WINDOW);
  const head = from > 0 ? '…' : '';
  const before = head + chars.slice(from, start).join('');
  const found = chars.slice(start, end).join('');
  const text = before + found + chars.slice(end, to).join('') + (to < chars.length ? '…' : '');
  return { text, caretFrom: displayWidth(before), caretWidth: Math.max(1, displayWidth(found)) };
}

function painter(color: boolean): (code: string, s: string) => string {
  return color ? (code, s) => `\x1b[${code}m${s}\x1b[0m` : (_code, s) => s;
}
