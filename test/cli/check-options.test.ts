/**
 * The built CLI: `check --allow-dun-hao` / `--no-allow-dun-hao` and the config's `numbering.allowDunHao`
 * (1、 is accepted by default: published reports write it).
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
