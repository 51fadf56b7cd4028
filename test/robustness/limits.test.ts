/**
 * One file too large to read is a failed file, reported with the limit and the option that raises it, never
 * the end of the batch: the size is checked before a byte is read or decoded.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { runCli } from '../cli/run.js';
import { makeTree, REPORT } from './tree.js';

/** One MB as the limits count it (2^20 bytes, as --max-docx-part-mb does). */
const MB = 1024 * 1024;

/** Write at least `mb` MB of report text to `path` in pieces of whole reports (valid UTF-8 that today's reader would decode). */
function writeBigText(path: string, mb: number): void {
  const piece = Buffer.from(REPORT.repeat(10_000), 'utf8');
  const fd = openSync(path, 'w');
  for (let written = 0; written < mb * 1e6;) written += writeSync(fd, piece);
  closeSync(fd);
}

describe('--max-file-mb', () => {
  it('a 200 MB text file with --jobs 2 is listed in errors.csv with the limit, and the batch finishes', () => {
    const dir = makeTree({ 'a.txt': REPORT });
    writeBigText(join(dir, 'big.txt'), 200);
    const out = join(makeTree({}), 'out');
    try {
      const run = runCli(['analyze', dir, '--out', out, '--jobs', '2', '--quiet']);
      expect(run.status).toBe(1);
      const size = (statSync(join(dir, 'big.txt')).size / MB).toFixed(1);
      const message = `${size} MB, larger than the 128 MB limit for one file: raise it with --max-file-mb <n> if this file is meant to be read`;
      expect(run.stderr).toBe(`workreport: skipped big.txt (read): ${message}\n`);
      expect(parseCsv(readFileSync(join(out, 'errors.csv'), 'utf8')).rows).toEqual([{ file: 'big.txt', stage: 'read', message }]);
      expect(parseCsv(readFileSync(join(out, 'documents.csv'), 'utf8')).rows.map((r) => r.file)).toEqual(['a.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check, kwic and outline refuse a file over the limit with the same message, and a raised limit reads it', () => {
    const dir = makeTree({ 'a.txt': REPORT.repeat(20) });
    const file = join(dir, 'a.txt');
    const mb = Number((statSync(file).size / MB).toPrecision(2));
    const message = `${mb} MB, larger than the 0.001 MB limit for one file: raise it with --max-file-mb <n> if this file is meant to be read`;
    const check = runCli(['check', file, '--max-file-mb', '0.001']);
    expect(check.status).toBe(2);
    expect(check.stderr).toBe(`workreport: ${file}: ${message}\n`);
    const kwic = runCli(['kwic', '协商', dir, '--max-file-mb', '0.001']);
    // The corpus's only file was not read: nothing could be searched, so 2, as check.
    expect(kwic.status).toBe(2);
    expect(kwic.stderr).toContain(`workreport: skipped a.txt: ${message}\n`);
    const outline = runCli(['outline', file, '--max-file-mb', '0.001']);
    expect(outline.stderr).toBe(`workreport: ${file}: ${message}\n`);
    expect(runCli(['check', file, '--max-file-mb', '1']).status).toBe(0);
    expect(runCli(['check', file, '--max-file-mb', 'lots']).stderr).toContain('expected a number of megabytes greater than 0, got "lots"');
  });
});
