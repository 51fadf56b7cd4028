/**
 * `workreport analyze` end to end, as a user runs it: the built CLI on the sample corpus into a temp folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { outputReadme } from '../../src/format/output-readme.js';
import { SCHEMAS } from '../../src/schemas/index.js';
import { OUTPUTS } from '../../src/schemas/outputs.js';
import { ROOT, SEED_FILES } from '../helpers.js';
import { runCli, type CliRun } from './run.js';

const TABLES = [
  'adoption.csv', 'collocations.csv', 'corpus_terms.csv', 'doc_similarity.csv', 'documents.csv', 'docvars.csv', 'errors.csv', 'formulation_trends.csv',
  'formulations.csv', 'groups.csv', 'keyness.csv', 'placeholders.csv', 'sections.csv', 'shared_passages.csv', 'terms.csv', 'themes.csv',
  'topic_families.csv', 'topic_trends.csv', 'topics.csv', 'trends.csv', 'quantities.csv', 'quantity_trends.csv', 'quantity_groups.csv',
  'warnings.csv',
];

describe('docvars.csv: the metadata beyond documents.csv', () => {
  it('lists extra manifest columns and front-matter keys per document, tidy, in corpus order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-docvars-'));
    writeFileSync(join(dir, 'a.txt'), '县政协召开专题协商会，围绕乡村振兴开展专题协商。\n');
    writeFileSync(join(dir, 'b.md'), '---\n届次: 七\n---\n县政协召开常委会议。\n');
    writeFileSync(join(dir, 'manifest.csv'), 'file,year,source,届次\na.txt,2021,http://x.cn/1,六\nb.md,2022,,\n');
    const out = join(dir, 'out');
    const r = runCli(['analyze', dir, '--out', out, '--jobs', '1', '--quiet']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'docvars.csv'), 'utf8')).toBe('doc_id,field,value\na,source,http://x.cn/1\na,届次,六\nb,届次,七\n');
  });
});

describe('warnings.csv: doubts about the given metadata', () => {
  it('lists a contradicting level, an ambiguous region and a front-matter value not understood; says them on stderr; exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-warnings-'));
    writeFileSync(join(dir, 'a.txt'), '叙永县政协召开专题协商会，围绕乡村振兴开展专题协商。\n');
    writeFileSync(join(dir, 'b.txt'), '区政协召开常委会议。\n');
    writeFileSync(join(dir, 'c.md'), '---\ndoc_type: 工作总结\n---\n县政协召开常委会议。\n');
    writeFileSync(join(dir, 'manifest.csv'), 'file,region,region_level\na.txt,叙永县,city\nb.txt,江北区,district\n');
    const out = join(dir, 'out');
    const r = runCli(['analyze', dir, '--out', out, '--jobs', '1', '--lang', 'en']);
    expect(r.status).toBe(0);
    const rows = parseCsv(readFileSync(join(out, 'warnings.csv'), 'utf8')).rows;
    expect(rows.map((w) => [w.doc_id, w.field, w.value, w.source])).toEqual([
      ['a', 'region_level', 'city', 'manifest'], ['b', 'region', '江北区', 'manifest'], ['c', 'doc_type', '工作总结', 'front_matter'],
    ]);
    const documents = parseCsv(readFileSync(join(out, 'documents.csv'), 'utf8')).rows;
    expect(documents.map((d) => [d.region, d.region_code, d.region_level])).toEqual([['叙永县', '510524', 'city'], ['江北区', '', 'district'], ['', '', 'county']]);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).totals.warnings).toBe(3);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'workreport: a.txt: region_level "city" (manifest) contradicts 叙永县, a county division (GB/T 2260 510524); the given level is kept',
      'workreport: b.txt: 2 divisions are called "江北区" (manifest; 浙江省宁波市江北区, 重庆市江北区): region_code is left empty; write it with its province or city, e.g. 浙江省宁波市江北区',
      'workreport: c.md: doc_type "工作总结" (front matter) is not understood and was passed over (expected one of 工作报告, 常委会工作报告, 提案工作报告, 工作要点, 协商计划, 述职报告, 经验交流, 讲话, 新闻, other); the text decides',
    ]);
    expect(r.stderr).toMatch(/analysed 3 documents, \d+ characters in \d+\.\d s, 3 metadata warnings \(see warnings\.csv\) → /);
  });
});

describe('workreport analyze corpus', () => {
  let out: string;
  let run: CliRun;
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  const table = (name: string) => parseCsv(read(name));

  beforeAll(() => {
    out = join(mkdtempSync(join(tmpdir(), 'wr-analyze-')), 'out');
    run = runCli(['analyze', 'corpus', '--out', out, '--jobs', '1']);
  });

  it('exits 0 and says what it did in one line on stderr', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^workreport: analysed 5 documents, 15535 characters in \\d+\\.\\d s → ${out}/\\n$`));
  });

  it('writes every table, summary.json, the schemas and the output README', () => {
    const files = readdirSync(out).sort();
    expect(files).toEqual(['README.md', ...TABLES, 'report.html', 'schema', 'summary.json', 'topic_trends.json'].sort());
    // The registry of outputs names exactly the files written (README.md and schema/ come from the registry itself).
    expect(files).toEqual(['README.md', 'schema', ...OUTPUTS.map((o) => o.name)].sort());
    expect(read('report.html')).toMatch(/^<!DOCTYPE html>/i);
    expect(read('README.md')).toBe(outputReadme());
    expect(readdirSync(join(out, 'schema')).sort()).toEqual(Object.keys(SCHEMAS).map((n) => `${n}.schema.json`).sort());
  });

  it('writes each table with exactly the columns of its schema', () => {
    for (const name of TABLES) {
      const schema = SCHEMAS[name] as { shape?: Record<string, unknown> } | undefined;
      if (!schema?.shape) continue;
      expect(table(name).fields, name).toEqual(Object.keys(schema.shape));
    }
    expect(table('corpus_terms.csv').fields).toEqual(['term', 'count', 'docs']);
    expect(table('errors.csv').fields).toEqual(['file', 'stage', 'message']);
  });

  it('has one documents.csv row per seed, with metadata from the manifest and the text', () => {
    const rows = table('documents.csv').rows;
    expect(rows.map((r) => r.file)).toEqual([...SEED_FILES]);
    const [d000, , d002, d003] = rows;
    expect(d000).toMatchObject({ doc_id: '000_178bb20f8e3f1132', region: 'X县', region_level: 'county', year: '', year_source: 'unknown', encoding: 'utf-8' });
    expect(d002).toMatchObject({ region: '**县', year: '2023', year_source: 'manifest', doc_type: '工作报告' });
    expect(d003).toMatchObject({ title: '政协XX县委员会2020年工作要点', year: '2020', doc_type: '工作要点' });
    expect(rows.map((r) => r.placeholders).map(Number).reduce((a, b) => a + b, 0)).toBe(
      table('placeholders.csv').rows.filter((r) => r.kind !== 'blank').length,
    );
  });

  it('lists term counts sorted by document, count desc, term, without stop words', () => {
    const rows = table('terms.csv').rows;
    const stop = new Set(['的', '和', '进一步', '不断']);
    expect(rows.some((r) => stop.has(r.term!))).toBe(false);
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!, b = rows[i]!;
      if (a.doc_id !== b.doc_id) expect(a.doc_id! < b.doc_id!).toBe(true);
      else expect(Number(a.count) > Number(b.count) || (a.count === b.count && a.term! < b.term!)).toBe(true);
    }
  });

  it('writes summary.json with totals and no timestamps, identical on a second run', () => {
    const summary = JSON.parse(read('summary.json'));
    expect(summary.totals).toMatchObject({ documents: 5, skipped: 0, chars: 15535 });
    expect(Object.keys(summary.lexicons.files)).toEqual(['quantities.json', 'stopwords.txt', 'themes.json', 'topic-tagger.json', 'userdict.txt']);
    expect(summary.options.manifest).toBe('corpus/manifest.csv');
    expect(SCHEMAS['summary.json']!.safeParse(summary).success).toBe(true);
    const again = join(mkdtempSync(join(tmpdir(), 'wr-analyze-')), 'out');
    expect(runCli(['analyze', 'corpus', '--out', again, '--jobs', '1', '--quiet']).status).toBe(0);
    for (const name of [...TABLES, 'summary.json']) expect(readFileSync(join(again, name), 'utf8'), name).toBe(read(name));
  });
});

describe('workreport analyze options', () => {
  it('--excel starts every CSV with a UTF-8 BOM', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wr-excel-')), 'out');
    expect(runCli(['analyze', 'corpus', '--out', out, '--excel', '--quiet', '--jobs', '1']).status).toBe(0);
    for (const name of TABLES) expect(readFileSync(join(out, name), 'utf8').startsWith('\uFEFF'), name).toBe(true);
  });

  it('exits 2 with a clear message and writes nothing for a missing corpus folder', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wr-missing-')), 'out');
    const run = runCli(['analyze', 'no-such-folder', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('workreport: no-such-folder: no such folder (expected a corpus folder)\n');
    expect(existsSync(out)).toBe(false);
    // A file given for the folder is told apart from a missing one.
    const file = runCli(['analyze', 'package.json', '--out', out]);
    expect([file.status, file.stderr]).toEqual([2, 'workreport: package.json: not a folder (expected a corpus folder)\n']);
  });

  it('exits 2 with a clear message (instead of hanging in mkdir) for an output folder that cannot be made', () => {
    if (!existsSync('/proc/self')) return;
    const run = runCli(['analyze', 'corpus', '--out', '/proc/workreport-nope/out', '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "workreport: --out /proc/workreport-nope/out: cannot make the output folder there (ENOENT: no such file or directory, mkdir '/proc/workreport-nope')\n",
    );
  });

  it('refuses to write over the corpus or a folder that is not a previous output, and leaves it intact (exit 2)', () => {
    const run = runCli(['analyze', 'corpus', '--out', 'corpus']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^workreport: --out corpus: refusing to replace the corpus folder corpus; choose a new or empty folder\n$/);
    expect(readdirSync(join(ROOT, 'corpus')).sort()).toEqual([...SEED_FILES, 'manifest.csv'].sort());
    expect(runCli(['analyze', 'corpus', '--out', 'src']).stderr).toMatch(/not a workreport output \(no summary\.json\)/);
  });

  it('records a user lexicon with its sha256 in summary.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-lex-'));
    const lexicon = join(dir, 'water.json');
    const text = JSON.stringify({ version: '0.1.0', themes: [{ id: 'water-supply', label: '城乡供水', group: 'policy', note: 'water', terms: ['饮用水'] }] });
    writeFileSync(lexicon, text);
    const out = join(dir, 'out');
    expect(runCli(['analyze', 'corpus', '--out', out, '--lexicon', lexicon, '--jobs', '1', '-q']).status).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.lexicons.files[lexicon]).toBe(createHash('sha256').update(text).digest('hex'));
    expect(summary.lexicons.themes_version).toMatch(/\+user\.0\.1\.0$/);
    expect(readFileSync(join(out, 'themes.csv'), 'utf8')).toContain(',water-supply,城乡供水,');
  });

  it('exits 2 for an unknown --group-by or --keyness-by field and for a folder without reports, writing nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wr-fields-')), 'out');
    const run = runCli(['analyze', 'corpus', '--out', out, '--group-by', 'nope', '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('workreport: --group-by nope: no document has a field "nope" (expected one of delivery_year, doc_type, prefecture, province, region, region_code, region_level, year)\n');
    expect(runCli(['analyze', 'corpus', '--out', out, '--keyness-by', '届次', '--jobs', '1']).status).toBe(2);
    const crossed = runCli(['analyze', 'corpus', '--out', out, '--group-by', 'region+届次', '--jobs', '1']);
    expect(crossed.status).toBe(2);
    expect(crossed.stderr).toMatch(/^workreport: --group-by 届次: no document has a field "届次"/);
    const empty = mkdtempSync(join(tmpdir(), 'wr-empty-'));
    const none = runCli(['analyze', empty, '--out', out]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(`workreport: ${empty}: no .txt, .md or .docx files in this folder (expected a folder of reports)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('takes front-matter keys as fields of a folder with Markdown (checked once its files are read)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wr-fields-md-out-')), 'out');
    const md = mkdtempSync(join(tmpdir(), 'wr-fields-md-'));
    writeFileSync(join(md, 'a.md'), '---\nsession: 七\n---\n政协委员视察。\n');
    const run = runCli(['analyze', md, '--out', out, '--group-by', 'session', '--jobs', '1', '-q']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(out, 'groups.csv'), 'utf8')).toContain('\nsession,七,');
  });

  it('crosses fields with --group-by region+year and records --keep-duplicates', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wr-cross-')), 'out');
    expect(runCli(['analyze', 'corpus', '--out', out, '--group-by', 'region+year', '--keep-duplicates', '--jobs', '1', '-q']).status).toBe(0);
    const crossed = parseCsv(readFileSync(join(out, 'groups.csv'), 'utf8')).rows.filter((r) => r.by === 'region+year');
    expect([...new Set(crossed.map((r) => `${r.group} ${r.docs}`))]).toEqual(['**县+2023 1', 'XX县+2020 1', 'X区+(unknown) 1', 'X县+(unknown) 1', '(unknown)+(unknown) 1']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.options).toMatchObject({ group_by: ['region', 'region_level', 'doc_type', 'year', 'region+year'], keep_duplicates: true });
    expect(summary.totals).toMatchObject({ duplicates: 0, duplicates_left_out: 0 });
  });

  it('exits 2 on a bad --jobs value and a bad --lexicon-mode', () => {
    expect(runCli(['analyze', 'corpus', '--jobs', '0']).status).toBe(2);
    const run = runCli(['analyze', 'corpus', '--lexicon-mode', 'add']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('workreport: --lexicon-mode: expected one of merge, replace, got "add"\n');
  });

  it('prints --help and --version', () => {
    expect(runCli(['analyze', '--help']).stdout).toContain('--meta-from-path <pattern>');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
