/**
 * The built CLI in Chinese and English: the language follows LC_ALL, LC_MESSAGES, LANG (zh… → Chinese), and
 * `--lang zh|en` on any command overrides it. Findings' messages are Chinese in both.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { runCli } from './run.js';

let tmp: string;
const ZH = { LANG: 'zh_CN.UTF-8' };

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'workreport-cli-i18n-'));
  await writeFile(join(tmp, 'clean.txt'), '政协全体会议圆满完成各项议程。\n');
  await writeFile(join(tmp, 'clean2.txt'), '常委会议圆满完成各项议程。\n');
  await writeFile(join(tmp, 'clean3.txt'), '主席会议圆满完成各项议程。\n');
  await writeFile(join(tmp, 'draft.txt'), '一、主要工作\n召开会议XX次。\n三、下步打算\n');
  await writeFile(join(tmp, 'bad.json'), JSON.stringify({ rules: { 'blank-slot': 'loud' } }));
  await writeFile(join(tmp, 'worse.json'), JSON.stringify({
    rulez: {}, numbering: { allowDunHao: 'yes' }, patterns: [{ id: 'A b', pattern: 'x' }, { id: 'x', pattern: 'a' }, { id: 'x', pattern: 'b' }],
  }));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: tmp, env });

describe('check in Chinese', () => {
  it('prints the findings, severities and summary line in Chinese under a zh locale', () => {
    expect(cli(['check', 'draft.txt', 'clean.txt'], ZH)).toEqual({
      status: 1,
      stdout: [
        'draft.txt',
        '  2:5  错误  未填写的占位符“XX”（数量）：此处应填写具体数字  placeholder/letter-mask',
        '       召开会议XX次。',
        '               ^^',
        '  3:1  警告  第1级编号跳号：“一、”之后是“三、”，缺少“二、”  numbering/skip',
        '       三、下步打算',
        '       ^^^^',
        '',
        '✖ 2 个问题（1 个错误，1 个警告）',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('says a clean run is clean, and words --max-warnings and config errors in Chinese', () => {
    expect(cli(['check', 'clean.txt', 'clean2.txt', 'clean3.txt'], ZH)).toEqual({ status: 0, stdout: '✔ 3 个文件未发现问题\n', stderr: '' });
    expect(cli(['check', 'draft.txt', '--max-warnings', '0', '--format', 'unix'], ZH).stderr).toBe(
      'workreport: 1 个警告，超过 --max-warnings 所允许的 0 个\n',
    );
    expect(cli(['check', 'clean.txt', '--config', 'bad.json'], ZH)).toEqual({
      status: 2, stdout: '', stderr: 'workreport: bad.json：配置无效：\n  rules["blank-slot"]: 应为以下之一："off", "warn", "error"，实际为 "loud"\n',
    });
    expect(cli(['check', 'clean.txt', '--max-warnings', 'many'], ZH).stderr).toBe('workreport: 选项“--max-warnings <n>”的取值“many”无效：应为整数（-1 表示不限），实际为“many”\n');
    expect(cli(['check', 'clean.txt', '--format', 'xml'], ZH)).toEqual({
      status: 2, stdout: '', stderr: 'workreport: --format：应为以下之一：stylish, unix, json, sarif, csv，实际为“xml”\n',
    });
  });

  it('words every problem of an invalid config in Chinese', () => {
    expect(cli(['check', 'clean.txt', '--config', 'worse.json'], ZH).stderr).toBe([
      'workreport: worse.json：配置无效：',
      '  numbering.allowDunHao: 应为“boolean”类型，实际为 "yes"',
      '  patterns[0].id: 应为小写字母、数字和 -，如 "tbd"',
      '  patterns[2].id: 重复的模式 id "x"',
      '  未知的键 "rulez"',
      '',
    ].join('\n'));
  });

  it('translates commander: help titles and descriptions, unknown options', () => {
    const help = cli(['check', '--help'], ZH);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^用法：workreport check \[options\] <paths\.\.\.>\n\n像 linter 一样检查草稿中未填写的占位符/);
    expect(help.stdout).toContain('\n选项：\n');
    expect(help.stdout).toContain('-f, --format <format>    输出格式：stylish、unix、json、sarif 或 csv（默认："stylish"）\n');
    expect(help.stdout).toContain('-h, --help               显示命令的帮助\n');
    expect(cli(['check', '--fromat', 'x', 'a'], ZH)).toEqual({ status: 2, stdout: '', stderr: 'workreport: 未知的选项“--fromat”\n（是否想输入 --format？）\n' });
  });
});

describe('choosing the language', () => {
  it('--lang en on a zh locale, --lang zh on an English one, on every command', () => {
    expect(cli(['check', 'clean.txt', '--lang', 'en'], ZH).stdout).toBe('✔ 1 file, no problems\n');
    expect(cli(['--lang=zh', 'check', 'clean.txt']).stdout).toBe('✔ 1 个文件未发现问题\n');
    expect(cli(['outline', 'draft.txt', '--lang', 'zh']).stdout).toContain('\n2 个标题 · 1 个引领句 · 0 个列举项\n编号：1 个警告\n');
    expect(cli(['schema', 'nope', '--lang', 'zh']).stderr).toMatch(/^workreport: 未知的 schema“nope”，应为以下之一：adoption\.csv, collocations\.csv, corpus_terms\.csv/);
    expect(cli(['kwic', '不存在', '.', '--lang', 'zh']).stderr).toBe('workreport: kwic：在 . 下的 4 篇文档中没有找到 不存在\n');
    expect(cli(['analyze', '--help', '--lang', 'zh']).stdout).toMatch(/\n {2}-o, --out <dir> +输出文件夹（默认："output"）\n/);
  });

  it('follows LC_ALL before LC_MESSAGES before LANG', () => {
    expect(cli(['check', 'clean.txt'], { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }).stdout).toBe('✔ 1 file, no problems\n');
    expect(cli(['check', 'clean.txt'], { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }).stdout).toBe('✔ 1 个文件未发现问题\n');
    expect(cli(['check', 'clean.txt'], { LC_ALL: 'zh_TW.UTF-8' }).stdout).toBe('✔ 1 个文件未发现问题\n');
  });

  it('rejects a language the catalogue does not have (exit 2)', () => {
    expect(cli(['check', 'clean.txt', '--lang', 'fr'])).toEqual({ status: 2, stdout: '', stderr: 'workreport: --lang: unknown language "fr": expected zh or en\n' });
  });
});

describe('the Chinese example run in docs/commands/check.md', () => {
  it('is what check prints on that draft today', async () => {
    const readme = await readFile(join(ROOT, 'docs', 'commands', 'check.md'), 'utf8');
    const block = /\$ cat drafts\/工作报告\.txt\n([\s\S]*?)\n\n\$ npx workreport check drafts\/\n([\s\S]*?)\$ echo \$\?\n(\d)\n\n\$ npx workreport check drafts\/会议纪要\.txt\n(.*)\n/.exec(readme);
    expect(block).not.toBeNull();
    const [, draft, output, status, clean] = block!;
    await mkdir(join(tmp, 'drafts'));
    await writeFile(join(tmp, 'drafts', '工作报告.txt'), `${draft}\n`);
    await writeFile(join(tmp, 'drafts', '会议纪要.txt'), '政协全体会议圆满完成各项议程。\n');
    expect(cli(['check', 'drafts/'], ZH)).toEqual({ status: Number(status), stdout: output, stderr: '' });
    expect(cli(['check', 'drafts/会议纪要.txt'], ZH).stdout).toBe(`${clean}\n`);
  });
});
