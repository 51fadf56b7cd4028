import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFiles, summarize, type CheckOptions, type CheckRun } from '../src/check.js';
import { UsageError } from '../src/errors.js';
import { docOf, LETTER_RULE, NUMBERING_RULES } from './check-fakes.js';
import { buildDocx } from './docx-builder.js';

let tmp: string;
const fakes: CheckOptions = { rules: [LETTER_RULE], documentRules: [NUMBERING_RULES] };
const brief = (run: CheckRun) => run.results.map((r) => [
  relative(tmp, r.file),
  ...r.diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.severity} ${d.ruleId} ${d.text}`),
]);

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'workreport-check-'));
  await mkdir(join(tmp, 'drafts', 'sub'), { recursive: true });
  await mkdir(join(tmp, 'bad-config'), { recursive: true });
  await writeFile(join(tmp, 'workreport.config.json'), JSON.stringify({ allow: ['X光'] }));
  await writeFile(join(tmp, 'drafts', 'a.txt'), 'X县政协\r\n拍摄X光片\r\n');
  await writeFile(join(tmp, 'drafts', 'bad.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01]));
  await writeFile(join(tmp, 'drafts', 'notes.csv'), 'X,Y\n');
  // Word split the placeholder XX across two runs; paragraph 2 is line 2.
  await writeFile(join(tmp, 'drafts', 'c.docx'), await buildDocx([['一、总体情况'], ['召开', 'X', 'X次会议，拍摄X光片'], ['二、主要工作']]));
  await writeFile(join(tmp, 'drafts', 'sub', 'workreport.config.json'), JSON.stringify({ rules: { 'placeholder/test-letter': 'warn' } }));
  await writeFile(join(tmp, 'drafts', 'sub', 'b.md'), '---\ntitle: X\n---\n## 二、**XX**工作\n拍摄X光片\n');
  await writeFile(join(tmp, 'bad-config', 'workreport.config.json'), JSON.stringify({ rules: { 'placeholder/none': 'off' } }));
  await writeFile(join(tmp, 'bad-config', 'd.txt'), '正文');
  await mkdir(join(tmp, 'stale-off'), { recursive: true });
  await writeFile(join(tmp, 'stale-off', 'workreport.config.json'), JSON.stringify({ rules: { 'stale/unchanged-sentence': 'off' } }));
  await writeFile(join(tmp, 'stale-off', 'e.txt'), '召开X次会议\n');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('checkFiles', () => {
  it('walks folders (.txt .md .docx), applies the nearest config per file, and goes on past an unreadable file', async () => {
    const run = await checkFiles([join(tmp, 'drafts')], fakes);
    expect(brief(run)).toEqual([
      ['drafts/a.txt', '1:1-2 error placeholder/test-letter X'],
      ['drafts/c.docx', '2:3-5 error placeholder/test-letter XX', '3:1-3 warning numbering/test 二、'],
      [
        'drafts/sub/b.md', '2:8-9 warning placeholder/test-letter X', '4:4-6 warning numbering/test 二、',
        '4:8-10 warning placeholder/test-letter XX', '5:3-4 warning placeholder/test-letter X',
      ],
    ]);
    expect(run.failures).toEqual([{
      file: join(tmp, 'drafts', 'bad.txt'), stage: 'read', severity: 'error', fatal: true,
      message: 'binary content (NUL bytes) and no UTF-16 byte-order mark: expected a text file',
      reason: { key: 'decode.binary' },
    }]);
    expect(summarize(run.results)).toEqual({ files: 3, errors: 2, warnings: 5 });
    expect(run.rules.map((r) => r.id)).toEqual(['numbering/test', 'placeholder/test-letter', 'suppression/unknown', 'suppression/unused']);
  });

  it('checks each file once, under the name and in the place it was first given', async () => {
    const a = join(tmp, 'drafts', 'a.txt');
    const once = await checkFiles([join(tmp, 'drafts')], fakes);
    const twice = await checkFiles([join(tmp, 'drafts'), a, join(tmp, 'drafts', 'sub', '..', 'a.txt'), relative(process.cwd(), a)], fakes);
    expect(brief(twice)).toEqual(brief(once));
    expect(brief(twice).map((r) => r[0])).toEqual(['drafts/a.txt', 'drafts/c.docx', 'drafts/sub/b.md']);
    expect(twice.failures.map((f) => relative(tmp, f.file))).toEqual(['drafts/bad.txt']);
    expect(summarize(twice.results)).toEqual({ ...summarize(once.results), files: 3 });
    const fileFirst = await checkFiles([join(tmp, 'drafts', 'sub', 'b.md'), join(tmp, 'drafts', 'sub')], fakes);
    expect(fileFirst.results.map((r) => relative(tmp, r.file))).toEqual(['drafts/sub/b.md']);
    const bytes = new TextEncoder().encode('X\n');
    let reads = 0;
    const stdin = await checkFiles(['-', '-'], { ...fakes, readStdin: async () => (reads++, bytes) });
    expect([stdin.results.length, reads]).toEqual([1, 1]);
  });

  it('keeps the source lines diagnostics start on (for the caret display)', async () => {
    const run = await checkFiles([join(tmp, 'drafts', 'a.txt'), join(tmp, 'drafts', 'c.docx')], fakes);
    expect([...run.results[0]!.lines]).toEqual([[1, 'X县政协']]);
    expect([...run.results[1]!.lines]).toEqual([[2, '召开XX次会议，拍摄X光片'], [3, '二、主要工作']]);
  });

  it('uses one --config for every file instead of the nearest', async () => {
    const run = await checkFiles([join(tmp, 'drafts', 'sub', 'b.md')], { ...fakes, config: join(tmp, 'workreport.config.json') });
    expect(brief(run)).toEqual([[
      'drafts/sub/b.md', '2:8-9 error placeholder/test-letter X', '4:4-6 warning numbering/test 二、', '4:8-10 error placeholder/test-letter XX',
    ]]);
  });

  it('reads - from standard input, named and configured by --stdin-filename', async () => {
    const bytes = new TextEncoder().encode('## 二、X县\n');
    const named = await checkFiles(['-'], { ...fakes, stdinName: join(tmp, 'drafts', 'sub', 'draft.md'), readStdin: async () => bytes });
    expect(brief(named)).toEqual([['drafts/sub/draft.md', '1:4-6 warning numbering/test 二、', '1:6-7 warning placeholder/test-letter X']]);
    const plain = await checkFiles(['-'], { ...fakes, readStdin: async () => bytes });
    expect(plain.results.map((r) => [r.file, r.diagnostics.map((d) => `${d.line}:${d.column}`)])).toEqual([['-', ['1:6']]]);
  });

  it('fails before checking on a missing path, no path, or an invalid config', async () => {
    await expect(checkFiles([join(tmp, 'drafts'), join(tmp, 'nope.txt')], fakes)).rejects.toThrow(new UsageError(`${join(tmp, 'nope.txt')}: no such file or folder`));
    await expect(checkFiles([], fakes)).rejects.toThrow(/no paths given/);
    await expect(checkFiles([join(tmp, 'bad-config')], fakes)).rejects.toThrow(
      `${join(tmp, 'bad-config', 'workreport.config.json')}: rules: unknown rule id "placeholder/none": expected one of numbering/test, placeholder/test-letter, stale/unchanged-sentence, suppression/unknown, suppression/unused`);
  });

  it('accepts a config that turns stale/unchanged-sentence off, with or without previous', async () => {
    const file = join(tmp, 'stale-off', 'e.txt');
    const ids = ['numbering/test', 'placeholder/test-letter', 'suppression/unknown', 'suppression/unused'];
    const without = await checkFiles([file], fakes);
    expect(brief(without)).toEqual([['stale-off/e.txt', '1:3-4 error placeholder/test-letter X']]);
    expect(without.rules.map((r) => r.id)).toEqual(ids);
    const withPrevious = await checkFiles([file], { ...fakes, previous: file });
    expect(brief(withPrevious)).toEqual([['stale-off/e.txt', '1:3-4 error placeholder/test-letter X']]);
    expect(withPrevious.rules.map((r) => r.id)).toEqual([...ids.slice(0, 2), 'stale/unchanged-sentence', ...ids.slice(2)]);
  });
});

describe('docOf (test helper) and .docx lines', () => {
  it('reads a .docx paragraph as one line, runs joined', async () => {
    const run = await checkFiles([join(tmp, 'drafts', 'c.docx')], { rules: [LETTER_RULE] });
    expect(run.results[0]!.diagnostics[0]).toMatchObject({ text: 'XX', line: 2, column: 3, endColumn: 5, context: '一、总体情况 召开XX次会议，拍摄X光片' });
    expect(docOf('X').format).toBe('txt');
  });
});
