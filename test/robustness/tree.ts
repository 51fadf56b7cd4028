/** Small corpora built in a test's temporary folder: no committed fixtures, nothing read from ../shared. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A short report in the genre's own words (written for these tests). */
export const REPORT = '政协青山县委员会常务委员会工作报告\n一、加强协商议政\n（一）围绕中心工作，组织委员开展视察调研，提出意见建议。\n';

/** A new temporary folder holding `files` (relative path → text or bytes); returns its path. */
export function makeTree(files: Readonly<Record<string, string | Uint8Array>>, prefix = 'wr-robust-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** True when this process may mount file systems (root on Linux, as CI runs). */
export const IS_ROOT = process.getuid?.() === 0;
