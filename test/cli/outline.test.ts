/**
 * `workreport outline` end to end through the built CLI (`npm test` builds first): both formats on a
 * sample report, exit codes, and that it never loads nodejieba.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { JIEBA_PROBE } from './jieba-probe.js';

const BIN = join(ROOT, 'bin', 'workreport.js');

function runCli(args: readonly string[], nodeArgs: readonly string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('workreport outline', () => {
  it('prints 003 as an indented tree with its title and no numbering issue (exit 0)', () => {
    const r = runCli(['outline', 'corpus/003_b45dcb9941570f9a.txt']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'corpus/003_b45dcb9941570f9a.txt',
      'title: 政协XX县委员会2020年工作要点 (line 2)',
      ' 5  一、坚持党的领导，筑牢共同思想政治基础',
      ' 6    1.坚持党的领导。',
      ' 7    2.加强理论学习。',
    ]);
    expect(lines.slice(-3)).toEqual(['20 headings · 0 leads · 0 enumerations', 'numbering: no issues', '']);
  });

  it('prints JSON with the headings, leads, enumerations and issues of a file', () => {
    const r = runCli(['outline', 'corpus/002_ff152d5763ca33a0.txt', '--format', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['file', 'title', 'titleLine', 'headings', 'leads', 'enumerations', 'issues']);
    expect([json.file, json.headings.length, json.leads.length, json.issues]).toEqual(['corpus/002_ff152d5763ca33a0.txt', 10, 14, []]);
    expect(json.headings[1]).toMatchObject({ level: 2, marker: '（一）', line: 3, column: 1, depth: 2 });
  });

  it('exits 2 for a missing file, a folder or an unknown format', () => {
    expect(runCli(['outline', 'nope.txt'])).toEqual({ status: 2, stdout: '', stderr: 'workreport: nope.txt: no such file\n' });
    expect(runCli(['outline', 'corpus'])).toEqual({ status: 2, stdout: '', stderr: 'workreport: corpus: is a folder: expected one .txt, .md or .docx file\n' });
    expect(runCli(['outline', 'corpus/003_b45dcb9941570f9a.txt', '-f', 'xml'])).toEqual({
      status: 2, stdout: '', stderr: 'workreport: --format: expected one of text, json, got "xml"\n',
    });
  });

  it('never loads nodejieba', () => {
    const r = runCli(['outline', 'corpus/000_178bb20f8e3f1132.txt'], ['--import', JIEBA_PROBE]);
    expect([r.status, r.stderr]).toEqual([0, 'PROBE 0\n']);
  });
});
