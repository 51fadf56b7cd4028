/**
 * The built CLI: `check --allow-dun-hao` / `--no-allow-dun-hao` and the config's `numbering.allowDunHao`
 * (1、 is accepted by default: published reports write it); block suppression directives and unknown ones.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run.js';

let tmp: string;
const DRAFT = '一、总体要求\n1、加强学习\n2、改进作风\n';
const PUNCTUATION = [
  'strict/a.txt:2:1: warning: 编号“1、”的标点不规范，应为“1.” [numbering/punctuation]',
  'strict/a.txt:3:1: warning: 编号“2、”的标点不规范，应为“2.” [numbering/punctuation]',
].join('\n');

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'workreport-cli-options-'));
  await mkdir(join(tmp, 'strict'));
  await writeFile(join(tmp, 'a.txt'), DRAFT);
  await writeFile(join(tmp, 'strict', 'a.txt'), DRAFT);
  await writeFile(join(tmp, 'strict', 'workreport.config.json'), JSON.stringify({ numbering: { allowDunHao: false } }));
  await writeFile(join(tmp, 'block.md'), [
    '<!-- workreport-disable placeholder/letter-mask -->', '实施X计划，X县', '<!-- workreport-enable -->', '在X县召开',
    '<!-- workreport-disable-nextline -->', '某某同志', '',
  ].join('\n'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const check = (args: string[]) => runCli(['check', '--format', 'unix', ...args], { cwd: tmp });

describe('check: 1、 in level-3 headings', () => {
  it('is accepted by default', () => {
    expect(check(['a.txt'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is reported under a config with numbering.allowDunHao false, unless --allow-dun-hao', () => {
    expect(check(['strict/a.txt'])).toEqual({ status: 0, stdout: `${PUNCTUATION}\n`, stderr: '' });
    expect(check(['strict/a.txt', '--allow-dun-hao'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is reported with --no-allow-dun-hao whatever the config says', () => {
    expect(check(['a.txt', '--no-allow-dun-hao']).stdout).toBe(`${PUNCTUATION.replaceAll('strict/', '')}\n`);
  });
});

describe('check: suppression directives', () => {
  it('silences a block from disable to enable, and warns about a directive it does not know', () => {
    expect(check(['block.md'])).toEqual({
      status: 1,
      stdout: [
        'block.md:4:2: error: 未填写的占位符“X”（地区）：此处应填写具体地名 [placeholder/letter-mask]',
        'block.md:5:1: warning: 未知的抑制指令“workreport-disable-nextline”，它不会生效：可用的指令有 workreport-disable-next-line、'
          + 'workreport-disable-line、workreport-disable、workreport-enable [suppression/unknown]',
        'block.md:6:1: error: 未填写的占位符“某某”（名称）：此处应填写具体名称 [placeholder/mou]',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
