/**
 * Why a file or folder was not read: the reasons the listing and the reader give, which go into errors.csv (analyze)
 * as well as onto stderr. They stay English on purpose, as the reasons a file could not be decoded do (README,
 * "Chinese or English"): an output must not depend on the locale of the machine that wrote it. Every other message
 * of the I/O edge (a missing path, a full disk, the output folder) is in the message catalogue (`src/messages/`).
 */
import { t } from '../messages/index.js';
import { BYTES_PER_MB } from './limits.js';

/** Files the tool is often handed but cannot read, by extension, with what to do instead. */
export const UNSUPPORTED_FORMATS: Readonly<Record<string, string>> = {
  doc: 'old Word format (.doc), not read: open it in Word or WPS and save it as .docx',
  dot: 'old Word template (.dot), not read: save the document as .docx',
  wps: 'WPS format (.wps), not read: open it in WPS and save it as .docx',
  wpt: 'WPS template (.wpt), not read: save the document as .docx',
  rtf: 'RTF, not read: save it as .docx or .txt',
  odt: 'OpenDocument text (.odt), not read: save it as .docx',
  pdf: 'PDF, not supported: export its text (.txt) or save it as .docx',
  ofd: 'OFD, not supported: export its text (.txt) or save it as .docx',
  pages: 'Pages document, not read: export it as .docx',
};

export const MESSAGES = {
  wordLockFile: "Word's lock file of an open document (~$…), not a report: close the document in Word",
  symlink: 'symbolic link, not followed: give the file or folder it points to, or copy it in',
  isFolder: 'is a folder: expected a .txt, .md or .docx file',
  notRegular: (kind: string) => `not a regular file but ${kind}: expected a .txt, .md or .docx file`,
  unreadableFolder: (code: string) => `cannot read this folder (${code}): the files in it were not read`,
  /** `bytes` and `limit` in bytes; both written in MB (2^20 bytes), the limit as `--max-file-mb` would take it. */
  tooLarge: (bytes: number, limit: number, option: string) =>
    `${sizeInMb(bytes)} MB, larger than the ${Number((limit / BYTES_PER_MB).toPrecision(3))} MB limit for one file: raise it with ${option} <n> if this file is meant to be read`,
} as const;

/** A size in MB: one decimal from 0.1 MB, two significant digits below (a tiny limit in a test). */
function sizeInMb(bytes: number): string {
  const mb = bytes / BYTES_PER_MB;
  return mb >= 0.1 ? mb.toFixed(1) : String(Number(mb.toPrecision(2)));
}

/** `<head>; skipped:` (or `not checked:`) then one line per path passed over, or `head` alone when none was. */
export function withPassedOver(head: string, label: 'skipped' | 'notChecked', passedOver: readonly { file: string; message: string }[]): string {
  if (passedOver.length === 0) return head;
  const intro = t(label === 'skipped' ? 'error.withSkipped' : 'error.withNotChecked', { head });
  return `${intro}\n${passedOver.map((k) => `  ${k.file}: ${k.message}`).join('\n')}`;
}

/** The output folder is a mount point: it cannot be replaced by renaming, a folder inside it can. */
export function mountPointMessage(out: string): string {
  return t('error.mountPoint', { out, inside: `${out.replace(/\/+$/, '')}/output` });
}
