/**
 * A study in one file: the `analyze` section of workreport.config.json (paths relative to the file), the
 * command-line flags over it, and summary.json recording every file used with its sha256.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSettings } from '../../src/cli/analyze-config.js';
import { parseCsv } from '../../src/format/csv.js';
import { ROOT } from '../helpers.js';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'wr-study-'));
const config = join(dir, 'workreport.config.json');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  const texts = { 甲省: '加快建设高铁枢纽。', 乙省: '推进乡村振兴和生态保护。' };
  for (const [region, text] of Object.entries(texts)) {
    mkdirSync(join(dir, 'reports', region), { recursive: true });
    writeFileSync(join(dir, 'reports', region, '2024.md'), `# 政府工作报告\n\n主动适应经济发展新常态，${text}\n`);
  }
  writeFileSync(join(dir, 'words.txt'), '新常态 20000 nz\n');
  writeFileSync(join(dir, 'stop.txt'), '经济\n');
  writeFileSync(config, JSON.stringify({
    rules: { 'placeholder/asterisk': 'warn' },
    analyze: { corpus: 'reports', out: 'out', metaFromPath: '{region}/{year}.md', userdict: 'words.txt', stopwords: 'stop.txt', keynessBy: 'region', keywords: 2 },
  }));
});

describe('analyzeSettings', () => {
  it('takes the analyze section, with paths relative to the config file, and defaults for the rest', async () => {
    const rel = (p: string) => relative('.', join(dir, p));
    expect(await analyzeSettings(undefined, { config })).toEqual({
      dir: rel('reports'), out: rel('out'), manifest: undefined, metaFromPath: '{region}/{year}.md', excel: false,
      lexicon: undefined, lexiconMode: 'merge', keepDuplicates: false, quantityLexicon: undefined, quantityLexiconMode: 'merge', userdict: rel('words.txt'), stopwords: rel('stop.txt'), groupBy: [],
      keynessBy: 'region', keywords: 2, config,
    });
  });

  it('lets command-line flags win', async () => {
    const s = await analyzeSettings('elsewhere', { config, out: 'o2', keynessBy: 'year', groupBy: ['doc_type'], keywords: 0 });
    expect([s.dir, s.out, s.keynessBy, s.groupBy, s.keywords]).toEqual(['elsewhere', 'o2', 'year', ['doc_type'], 0]);
  });

  it('gives 10 keywords per document when neither flag nor config says', async () => {
    expect((await analyzeSettings('reports', {})).keywords).toBe(10);
  });

  it('reports a bad analyze section with the file and the field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ analyze: { corpus: 'reports', lexiconMode: 'mix', jobz: 2 } }));
    await expect(analyzeSettings(undefined, { config: bad })).rejects.toThrow(new RegExp(`${bad}: invalid config:[\\s\\S]*analyze\\.lexiconMode`));
  });
});

describe('workreport analyze --config', () => {
  it('runs the study from the file and records each file used with its hash in summary.json', () => {
    const run = runCli(['analyze', '--config', config, '--jobs', '1', '-q']);
    // 甲省 and 乙省 are made up: the only thing said is that no division is called so (warnings.csv).
    expect(run.stderr.split('\n').filter((l) => l !== '').map((l) => /^workreport: (\S+): no division of GB\/T 2260 is called "(\S+)" \(path pattern\)/.exec(l)?.slice(1))).toEqual([
      ['乙省/2024.md', '乙省'], ['甲省/2024.md', '甲省'],
    ]);
    expect(run.status).toBe(0);
    const out = join(dir, 'out');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const rel = (p: string) => relative(ROOT, join(dir, p));
    expect(summary.options).toMatchObject({ dir: rel('reports'), meta_from_path: '{region}/{year}.md', userdict: rel('words.txt'), stopwords: rel('stop.txt'), config, keyness_by: 'region', keywords: 2 });
    expect(summary.input_files).toEqual({
      [config]: sha256(config), [rel('words.txt')]: sha256(join(dir, 'words.txt')), [rel('stop.txt')]: sha256(join(dir, 'stop.txt')),
    });
    const terms = parseCsv(readFileSync(join(out, 'terms.csv'), 'utf8')).rows.map((r) => r.term);
    expect(terms).toContain('新常态');
    expect(terms).not.toContain('经济');
    // keywords: 2 in the config: each document's two best terms, of those the other document lacks.
    const keywords = parseCsv(readFileSync(join(out, 'documents.csv'), 'utf8')).rows.map((r) => r.keywords);
    expect(keywords).toEqual(['乡村振兴|生态保护', '建设|枢纽']); // 乙省 sorts first; 高铁 ties and comes third
  });

  it('refuses a number of keywords out of 0–100, on the command line and in the config (exit 2)', () => {
    const flag = runCli(['analyze', '--config', config, '--keywords', '101', '-q']);
    expect([flag.status, flag.stderr]).toEqual([2, 'workreport: option \'--keywords <n>\' argument \'101\' is invalid: expected a whole number of keywords from 0 to 100, got "101"\n']);
    const bad = join(dir, 'bad-keywords.json');
    writeFileSync(bad, JSON.stringify({ analyze: { corpus: 'reports', keywords: 2.5 } }));
    const file = runCli(['analyze', '--config', bad, '-q']);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/analyze\.keywords/);
  });
});
