/**
 * `workreport analyze` writes the stated counts (quantities.csv, quantity_trends.csv, quantity_groups.csv) for
 * the sample corpus, as `npm start` does, and takes a user vocabulary with --quantity-lexicon.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { runCli } from './run.js';

const analyze = (...args: string[]) => {
  const out = join(mkdtempSync(join(tmpdir(), 'wr-quantities-')), 'out');
  return { out, run: runCli(['analyze', 'corpus', '--out', out, '--jobs', '1', '-q', ...args]) };
};
const table = (out: string, name: string) => parseCsv(readFileSync(join(out, name), 'utf8')).rows;

describe('analyze corpus: stated counts', () => {
  let out: string;
  beforeAll(() => {
    ({ out } = analyze());
  });

  it('writes quantities.csv: the masked counts of the samples, each pointing at its placeholder', () => {
    const rows = table(out, 'quantities.csv');
    expect(rows).toHaveLength(41);
    expect(rows.filter((r) => r.masked === 'true')).toHaveLength(40);
    expect(rows.find((r) => r.doc_id === '002_ff152d5763ca33a0' && r.line === '17' && r.column === '185')).toEqual({
      doc_id: '002_ff152d5763ca33a0', file: '002_ff152d5763ca33a0.txt', line: '17', column: '185', end_column: '187', subject: '委员提案',
      subject_text: '委员提案', value: '', unit: '件', approx: 'false', masked: 'true', placeholder: '17:185', region: '**县', year: '2023',
      text: '共收到委员提案*件',
    });
    const placeholders = table(out, 'placeholders.csv');
    for (const r of rows.filter((x) => x.masked === 'true')) {
      const [line, column] = r.placeholder!.split(':');
      expect(placeholders.some((p) => p.doc_id === r.doc_id && p.line === line && p.column === column && p.kind === 'number'), `${r.doc_id} ${r.placeholder}`).toBe(true);
    }
  });

  it('writes quantity_trends.csv (years with documents × subjects) and quantity_groups.csv', () => {
    const trends = table(out, 'quantity_trends.csv');
    const subjects = [...new Set(trends.map((r) => r.subject))];
    expect(subjects.length).toBeGreaterThanOrEqual(30);
    expect(trends).toHaveLength(2 * subjects.length);
    expect(trends.find((r) => r.year === '2023' && r.subject === '委员提案')).toMatchObject({ docs: '1', docs_reporting: '0', docs_masked: '1', sum: '' });
    const groups = table(out, 'quantity_groups.csv');
    expect(groups.find((r) => r.by === 'region' && r.group === '(unknown)' && r.subject === '调研报告')).toMatchObject({
      docs: '1', docs_reporting: '1', docs_masked: '0', sum: '4', median: '4', min: '4', max: '4',
    });
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('id="quantity-trends"');
  });
});

describe('analyze --quantity-lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wr-qlex-'));
  const vocabulary = join(dir, 'counts.json');
  const text = JSON.stringify({ version: '0.1.0', subjects: [{ subject: '联系交流', terms: ['联系交流', '走访探视'], units: ['次'] }] });
  writeFileSync(vocabulary, text);

  it('merges a user vocabulary, and records it in summary.json', () => {
    const { out, run } = analyze('--quantity-lexicon', vocabulary);
    expect(run.status).toBe(0);
    const added = table(out, 'quantities.csv').filter((r) => r.subject === '联系交流');
    expect(added.map((r) => [r.line, r.column, r.subject_text, r.masked])).toEqual([['11', '154', '联系交流', 'true'], ['11', '161', '走访探视', 'true']]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.options).toMatchObject({ quantity_lexicon: vocabulary, quantity_lexicon_mode: 'merge' });
    expect(summary.lexicons.files[vocabulary]).toBe(createHash('sha256').update(text).digest('hex'));
    expect(summary.lexicons.quantities_version).toMatch(/\+user\.0\.1\.0$/);
  });

  it('replaces the built-in vocabulary with --quantity-lexicon-mode replace', () => {
    const { out, run } = analyze('--quantity-lexicon', vocabulary, '--quantity-lexicon-mode', 'replace');
    expect(run.status).toBe(0);
    expect(new Set(table(out, 'quantities.csv').map((r) => r.subject))).toEqual(new Set(['联系交流']));
    expect(new Set(table(out, 'quantity_trends.csv').map((r) => r.subject))).toEqual(new Set(['联系交流']));
  });

  it('exits 2 and writes nothing for an invalid vocabulary or mode', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: '1.0.0', subjects: [{ subject: '调研', terms: ['调研'], units: ['回'] }] }));
    const { out, run } = analyze('--quantity-lexicon', bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}: invalid quantity vocabulary\n  subject "调研" (subjects[0]), field units[0]: expected one of "件"`);
    expect(existsSync(out)).toBe(false);
    const mode = analyze('--quantity-lexicon-mode', 'add').run;
    expect(mode.status).toBe(2);
    expect(mode.stderr).toBe('workreport: --quantity-lexicon-mode: expected one of merge, replace, got "add"\n');
  });
});
