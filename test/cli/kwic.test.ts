/** `workreport kwic` end to end: the built CLI on the sample corpus and on small corpora made here. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { ROOT } from '../helpers.js';
import { JIEBA_PROBE } from './jieba-probe.js';
import { runCli } from './run.js';

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wr-kwic-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('workreport kwic', () => {
  it('lists every occurrence in the seeds with document, place, section and context', () => {
    const r = runCli(['kwic', '全覆盖', 'corpus', '--window', '5', '--format', 'csv']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const { rows } = parseCsv(r.stdout);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({
      doc_id: '000_178bb20f8e3f1132', file: '000_178bb20f8e3f1132.txt', year: '', region: 'X县', line: '4', column: '106',
      section: '一、筑牢协商根基 › （二）坚持党的领导', left: '党员委员的', match: '全覆盖', right: '、党的工作',
    });
    expect(rows.map((x) => x.year)).toEqual(['', '', '', '', '', '', '2023', '2020', '2020']);
  });

  it('searches one file, with its folder\'s manifest, and refuses a file that is not a report', () => {
    const dir = corpus({ 'manifest.csv': 'file,year,region\na.txt,2021,甲县\n', 'a.txt': '县政协召开专题协商会。\n再开专题协商会。\n', 'b.txt': '专题协商会\n' });
    const r = runCli(['kwic', '专题协商会', join(dir, 'a.txt'), '--format', 'csv', '-w', '2']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(parseCsv(r.stdout).rows.map((x) => [x.file, x.line, x.year, x.region])).toEqual([['a.txt', '1', '2021', '甲县'], ['a.txt', '2', '2021', '甲县']]);
    const notReport = runCli(['kwic', '专题协商会', join(dir, 'manifest.csv'), '--lang', 'en']);
    expect([notReport.status, notReport.stdout]).toEqual([2, '']);
    expect(notReport.stderr).toContain('manifest.csv: not a .txt, .md or .docx file, nothing to search');
    const missing = runCli(['kwic', '专题协商会', join(dir, 'c.txt'), '--lang', 'en']);
    expect([missing.status, missing.stderr.trim()]).toEqual([2, `workreport: ${join(dir, 'c.txt')}: no such file`]);
  });

  it('prints aligned text lines, sorted by the right context on request', () => {
    const r = runCli(['kwic', '/协商(议政|建言)/', 'corpus', '-w', '3', '--sort', 'right']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    // X (U+0058) sorts before 、 (U+3001), which sorts before Han characters
    expect(lines.slice(0, 3)).toEqual([
      '004_bbe205343de10782:5:209   展专题  协商议政  X次，   [二、我们面向新时代，坚持用新理念统揽履职实践，服务中心工作]',
      '003_b45dcb9941570f9a:10:59   断提高  协商议政  、建言  [二、聚焦中心任务，推进政协工作提质增效 › 4.广泛协商议政]',
      '000_178bb20f8e3f1132:9:206   展现场  协商建言  、持续  [二、打造特色品牌 › （二）强化民主监督]',
    ]);
  });

  it('counts per year, with the years from a manifest', () => {
    const dir = corpus({
      'a.txt': '推进协商议政。协商议政有成效。', // 13 Han characters
      'b.txt': '加强协商议政。',
      'c.txt': '没有这个词。',
      'manifest.csv': 'file,year\na.txt,2022\nb.txt,2023\nc.txt,2023\n',
    });
    const r = runCli(['kwic', '协商议政', dir, '--by', 'year', '-f', 'csv']);
    expect([r.status, r.stdout]).toEqual([0, 'year,docs,docs_with_hits,hits,per_10k_chars\n2022,1,1,2,1538.4615\n2023,2,1,1,909.0909\n']);
  });

  it('reads metadata from paths with --meta-from-path', () => {
    const dir = corpus({ '甲县/2021.txt': '协商议政。', '乙县/2022.txt': '协商议政。' });
    const r = runCli(['kwic', '协商', dir, '--meta-from-path', '{region}/{year}.txt', '-f', 'json']);
    expect(r.status).toBe(0);
    // files in code-unit order: 乙 (U+4E59) before 甲 (U+7532)
    expect(JSON.parse(r.stdout).map((h: { region: string; year: number }) => [h.region, h.year])).toEqual([['乙县', 2022], ['甲县', 2021]]);
  });

  it('skips an empty file as analyze does: named on stderr, not counted among the documents, exit 1', () => {
    const dir = corpus({ 'a.txt': '政协委员视察。\n', 'b.txt': ' \n' });
    const r = runCli(['kwic', '视察', dir, '--by', 'region', '--format', 'csv']);
    expect([r.status, r.stderr]).toEqual([1, 'workreport: skipped b.txt: empty file: no text to analyse\n']);
    expect(parseCsv(r.stdout).rows.map((row) => row.docs)).toEqual(['1']); // 2 before: the empty file counted
  });

  it('says nothing was searched, with exit 2, when no file of the folder could be read', () => {
    const dir = corpus({ 'old.doc': 'x', 'empty.txt': '' });
    const r = runCli(['kwic', '视察', dir]);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n').at(-2)).toBe(`workreport: kwic: no document under ${dir} could be read (see above); nothing was searched`);
  });

  it('refuses a --meta-from-path that fits none of the files (exit 2), as analyze does', () => {
    const dir = corpus({ '甲县/2021.txt': '政协委员视察。\n' });
    expect(runCli(['kwic', '视察', dir, '--meta-from-path', '{region}/{year}.txt']).status).toBe(0);
    const r = runCli(['kwic', '视察', dir, '--meta-from-path', '{region}/{year}.md']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'workreport: --meta-from-path {region}/{year}.md: fits none of the 1 file (such as 甲县/2021.txt): check the pattern against the paths under the folder\n']);
  });

  it('exits 0 with an empty result and a note when nothing matches', () => {
    const r = runCli(['kwic', '不存在的词', 'corpus']);
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe('workreport: kwic: no match for 不存在的词 in 5 documents under corpus\n');
  });

  it('exits 2 on a bad regular expression or option, naming it', () => {
    const bad = runCli(['kwic', '/协商(/', 'corpus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^workreport: kwic: term \/协商\(\/ is not a valid regular expression/);
    expect(runCli(['kwic', '协商', 'corpus', '--window', 'ten']).stderr).toBe(
      'workreport: option \'-w, --window <n>\' argument \'ten\' is invalid: expected a whole number of characters (0 or more), got "ten"\n',
    );
    expect(runCli(['kwic', '协商', 'corpus', '--sort', 'middle'])).toEqual({
      status: 2, stdout: '', stderr: 'workreport: --sort: expected one of left, right, got "middle"\n',
    });
    expect(runCli(['kwic', '协商', 'no-such-folder'])).toEqual({
      status: 2, stdout: '', stderr: 'workreport: no-such-folder: no such folder (expected a corpus folder)\n',
    });
  });

  it('ends quietly (exit 0, no stack trace) when the reader closes the pipe early, as `| head` does', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'workreport.js'), 'kwic', '协商', 'corpus', '--window', '1000'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let received = 0;
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    // The output (about 2,000 characters a line) is far larger than a pipe holds: the child did write into a closed pipe.
    expect(received).toBeGreaterThan(0);
    expect([status, stderr]).toEqual([0, '']);
  });

  it('never loads nodejieba', () => {
    const r = spawnSync(process.execPath, ['--import', JIEBA_PROBE, join(ROOT, 'bin', 'workreport.js'), 'kwic', '协商', 'corpus'], {
      cwd: ROOT, encoding: 'utf8',
    });
    expect([r.status, r.stderr]).toEqual([0, 'PROBE 0\n']);
  });
});
