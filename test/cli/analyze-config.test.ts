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
  for (const region of ['甲省', '乙省']) {
    mkdirSync(join(dir, 'reports', region), { recursive: true });
    writeFileSync(join(dir, 'reports', region, '2024.md'), '# 政府工作报告\n\n主动适应经济发展新常态，各位代表继续努力。\n');
  }
  writeFileSync(join(dir, 'words.txt'), '新常态 20000 nz\n');
  writeFileSync(join(dir, 'stop.txt'), '经济\n');
  writeFileSync(config, JSON.stringify({
    rules: { 'placeholder/asterisk': 'warn' },
    analyze: { corpus: 'reports', out: 'out', metaFromPath: '{region}/{year}.md', userdict: 'words.txt', stopwords: 'stop.txt', keynessBy: 'region' },
  }));
});

describe('analyzeSettings', () => {
  it('takes the analyze section, with paths relative to the config file, and defaults for the rest', async () => {
    const rel = (p: string) => relative('.', join(dir, p));
    expect(await analyzeSettings(undefined, { config })).toEqual({
      dir: rel('reports'), out: rel('out'), manifest: undefined, metaFromPath: '{region}/{year}.md', excel: false,
      lexicon: undefined, lexiconMode: 'merge', keepDuplicates: false, quantityLexicon: undefined, quantityLexiconMode: 'merge', userdict: rel('words.txt'), stopwords: rel('stop.txt'), groupBy: [],
      keynessBy: 'region', config,
    });
  });

  it('lets command-line flags win', async () => {
    const s = await analyzeSettings('elsewhere', { config, out: 'o2', keynessBy: 'year', groupBy: ['doc_type'] });
    expect([s.dir, s.out, s.keynessBy, s.groupBy]).toEqual(['elsewhere', 'o2', 'year', ['doc_type']]);
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
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = join(dir, 'out');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const rel = (p: string) => relative(ROOT, join(dir, p));
    expect(summary.options).toMatchObject({ dir: rel('reports'), meta_from_path: '{region}/{year}.md', userdict: rel('words.txt'), stopwords: rel('stop.txt'), config, keyness_by: 'region' });
    expect(summary.input_files).toEqual({
      [config]: sha256(config), [rel('words.txt')]: sha256(join(dir, 'words.txt')), [rel('stop.txt')]: sha256(join(dir, 'stop.txt')),
    });
    const terms = parseCsv(readFileSync(join(out, 'terms.csv'), 'utf8')).rows.map((r) => r.term);
    expect(terms).toContain('新常态');
    expect(terms).not.toContain('经济');
  });
});
