/**
 * The largest inflated .docx part: checked from the zip's declared sizes before inflating, enforced while
 * inflating (declared sizes can lie), raised with --max-docx-part-mb; a per-file error in check and analyze.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { readDocx } from '../../src/io/docx.js';
import { runCli } from '../cli/run.js';
import { buildDocx } from '../docx-builder.js';
import { docxBomb } from '../zip-bomb.js';

const MB = 1024 * 1024;
const LIMIT_1GB = 'word/document.xml inflates to 1024.0 MB, more than the limit of 100 MB for one part of a .docx (raise it with --max-docx-part-mb)';

describe('readDocx: the largest inflated part', () => {
  it('refuses a 1 GB bomb (1 MB on disk) from its declared size, before inflating, naming the part, size, limit and option', async () => {
    const bomb = docxBomb(1024);
    expect(bomb.length).toBeLessThan(1.1 * MB);
    await expect(readDocx(bomb)).rejects.toThrow(LIMIT_1GB);
  });

  it('stops a part that inflates to more than its zip entry declares', async () => {
    await expect(readDocx(docxBomb(64, 1000))).rejects.toThrow(
      'not a valid .docx file (expected a Word document, which is a zip archive): word/document.xml inflates to more than the 1000 bytes its zip entry declares: the file is damaged or built to exhaust memory',
    );
  });

  it('reads a part up to the limit given, and refuses it under a smaller one', async () => {
    const three = docxBomb(3);
    await expect(readDocx(three, 2 * MB)).rejects.toThrow(
      'word/document.xml inflates to 3.0 MB, more than the limit of 2 MB for one part of a .docx (raise it with --max-docx-part-mb)',
    );
    expect((await readDocx(three, 4 * MB)).source.length).toBe(3 * MB);
  });

  it('writes a tiny limit and size as given, not as 0.0 MB', async () => {
    await expect(readDocx(await buildDocx([['政协委员视察。'.repeat(200)]]), 0.001 * MB)).rejects.toThrow(
      /word\/document\.xml inflates to 0\.00\d+ MB, more than the limit of 0\.001 MB/,
    );
  });
});

describe('--max-docx-part-mb on check and analyze', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wr-docx-limit-'));
    writeFileSync(join(dir, 'bomb.docx'), docxBomb(1024));
    writeFileSync(join(dir, 'three.docx'), docxBomb(3));
  });

  it('check: a file error naming the part (exit 2), the other files still checked; the option raises the limit', () => {
    const r = runCli(['check', 'bomb.docx', 'three.docx', '--format', 'unix', '--max-docx-part-mb', '2'], { cwd: dir });
    expect(r).toEqual({
      status: 2, stdout: '',
      stderr: 'workreport: bomb.docx: word/document.xml inflates to 1024.0 MB, more than the limit of 2 MB for one part of a .docx (raise it with --max-docx-part-mb)\n'
        + 'workreport: three.docx: word/document.xml inflates to 3.0 MB, more than the limit of 2 MB for one part of a .docx (raise it with --max-docx-part-mb)\n',
    });
    expect(runCli(['check', 'three.docx', '--max-docx-part-mb', '3.5'], { cwd: dir })).toEqual({ status: 0, stdout: '✔ 1 file, no problems\n', stderr: '' });
    expect(runCli(['check', 'bomb.docx'], { cwd: dir }).stderr).toBe(`workreport: bomb.docx: ${LIMIT_1GB}\n`);
    expect(runCli(['check', 'three.docx', '--max-docx-part-mb', 'lots'], { cwd: dir }).stderr)
      .toBe('workreport: option \'--max-docx-part-mb <n>\' argument \'lots\' is invalid: expected a number of megabytes greater than 0, got "lots"\n');
  });

  it('analyze: the bomb is a row of errors.csv with the limit and the option, the rest is analysed (exit 1)', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'bomb.docx'), docxBomb(1024));
    writeFileSync(join(corpus, 'report.docx'), await buildDocx([['一、主要工作'], ['全年召开常委会议6次。']]));
    const out = join(dir, 'out');
    const r = runCli(['analyze', corpus, '--out', out, '--jobs', '2', '--quiet']);
    expect(r.status).toBe(1);
    expect(parseCsv(readFileSync(join(out, 'errors.csv'), 'utf8')).rows).toEqual([{ file: 'bomb.docx', stage: 'decode', message: LIMIT_1GB }]);
    expect(parseCsv(readFileSync(join(out, 'documents.csv'), 'utf8')).rows.map((row) => row.file)).toEqual(['report.docx']);
  });
});
