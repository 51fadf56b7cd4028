/**
 * Why a file or folder was not read: the reasons the listing and the reader give, as catalogue messages (`Message`:
 * a key and its parameters). errors.csv (analyze) records them in English, whatever the locale — an output must not
 * depend on the machine that wrote it — and stderr says them in the interface language (docs/language.md).
 */
import { MessageError, reasonText, render, t, type Message } from '../messages/index.js';
import type { FileError, NoticeSeverity } from '../types.js';
import { limitInMb, sizeInMb } from './limits.js';

/** Document formats the tool is often handed but cannot read, by extension; each has its reason `reason.format.<ext>`. */
const UNSUPPORTED_EXTENSIONS = ['doc', 'dot', 'wps', 'wpt', 'rtf', 'odt', 'pdf', 'ofd', 'pages'] as const;

/** Files the tool is often handed but cannot read, by extension, with what to do instead. */
export const UNSUPPORTED_FORMATS: Readonly<Record<string, Message>> = Object.fromEntries(
  UNSUPPORTED_EXTENSIONS.map((ext) => [ext, { key: `reason.format.${ext}` as const }]),
);

export const MESSAGES = {
  wordLockFile: { key: 'reason.wordLockFile' },
  symlink: { key: 'reason.symlink' },
  isFolder: { key: 'reason.isFolder' },
  /** `kind`: what the special file is, from `kindOf`. */
  notRegular: (kind: Message): Message => ({ key: 'reason.notRegular', params: { kind } }),
  unreadableFolder: (code: string): Message => ({ key: 'reason.unreadableFolder', params: { code } }),
  /** `bytes` and `limit` in bytes; both written in MB (2^20 bytes), the limit as `--max-file-mb` would take it. */
  tooLarge: (bytes: number, limit: number, option: string): Message => ({
    key: 'reason.tooLarge',
    params: { size: sizeInMb(bytes), limit: limitInMb(limit), option },
  }),
} as const satisfies Record<string, Message | ((...args: never[]) => Message)>;

/** `<head>; skipped:` (or `not checked:`) then one line per path passed over, or `head` alone when none was. */
export function withPassedOver(head: string, label: 'skipped' | 'notChecked', passedOver: readonly { file: string; message: string; reason?: Message | undefined }[]): string {
  if (passedOver.length === 0) return head;
  const intro = t(label === 'skipped' ? 'error.withSkipped' : 'error.withNotChecked', { head });
  return `${intro}\n${passedOver.map((k) => `  ${t('error.notRead', { path: k.file, reason: reasonText(k) })}`).join('\n')}`;
}

/** The output folder is a mount point: it cannot be replaced by renaming, a folder inside it can. */
export function mountPointMessage(out: string): string {
  return t('error.mountPoint', { out, inside: `${out.replace(/\/+$/, '')}/output` });
}

/**
 * A file that was not read or analysed, its reason as data and in English (`message`, what outputs record). An
 * error unless said otherwise: `info` for a file `check` found in a folder but does not check (a .pdf beside drafts).
 */
export function fileError(file: string, stage: string, reason: Message, severity: NoticeSeverity = 'error'): FileError {
  return { file, stage, severity, fatal: true, message: render(reason, 'en'), reason };
}

/** A file that failed with `error`: its catalogue reason kept when it has one (a read refusal, a decode error). */
export function failureOf(file: string, stage: string, error: Error): FileError {
  return error instanceof MessageError ? fileError(file, stage, error.reason) : { file, stage, severity: 'error', fatal: true, message: error.message };
}
