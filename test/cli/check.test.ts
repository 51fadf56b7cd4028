/**
 * The built CLI end to end (`npm test` builds first): exit codes, standard input, formats on the wire,
 * the sample corpus against the gold, and that `check` never loads nodejieba.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, GOLD, readJson, ROOT } from '../helpers.js';
import { JIEBA_PROBE } from './jieba-probe.js';

const BIN = join(ROOT, 'bin', 'workreport.js');
let tmp: string;

function cli(args: string[], options: { cwd?: string; input?: string; nodeArgs?: string[] } = {}) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  // English messages whatever the machine's locale.
  Object.assign(env, { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' });
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? tmp, input: options.input ?? '', encoding: 'utf8', env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'workreport-cli-check-'));
  // A custom pattern gives findings that do not depend on the built-in rules' fine print.
  await writeFile(join(tmp, 'workreport.config.json'), JSON.stringify({ patterns: [{ id: 'tbd', pattern: '待定', kind: 'other' }] }));
  await writeFile(join(tmp, 'warn.json'), JSON.stringify({ rules: { 'placeholder/custom-tbd': 'warn' }, patterns: [{ id: 'tbd', pattern: '待定' }] }));
  await writeFile(join(tmp, 'invalid.json'), JSON.stringify({ rules: { 'blank-slot': 'loud' } }));
  await writeFile(join(tmp, 'stale-off.json'), JSON.stringify({ rules: { 'stale/unchanged-sentence': 'off' } }));
  await writeFile(join(tmp, 'both.json'), JSON.stringify({ rules: { 'blank-slot': 'warning', 'placeholder/nope': 'warn' } }));
  await writeFile(join(tmp, 'clean.txt'), '政协全体会议圆满完成各项议程。\n');
  await writeFile(join(tmp, 'draft.txt'), '会议时间待定。\n');
  await writeFile(join(tmp, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
  await writeFile(join(tmp, 'empty.txt'), ' \n\n');
  await writeFile(join(tmp, 'renamed.docx'), '会议时间待定。\n');
  await writeFile(join(tmp, 'skip.txt'), '关于政协工作的报告\n一、主要工作\n会议时间待定。\n三、下步打算\n继续努力。\n');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('workreport check: exit codes', () => {
  it('0 when nothing is found', () => {
    expect(cli(['check', 'clean.txt'])).toEqual({ code: 0, stdout: '✔ 1 file, no problems\n', stderr: '' });
  });

  it('1 when an error-level finding is reported', () => {
    const r = cli(['check', 'draft.txt', 'clean.txt', '--format', 'unix']);
    expect(r).toEqual({ code: 1, stdout: 'draft.txt:1:5: error: 未填写的占位符“待定”（其他）：此处应填写具体内容 [placeholder/custom-tbd]\n', stderr: '' });
  });

  it('2 for a missing path, an invalid config, an unknown format, or a file that cannot be read when it is the only one', () => {
    expect(cli(['check', 'nope.txt'])).toEqual({ code: 2, stdout: '', stderr: 'workreport: nope.txt: no such file or folder\n' });
    expect(cli(['check', 'clean.txt', '--config', 'invalid.json'])).toEqual({
      code: 2, stdout: '', stderr: 'workreport: invalid.json: invalid config:\n  rules["blank-slot"]: expected one of "off", "warn", "error", got "loud"\n',
    });
    expect(cli(['check', 'clean.txt', '--format', 'xml']).stderr).toBe('workreport: --format: expected one of stylish, unix, json, sarif, csv, got "xml"\n');
    const binary = 'workreport: binary.txt: binary content (NUL bytes) and no UTF-16 byte-order mark: expected a text file\n';
    expect(cli(['check', 'binary.txt', '--format', 'unix'])).toEqual({ code: 2, stdout: '', stderr: binary });
  });

  it('1 for a file that cannot be read among others that were checked, clean or not (as analyze and kwic)', () => {
    const binary = 'workreport: binary.txt: binary content (NUL bytes) and no UTF-16 byte-order mark: expected a text file\n';
    const r = cli(['check', 'binary.txt', 'draft.txt', '--format', 'unix']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('draft.txt:1:5: error:');
    expect(r.stderr).toBe(binary);
    expect(cli(['check', 'binary.txt', 'clean.txt', '--format', 'unix'])).toEqual({ code: 1, stdout: '', stderr: binary });
  });

  it('1 for an empty draft beside a clean one: not reported clean, named as not checked (2 when it is the only one)', () => {
    const empty = 'workreport: empty.txt: empty file: nothing to check\n';
    expect(cli(['check', 'empty.txt', 'clean.txt'])).toEqual({ code: 1, stdout: '', stderr: empty }); // no ✔ line when a file was not checked
    expect(cli(['check', 'empty.txt'])).toEqual({ code: 2, stdout: '', stderr: empty });
    const json = JSON.parse(cli(['check', 'empty.txt', 'clean.txt', '--format', 'json']).stdout);
    expect(json.notChecked).toEqual([{ file: 'empty.txt', stage: 'decode', severity: 'error', message: 'empty file: nothing to check' }]);
  });

  it('2 for --stdin-filename without a path -, which would leave it unused', () => {
    expect(cli(['check', 'clean.txt', '--stdin-filename', 'a.md'])).toEqual({
      code: 2, stdout: '', stderr: 'workreport: --stdin-filename a.md: names standard input, which is read only when a path is - (check - --stdin-filename a.md < file)\n',
    });
  });

  it('2 for a config with a bad level and an unknown rule id, both named in one message', () => {
    expect(cli(['check', 'clean.txt', '--config', 'both.json'])).toEqual({
      code: 2, stdout: '', stderr: [
        'workreport: both.json: invalid config:',
        '  rules["blank-slot"]: expected one of "off", "warn", "error", got "warning"',
        '  rules: unknown rule id "placeholder/nope": expected one of blank-slot, numbering/half-width, numbering/level-jump, '
          + 'numbering/mixed-style, numbering/punctuation, numbering/repeat, numbering/restart, numbering/skip, '
          + 'placeholder/asterisk-mask, placeholder/box, placeholder/editorial, placeholder/letter-mask, placeholder/mou, '
          + 'placeholder/underscore, stale/unchanged-sentence, suppression/unknown, suppression/unused',
        '',
      ].join('\n'),
    });
  });

  it('accepts a config that turns stale/unchanged-sentence off, as check.md says, with or without --previous', () => {
    expect(cli(['check', 'clean.txt', '--config', 'stale-off.json'])).toEqual({ code: 0, stdout: '✔ 1 file, no problems\n', stderr: '' });
    expect(cli(['check', 'clean.txt', '--config', 'stale-off.json', '--previous', 'clean.txt'])).toEqual({ code: 0, stdout: '✔ 1 file, no problems\n', stderr: '' });
  });

  it('a .docx that is not a Word document is said plainly (no zip jargon, no link): 1 beside a clean file, 2 alone', () => {
    const stderr = 'workreport: renamed.docx: not a valid .docx file (expected a Word document, which is a zip archive)\n';
    expect(cli(['check', 'renamed.docx', 'clean.txt'])).toEqual({ code: 1, stdout: '', stderr });
    expect(cli(['check', 'renamed.docx'])).toEqual({ code: 2, stdout: '', stderr });
  });

  it('--max-warnings turns too many warnings into exit 1; --quiet shows errors only', () => {
    const warned = cli(['check', 'draft.txt', '--config', 'warn.json', '--format', 'unix']);
    expect(warned).toMatchObject({ code: 0, stdout: 'draft.txt:1:5: warning: 未填写的占位符“待定”（其他）：此处应填写具体内容 [placeholder/custom-tbd]\n' });
    expect(cli(['check', 'draft.txt', '--config', 'warn.json', '--max-warnings', '1']).code).toBe(0);
    expect(cli(['check', 'draft.txt', '--config', 'warn.json', '--max-warnings', '0'])).toMatchObject({
      code: 1, stderr: 'workreport: 1 warning, more than --max-warnings 0\n',
    });
    expect(cli(['check', 'draft.txt', '--config', 'warn.json', '--quiet', '--max-warnings', '0'])).toEqual({ code: 0, stdout: '✔ 1 file, no errors\n', stderr: '' });
    expect(cli(['check', 'draft.txt', '--max-warnings', 'many'])).toEqual({
      code: 2, stdout: '', stderr: 'workreport: option \'--max-warnings <n>\' argument \'many\' is invalid: expected a whole number, or -1 for no limit, found "many"\n',
    });
    expect(cli(['check', 'draft.txt', '--max-warnings', '-2']).stderr).toBe(
      'workreport: option \'--max-warnings <n>\' argument \'-2\' is invalid: expected a whole number, or -1 for no limit, found "-2"\n',
    );
    expect(cli(['check', 'draft.txt', '--config', 'warn.json', '--max-warnings', '-1']).code).toBe(0);
  });
});

describe('workreport check: input and output', () => {
  it('checks a file named twice (or as ./name) once, and counts it once', () => {
    const r = cli(['check', 'draft.txt', 'clean.txt', './draft.txt', 'draft.txt', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.results.map((f: { file: string; diagnostics: unknown[] }) => [f.file, f.diagnostics.length])).toEqual([['draft.txt', 1], ['clean.txt', 0]]);
    expect(json.summary).toEqual({ files: 2, errors: 1, warnings: 0, notChecked: 0 });
  });

  it('reads standard input from -', () => {
    const r = cli(['check', '-', '--format', 'json'], { input: '一、总体\n时间待定\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results).toEqual([{ file: '-', diagnostics: [expect.objectContaining({ ruleId: 'placeholder/custom-tbd', line: 2, column: 3, endColumn: 5 })] }]);
  });

  it('runs the outline numbering checks as warnings and fills section with the heading path', () => {
    const r = cli(['check', 'skip.txt', '--format', 'csv', '--config', 'warn.json']);
    expect(r).toEqual({
      code: 0, stderr: '', stdout: [
        'file,line,column,end_line,end_column,severity,rule_id,kind,text,message,context,section,location',
        'skip.txt,3,5,3,7,warning,placeholder/custom-tbd,other,待定,未填写的占位符“待定”（其他）：此处应填写具体内容,、主要工作 会议时间待定。 三、下步打算 继,一、主要工作,',
        'skip.txt,4,1,4,3,warning,numbering/skip,level-1,三、,第1级编号跳号：“一、”之后是“三、”，缺少“二、”,作 会议时间待定。 三、下步打算 继续努力。,三、下步打算,',
        '',
      ].join('\n'),
    });
    expect(cli(['check', 'skip.txt', '--config', 'warn.json', '--max-warnings', '1']).code).toBe(1);
  });

  it('prints stylish without colours when stdout is not a terminal', () => {
    const r = cli(['check', 'draft.txt']);
    expect(r.stdout).toBe([
      'draft.txt',
      '  1:5  error    未填写的占位符“待定”（其他）：此处应填写具体内容  placeholder/custom-tbd',
      '       会议时间待定。',
      '               ^^^^',
      '',
      '✖ 1 problem (1 error, 0 warnings)',
      '',
    ].join('\n'));
  });

  it('reports exactly the 152 gold placeholders of the sample corpus, each once with its kind', () => {
    const r = cli(['check', CORPUS, '--format', 'json'], { cwd: ROOT });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { results: { file: string; diagnostics: { ruleId: string; line: number; column: number; text: string; kind: string }[] }[]; summary: { errors: number } };
    // Numbering warnings (outline) may join; placeholders and blank slots must be exactly the gold.
    const found = out.results.flatMap((f) => f.diagnostics
      .filter((d) => d.ruleId.startsWith('placeholder/') || d.ruleId.startsWith('blank-slot'))
      .map((d) => `${f.file.split('/').pop()} ${d.line}:${d.column} ${d.text} ${d.kind}`));
    const gold = readJson<{ placeholders: { file: string; line: number; column: number; text: string; kind: string }[] }>(join(GOLD, 'placeholders.json'))
      .placeholders.map((g) => `${g.file} ${g.line}:${g.column} ${g.text} ${g.kind}`);
    expect(found.sort()).toEqual(gold.sort());
    expect(out.summary).toMatchObject({ files: 5, errors: 152 });
  });
});

describe('workreport check: start-up cost', () => {
  it('never loads nodejieba', () => {
    const r = cli(['check', CORPUS, '--format', 'sarif'], { cwd: ROOT, nodeArgs: ['--import', JIEBA_PROBE] });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('PROBE 0\n');
  });

  it('(the probe does see nodejieba when it is loaded)', () => {
    const r = spawnSync(process.execPath, ['--import', JIEBA_PROBE, '--input-type=module', '-e', "await import('nodejieba')"], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toMatch(/^PROBE [1-9]\d*\n$/);
  });
});
