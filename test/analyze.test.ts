/**
 * Bad input and faults (issue 6): one fixture folder made here, with every bad case beside good copies of a
 * seed in other encodings. The batch goes on, errors.csv names each bad file and stage, and the exit code is 1.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, memoryOutput } from '../src/analyze.js';
import { parseCsv } from '../src/format/csv.js';
import { CORPUS, ROOT } from './helpers.js';
import { runCli } from './cli/run.js';

const seed = readFileSync(join(CORPUS, '000_178bb20f8e3f1132.txt'), 'utf8');

function makeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wr-bad-'));
  const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  writeFileSync(join(dir, 'a-utf8.txt'), seed);
  writeFileSync(join(dir, 'b-gb18030.txt'), iconv.encode(seed, 'gb18030'));
  writeFileSync(join(dir, 'c-utf16le.txt'), utf16(seed));
  writeFileSync(join(dir, 'd-crlf.txt'), seed.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'e-bom.txt'), `\uFEFF${seed}`);
  writeFileSync(join(dir, 'f-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'g-invalid.txt'), Buffer.from([0xe6, 0x94, 0xbf, 0xff, 0xfe, 0xff, 0x41]));
  writeFileSync(join(dir, 'h-empty.txt'), '');
  writeFileSync(join(dir, 'i-blank.md'), '---\ntitle: 空\n---\n\n  \n');
  // About 10 MB of UTF-8 on a single line.
  const line = seed.replace(/\s+/g, '');
  writeFileSync(join(dir, 'j-long.txt'), line.repeat(Math.ceil(10e6 / Buffer.byteLength(line))));
  return dir;
}

describe('analyze with bad files', () => {
  let dir: string;
  let out1: string;
  let out2: string;
  let run1: ReturnType<typeof runCli>;
  let run2: ReturnType<typeof runCli>;

  beforeAll(() => {
    dir = makeFixture();
    out1 = join(dir, '..', `${dir.split('/').pop()}-out1`);
    out2 = join(dir, '..', `${dir.split('/').pop()}-out2`);
    run1 = runCli(['analyze', dir, '--out', out1, '--jobs', '1', '--quiet']);
    run2 = runCli(['analyze', dir, '--out', out2, '--jobs', '2', '--quiet']);
  });

  it('exits 1, reports each bad file on stderr and in errors.csv, and analyses the rest', () => {
    expect(run1.status).toBe(1);
    expect(parseCsv(readFileSync(join(out1, 'errors.csv'), 'utf8')).rows).toEqual([
      { file: 'f-binary.txt', stage: 'decode', message: 'binary content (NUL bytes) and no UTF-16 byte-order mark: expected a text file' },
      { file: 'g-invalid.txt', stage: 'decode', message: 'not valid UTF-8, and not valid GB18030 either: expected UTF-8, UTF-16 with BOM or GB18030 text' },
      { file: 'h-empty.txt', stage: 'decode', message: 'empty file: no text to analyse' },
      { file: 'i-blank.md', stage: 'decode', message: 'empty file: no text to analyse' },
    ]);
    expect(run1.stderr).toContain('workreport: skipped f-binary.txt (decode): binary content');
    const docs = parseCsv(readFileSync(join(out1, 'documents.csv'), 'utf8')).rows;
    expect(docs.map((d) => d.file)).toEqual(['a-utf8.txt', 'b-gb18030.txt', 'c-utf16le.txt', 'd-crlf.txt', 'e-bom.txt', 'j-long.txt']);
  });

  it('gives GB18030, UTF-16, CRLF and BOM copies the same counts as the UTF-8 original', () => {
    const docs = parseCsv(readFileSync(join(out1, 'documents.csv'), 'utf8')).rows;
    const counts = (d: Record<string, string>) => [d.chars, d.han_chars, d.words, d.types, d.sentences, d.paragraphs, d.placeholders, d.headings];
    const original = counts(docs[0]!);
    expect(original.slice(0, 2)).toEqual(['2147', '1869']);
    for (const d of docs.slice(1, 5)) expect(counts(d), d.file).toEqual(original);
    expect(docs.slice(0, 5).map((d) => d.encoding)).toEqual(['utf-8', 'gb18030', 'utf-16le', 'utf-8', 'utf-8-bom']);
  });

  it('finds every copy to repeat the first file (the 10 MB line too: the same sentences), and counts its text once', () => {
    const docs = parseCsv(readFileSync(join(out1, 'documents.csv'), 'utf8')).rows;
    expect(docs.map((d) => d.duplicate_of)).toEqual(['', 'a-utf8', 'a-utf8', 'a-utf8', 'a-utf8', 'a-utf8']);
    const summary = JSON.parse(readFileSync(join(out1, 'summary.json'), 'utf8'));
    expect(summary.totals).toMatchObject({ documents: 6, duplicates: 5, duplicates_left_out: 5 });
    expect(parseCsv(readFileSync(join(out1, 'groups.csv'), 'utf8')).rows[0]!.docs).toBe('1');
  });

  it('processes the 10 MB single-line file', () => {
    const long = parseCsv(readFileSync(join(out1, 'documents.csv'), 'utf8')).rows.at(-1)!;
    expect(long.file).toBe('j-long.txt');
    const line = seed.replace(/\s+/g, '');
    const copies = Math.ceil(10e6 / Buffer.byteLength(line));
    expect(long.paragraphs).toBe('1');
    expect(Number(long.han_chars)).toBe(copies * line.match(/\p{Script=Han}/gu)!.length);
    expect(Number(long.placeholders)).toBe(copies * Number(parseCsv(readFileSync(join(out1, 'documents.csv'), 'utf8')).rows[0]!.placeholders));
  });

  it('writes byte-identical output folders with --jobs 1 and --jobs 2', () => {
    expect(run2.status).toBe(1);
    const names = readdirSync(out1).filter((n) => n !== 'schema').sort();
    expect(readdirSync(out2).filter((n) => n !== 'schema').sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(out2, n), 'utf8'), n).toBe(readFileSync(join(out1, n), 'utf8'));
  });

  it('refuses a number of keywords that is not a whole number from 0 to 100, before reading a file', async () => {
    await expect(analyzeCorpus({ dir: CORPUS, jobs: 1, keywords: 2.5 }, memoryOutput())).rejects.toThrow(
      'expected a whole number of keywords from 0 to 100, got "2.5"',
    );
  });

  it('refuses an unknown --group-by field before reading a file when the folder has no Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-fields-early-'));
    writeFileSync(join(dir, 'a.txt'), '政协委员视察。\n');
    writeFileSync(join(dir, 'b.txt'), '政协委员调研。\n');
    const progress: number[] = [];
    await expect(analyzeCorpus({ dir, jobs: 1, groupBy: ['regoin'] }, memoryOutput(), (p) => progress.push(p.done))).rejects.toThrow(
      '--group-by regoin: no document has a field "regoin" (expected one of delivery_year, doc_type, prefecture, province, region, region_code, region_level, year)',
    );
    expect(progress).toEqual([]); // not one document analysed (checked after them all, it was [1, 2])
  });

  it('gives the library caller the same files in memory (analyzeCorpus + memoryOutput) as the CLI writes', async () => {
    const output = memoryOutput();
    const result = await analyzeCorpus({ dir, jobs: 1 }, output);
    expect(result.errors.map((e) => e.file)).toEqual(['f-binary.txt', 'g-invalid.txt', 'h-empty.txt', 'i-blank.md']);
    const files = output.files();
    const onDisk = readdirSync(out1, { recursive: true, encoding: 'utf8' }).filter((n) => n.includes('.')).sort();
    expect([...files.keys()].sort()).toEqual(onDisk);
    for (const n of onDisk) expect(files.get(n), n).toBe(readFileSync(join(out1, n), 'utf8'));
  });
});

describe('analyze with a bad manifest', () => {
  it('exits 2, names the line and field of every bad row, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-manifest-'));
    writeFileSync(join(dir, 'a.txt'), seed);
    writeFileSync(join(dir, 'manifest.csv'), 'file,year\na.txt,二〇二〇\n../x.txt,\nmissing.txt,2020\na.txt,2021\n');
    const out = join(dir, 'out');
    const run = runCli(['analyze', dir, '--out', out]);
    expect(run.status).toBe(2);
    const m = join(dir, 'manifest.csv');
    expect(run.stderr).toBe(
      [
        `workreport: ${m}:2: field "year": expected a whole number between 1949 and 2100, got "二〇二〇"`,
        `${m}:3: field "file": refused "../x.txt": the path leaves the corpus folder (expected a path relative to it)`,
        `${m}:4: field "file": no file "missing.txt" in the corpus folder (expected a path relative to it, with / separators)`,
        `${m}:5: field "file": "a.txt" is already described on line 2`,
        '',
      ].join('\n'),
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('analyze killed while running', () => {
  it('leaves the previous output folder complete whenever it is killed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wr-kill-')), 'out');
    expect(runCli(['analyze', 'corpus', '--out', out, '--jobs', '1', '--quiet']).status).toBe(0);
    const before = new Map(readdirSync(out).filter((n) => n.endsWith('.csv')).map((n) => [n, readFileSync(join(out, n), 'utf8')]));
    for (const delay of [200, 800, 1600, 2400]) {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'workreport.js'), 'analyze', 'corpus', '--out', out, '--jobs', '1', '--quiet', '--manifest', join(CORPUS, 'manifest.csv')], { cwd: ROOT });
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      // Killed or finished: the folder is there and every table is whole (the same input gives the same bytes).
      for (const [name, content] of before) expect(readFileSync(join(out, name), 'utf8'), `${name} after ${delay} ms`).toBe(content);
    }
    // A killed run leaves its run folder (.out.workreport/<run-id>) behind; the next run into the same place removes it.
    expect(runCli(['analyze', 'corpus', '--out', out, '--jobs', '1', '--quiet']).status).toBe(0);
    expect(readdirSync(join(out, '..')).sort()).toEqual(['.out.workreport', 'out']);
    expect(readdirSync(join(out, '..', '.out.workreport')).sort()).toEqual(['README.txt', basename(readlinkSync(out))]);
  });

  it('removes its temporary folder when interrupted (SIGINT, SIGTERM) and leaves the previous output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wr-int-')), 'out');
    expect(runCli(['analyze', 'corpus', '--out', out, '--jobs', '1', '--quiet']).status).toBe(0);
    const before = readFileSync(join(out, 'terms.csv'), 'utf8');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'workreport.js'), 'analyze', 'corpus', '--out', out, '--jobs', '2', '--quiet'], { cwd: ROOT });
      const closed = new Promise<NodeJS.Signals | null>((r) => child.on('close', (_, sig) => r(sig)));
      // Interrupt once the run has started writing (its run folder exists beside the one --out links to).
      const runs = () => readdirSync(join(out, '..', '.out.workreport')).filter((n) => n !== 'README.txt');
      const writing = () => runs().length > 1;
      for (let waited = 0; !writing() && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(writing(), `${signal}: the run never started writing`).toBe(true);
      child.kill(signal);
      expect(await closed).toBe(signal);
      expect(readdirSync(join(out, '..')).sort()).toEqual(['.out.workreport', 'out']);
      expect(runs()).toEqual([basename(readlinkSync(out))]);
      expect(readFileSync(join(out, 'terms.csv'), 'utf8')).toBe(before);
    }
  });
});
