import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { formatKwic, formatKwicCounts } from '../../src/format/kwic.js';
import { displayWidth } from '../../src/format/width.js';
import type { KwicRow } from '../../src/schemas/kwic.js';

const row = (doc_id: string, line: number, left: string, right: string): KwicRow => ({
  doc_id, file: `${doc_id}.txt`, year: 2023, region: 'X县', line, column: 7, section: '一、总体 › （一）学习', left, match: '协商', right,
});
const rows = [row('a', 4, '开展专题', '议政活动'), row('bb', 12, 'ab', '=1+1')];

describe('formatKwic', () => {
  it('aligns the matches in text, counting Han characters as two columns, and ends each line with its section', () => {
    expect(formatKwic(rows, 'text')).toBe(
      'a:4:7    开展专题  协商  议政活动  [一、总体 › （一）学习]\n' +
      'bb:12:7        ab  协商  =1+1      [一、总体 › （一）学习]\n',
    );
    expect(displayWidth('开展ab，')).toBe(8);
  });

  it('leaves the section out for a match before the first heading, and pads nothing when no match has one', () => {
    const first = { ...row('c', 1, '', '年工作报告'), match: '政协', section: '' };
    expect(formatKwic([first, rows[1]!], 'text')).toBe(
      'c:1:7        政协  年工作报告\n' +
      'bb:12:7  ab  协商  =1+1        [一、总体 › （一）学习]\n',
    );
    expect(formatKwic([first], 'text')).toBe('c:1:7    政协  年工作报告\n');
  });

  it('writes CSV with every column (formulas neutralised) and JSON', () => {
    const csv = parseCsv(formatKwic(rows, 'csv'));
    expect(csv.fields).toEqual(['doc_id', 'file', 'year', 'region', 'line', 'column', 'section', 'left', 'match', 'right']);
    expect(csv.rows[1]).toMatchObject({ doc_id: 'bb', line: '12', right: "'=1+1", section: '一、总体 › （一）学习' });
    expect(JSON.parse(formatKwic(rows, 'json'))).toEqual(rows);
  });

  it('writes nothing, a header or [] when nothing matched', () => {
    expect(formatKwic([], 'text')).toBe('');
    expect(formatKwic([], 'csv')).toBe('doc_id,file,year,region,line,column,section,left,match,right\n');
    expect(formatKwic([], 'json')).toBe('[]\n');
  });
});

describe('formatKwicCounts', () => {
  const counts = [
    { group: 2020, docs: 1, docs_with_hits: 1, hits: 12, per_10k_chars: 1.5 },
    { group: null, docs: 3, docs_with_hits: 0, hits: 0, per_10k_chars: 0 },
  ];

  it('names the first column after the field', () => {
    expect(formatKwicCounts(counts, 'year', 'text')).toBe(
      'year       docs  docs_with_hits  hits  per_10k_chars\n' +
      '2020          1               1    12            1.5\n' +
      '(unknown)     3               0     0              0\n',
    );
    expect(formatKwicCounts(counts, 'year', 'csv')).toBe('year,docs,docs_with_hits,hits,per_10k_chars\n2020,1,1,12,1.5\n,3,0,0,0\n');
    expect(JSON.parse(formatKwicCounts(counts, 'year', 'json'))[1]).toEqual({ year: null, docs: 3, docs_with_hits: 0, hits: 0, per_10k_chars: 0 });
  });
});
