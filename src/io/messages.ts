/**
 * What the I/O edge tells a user about a file or folder it did not read, or could not write: every such message
 * in one place, so that they can move into the message catalogue as they are.
 */

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
  unreadablePath: (code: string) => `cannot look at this path (${code})`,
  tooLarge: (bytes: number, limit: number, option: string) =>
    `${bytes >= 1e5 ? (bytes / 1e6).toFixed(1) : Number((bytes / 1e6).toPrecision(2))} MB, larger than the ${limit} MB limit for one file: raise it with ${option} <n> if this file is meant to be read`,
  noSuchPath: (path: string) => `${path}: no such file or folder`,
  diskFull: (what: string) => `disk full while writing ${what}: free some space (or choose another --out) and run again`,
  lostRace: (out: string) =>
    `--out ${out}: another run wrote its output there at the same time; this run's output was discarded: run again, or use another --out`,
  mountPoint: (out: string) =>
    `--out ${out}: is a mount point (a container volume?); the output folder is replaced by renaming, which a mount point does not allow: write into a folder inside it, e.g. --out ${out.replace(/\/+$/, '')}/output`,
  nothingToCheck: (paths: readonly string[]) => `no .txt, .md or .docx file to check in ${paths.join(' ')}`,
  noDocuments: (dir: string) => `${dir}: no .txt, .md or .docx files in this folder (expected a folder of reports)`,
  /** `<head>; <label>:` then one line per path passed over, or `head` alone when none was. */
  withPassedOver: (head: string, label: 'skipped' | 'not checked', passedOver: readonly { file: string; message: string }[]) =>
    passedOver.length === 0 ? head : `${head}; ${label}:\n${passedOver.map((k) => `  ${k.file}: ${k.message}`).join('\n')}`,
  insideOutput: (option: string, file: string, out: string) =>
    `${option} ${file}: is inside the output folder ${out}, which this run replaces: move it out of ${out} first`,
} as const;
