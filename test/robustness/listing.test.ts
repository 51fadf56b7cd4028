/**
 * Nothing is left out silently (issues 16 and 17): files in formats the tool cannot read, symbolic links,
 * FIFOs and folders that cannot be read are named with the reason, by check and analyze alike, and the rest
 * is read.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { expandPaths, listInputs, type ReadFolder } from '../../src/io/list.js';
import { render } from '../../src/messages/index.js';
import { readdir } from 'node:fs/promises';
import { runCli } from '../cli/run.js';
import { IS_ROOT, makeTree, REPORT } from './tree.js';

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('listing a folder', () => {
  it('names .doc, .pdf, .wps, Word lock files, links and FIFOs with the reason, and lists the rest', async () => {
    const dir = makeTree({ 'a.txt': REPORT, '报告 初稿.doc': 'x', 'b.pdf': 'x', 'c.wps': 'x', '~$a.docx': 'x', 'notes.csv': 'x' });
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    mkfifo(join(dir, 'pipe.txt'));
    const { files, skipped } = await listInputs(dir, ['txt', 'md', 'docx']);
    expect(files).toEqual([join(dir, 'a.txt')]);
    expect(skipped.map((k) => [k.path.slice(dir.length + 1), render(k.reason, 'en').split(',')[0]])).toEqual([
      ['b.pdf', 'PDF'],
      ['c.wps', 'WPS format (.wps)'],
      ['link.txt', 'symbolic link'],
      ['pipe.txt', 'not a regular file but a FIFO (named pipe): expected a .txt'],
      ['~$a.docx', "Word's lock file of an open document (~$…)"],
      ['报告 初稿.doc', 'old Word format (.doc)'],
    ]);
    expect(render(skipped.find((k) => k.path.endsWith('.doc'))!.reason, 'en')).toMatch(/save it as \.docx$/);
  });

  it('skips a subfolder that cannot be read and goes on (error injected: root reads any folder)', async () => {
    const dir = makeTree({ 'a.txt': REPORT, 'locked/b.txt': REPORT, 'z/c.txt': REPORT });
    const read: ReadFolder = async (d) => {
      if (d.endsWith('locked')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return readdir(d, { withFileTypes: true });
    };
    const { files, skipped } = await listInputs(dir, ['txt'], read);
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'z', 'c.txt')]);
    expect(skipped).toEqual([{ path: join(dir, 'locked'), reason: { key: 'reason.unreadableFolder', params: { code: 'EACCES' } } }]);
    expect(render(skipped[0]!.reason, 'en')).toBe('cannot read this folder (EACCES): the files in it were not read');
  });

  it.skipIf(IS_ROOT)('skips a subfolder without read permission (as a user who is not root)', async () => {
    const dir = makeTree({ 'a.txt': REPORT, 'locked/b.txt': REPORT });
    chmodSync(join(dir, 'locked'), 0o000);
    const { files, skipped } = await listInputs(dir, ['txt']);
    chmodSync(join(dir, 'locked'), 0o755);
    expect(files).toEqual([join(dir, 'a.txt')]);
    expect(skipped.map((k) => render(k.reason, 'en'))).toEqual(['cannot read this folder (EACCES): the files in it were not read']);
  });

  it('skips a folder whose path is too long for the system (ENAMETOOLONG) and lists the rest', async () => {
    const dir = makeTree({ 'a.txt': REPORT });
    // 25 levels of 200 characters: past Linux's PATH_MAX (4096), made one level at a time by the shell.
    const level = 'd'.repeat(200);
    execFileSync('sh', ['-c', `cd "$1" && for i in $(seq 25); do mkdir ${level} && cd -P ${level}; done && echo x > deep.txt`, 'sh', dir]);
    const { files, skipped } = await listInputs(dir, ['txt']);
    execFileSync('rm', ['-rf', join(dir, level)]);
    expect(files).toEqual([join(dir, 'a.txt')]);
    expect(skipped).toHaveLength(1);
    expect(render(skipped[0]!.reason, 'en')).toBe('cannot read this folder (ENAMETOOLONG): the files in it were not read');
  });

  it('expandPaths marks a given .doc or FIFO as given, and keeps other given files as they are', async () => {
    const dir = makeTree({ 'a.doc': 'x', 'b.text': REPORT });
    mkfifo(join(dir, 'p'));
    const listing = await expandPaths([join(dir, 'a.doc'), join(dir, 'b.text'), join(dir, 'p')], ['txt']);
    expect(listing.files).toEqual([join(dir, 'b.text')]);
    expect(listing.skipped.map((k) => [k.path.slice(dir.length + 1), k.given])).toEqual([['a.doc', true], ['p', true]]);
  });
});

describe('check names what it did not check', () => {
  it('exits 2 ("no files matching") when a folder holds only a .doc and a .pdf, naming both with what to do', () => {
    const dir = makeTree({ '报告 初稿.doc': 'x', 'b.pdf': 'x' });
    const run = runCli(['check', dir]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${dir}: no .txt, .md or .docx file to check; not checked:\n`);
    expect(run.stderr).toContain(`  ${dir}/报告 初稿.doc: old Word format (.doc), not read: open it in Word or WPS and save it as .docx\n`);
    expect(run.stderr).toContain(`  ${dir}/b.pdf: PDF, not supported: export its text (.txt) or save it as .docx\n`);
  });

  it('names them in Chinese with --lang zh (issue 16: every message a user reads exists in both)', () => {
    const dir = makeTree({ '报告 初稿.doc': 'x', 'b.pdf': 'x' });
    const run = runCli(['check', '--lang', 'zh', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `workreport: ${dir}：没有可检查的 .txt、.md 或 .docx 文件；未检查：\n`
      + `  ${dir}/b.pdf：PDF 格式，不支持：请导出其文字（.txt）或另存为 .docx\n`
      + `  ${dir}/报告 初稿.doc：旧版 Word 格式（.doc），未读取：请用 Word 或 WPS 打开并另存为 .docx\n`,
    );
  });

  it('in a mixed folder checks the text and names each file it skipped; a .doc given by name beside a text is exit 1', () => {
    const dir = makeTree({ 'a.txt': REPORT, 'b.doc': 'x' });
    symlinkSync(join(dir, 'a.txt'), join(dir, 'c.txt'));
    const run = runCli(['check', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `workreport: skipped ${dir}/b.doc: old Word format (.doc), not read: open it in Word or WPS and save it as .docx\n`
      + `workreport: skipped ${dir}/c.txt: symbolic link, not followed: give the file or folder it points to, or copy it in\n`,
    );
    const given = runCli(['check', join(dir, 'a.txt'), join(dir, 'b.doc')]);
    expect(given.status).toBe(1);
    expect(given.stderr).toBe(`workreport: ${dir}/b.doc: old Word format (.doc), not read: open it in Word or WPS and save it as .docx\n`);
  });

  it('refuses a FIFO given to check or outline at once instead of waiting for a writer', () => {
    const dir = makeTree({});
    mkfifo(join(dir, 'draft.txt'));
    const check = runCli(['check', join(dir, 'draft.txt')]);
    expect(check.status).toBe(2);
    expect(check.stderr).toContain(`${dir}/draft.txt: not a regular file but a FIFO (named pipe): expected a .txt, .md or .docx file`);
    const outline = runCli(['outline', join(dir, 'draft.txt')]);
    expect(outline.status).toBe(2);
    expect(outline.stderr).toBe(`workreport: ${dir}/draft.txt: not a regular file but a FIFO (named pipe): expected a .txt, .md or .docx file\n`);
  });
});

describe('analyze lists every file it did not analyse in errors.csv (stage skipped)', () => {
  it('analyses the rest, exits 1 and writes the skipped paths in path order with the failed files', () => {
    const dir = makeTree({ 'a.txt': REPORT, 'b.pdf': 'x', 'sub/c.md': REPORT, 'sub/d.doc': 'x', 'z.txt': '' });
    mkfifo(join(dir, 'sub', 'pipe.md'));
    mkdirSync(join(dir, 'sub', 'inner'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'inner', 'loop'));
    const out = join(makeTree({}), 'out');
    const run = runCli(['analyze', dir, '--out', out, '--jobs', '1', '--quiet']);
    expect(run.status).toBe(1);
    const errors = parseCsv(readFileSync(join(out, 'errors.csv'), 'utf8')).rows.map((r) => [r.file, r.stage]);
    expect(errors).toEqual([
      ['b.pdf', 'skipped'], ['sub/d.doc', 'skipped'], ['sub/inner/loop', 'skipped'], ['sub/pipe.md', 'skipped'], ['z.txt', 'decode'],
    ]);
    const docs = parseCsv(readFileSync(join(out, 'documents.csv'), 'utf8')).rows.map((r) => r.file);
    expect(docs).toEqual(['a.txt', 'sub/c.md']);
    expect(run.stderr).toContain('workreport: skipped sub/d.doc: old Word format (.doc), not read: open it in Word or WPS and save it as .docx\n');
  });

  it('writes errors.csv in English whatever the locale, byte for byte, and says the reasons on stderr in Chinese under zh', () => {
    const dir = makeTree({ 'a.txt': REPORT, 'b.pdf': 'x', 'c.txt': 'a\0b', 'd.docx': 'not a zip', 'e.docx': 'PK damaged', 'z.txt': '' });
    const analyze = (lang: string, jobs: string) => {
      const out = join(makeTree({}), 'out');
      const run = runCli(['analyze', dir, '--out', out, '--jobs', jobs, '--quiet'], { env: { LANG: lang } });
      expect(run.status).toBe(1);
      return { stderr: run.stderr, csv: readFileSync(join(out, 'errors.csv')) };
    };
    const zh = analyze('zh_CN.UTF-8', '2');
    const c = analyze('C', '1');
    expect(zh.csv.equals(c.csv)).toBe(true);
    expect(c.csv.toString('utf8')).toBe([
      'file,stage,message',
      'b.pdf,skipped,"PDF, not supported: export its text (.txt) or save it as .docx"',
      'c.txt,decode,binary content (NUL bytes) and no UTF-16 byte-order mark: expected a text file',
      'd.docx,decode,"not a valid .docx file (expected a Word document, which is a zip archive)"',
      'e.docx,decode,"not a valid .docx file (expected a Word document, which is a zip archive): the zip archive is damaged or cut short"',
      'z.txt,decode,empty file: no text to analyse',
      '',
    ].join('\n'));
    expect(zh.stderr).toBe([
      'workreport: 已跳过 b.pdf：PDF 格式，不支持：请导出其文字（.txt）或另存为 .docx',
      'workreport: 已跳过 c.txt（decode）：二进制内容（含 NUL 字节）且没有 UTF-16 字节顺序标记：应为文本文件',
      'workreport: 已跳过 d.docx（decode）：不是有效的 .docx 文件（应为 Word 文档，即 zip 压缩包）',
      'workreport: 已跳过 e.docx（decode）：不是有效的 .docx 文件（应为 Word 文档，即 zip 压缩包）：zip 压缩包已损坏或不完整',
      'workreport: 已跳过 z.txt（decode）：空文件：没有可分析的文字',
      '',
    ].join('\n'));
  });

  it('a folder with nothing readable is a usage error naming what was skipped', () => {
    const dir = makeTree({ 'a.doc': 'x' });
    const run = runCli(['analyze', dir, '--out', join(makeTree({}), 'out'), '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `workreport: ${dir}: no .txt, .md or .docx files in this folder (expected a folder of reports); skipped:\n`
      + '  a.doc: old Word format (.doc), not read: open it in Word or WPS and save it as .docx\n',
    );
  });
});
