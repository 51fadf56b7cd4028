import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { MANIFEST_COLUMNS, ManifestRowSchema } from '../../src/schemas/manifest.js';
import { CORPUS, CPPCC, HAS_CPPCC, SEED_FILES } from '../helpers.js';

const messages = (input: Record<string, string>) => {
  const res = ManifestRowSchema.safeParse(input);
  return res.success ? [] : res.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
};

describe('ManifestRowSchema', () => {
  it('accepts every row of the real corpus/manifest.csv, which has exactly the documented columns', () => {
    const { rows, fields, errors } = parseCsv(readFileSync(join(CORPUS, 'manifest.csv'), 'utf8'));
    expect(errors).toEqual([]);
    expect(fields).toEqual([...MANIFEST_COLUMNS]);
    expect(rows.map((r) => ManifestRowSchema.parse(r).file)).toEqual([...SEED_FILES]);
  });

  it('trims cells, turns empty cells into unknown and keeps extra columns as text', () => {
    expect(ManifestRowSchema.parse({ file: ' a.txt ', title: '', region: ' X县', region_level: '', year: ' 2020 ', doc_type: '工作要点', 届次: ' 十四 ' })).toEqual({
      file: 'a.txt', title: '', region: 'X县', region_level: '', year: 2020, doc_type: '工作要点', extra: { 届次: '十四' },
    });
  });

  it('reads 其他, the Chinese spelling of the document type other, as other (region levels have no such spelling)', () => {
    expect(ManifestRowSchema.parse({ file: 'a.txt', doc_type: '其他' }).doc_type).toBe('other');
    expect(messages({ file: 'a', region_level: '其他' })).toEqual(['region_level: expected one of county, district, city, province, national or empty, got "其他"']);
  });

  it.skipIf(!HAS_CPPCC)('accepts every row of ../shared/cppcc/manifest.csv (its 12 其他 rows as other)', () => {
    const { rows, errors } = parseCsv(readFileSync(join(CPPCC, 'manifest.csv'), 'utf8'));
    expect(errors).toEqual([]);
    const parsed = rows.map((r) => ManifestRowSchema.safeParse(r));
    expect(parsed.filter((p) => !p.success)).toEqual([]);
    expect(parsed.filter((p) => p.success && p.data.doc_type === 'other')).toHaveLength(12);
  });

  it('treats missing known columns as empty (only file is required)', () => {
    expect(ManifestRowSchema.parse({ file: 'a.txt' })).toEqual({
      file: 'a.txt', title: '', region: '', region_level: '', year: null, doc_type: '', extra: {},
    });
  });

  it.each([
    [{ file: '' }, ['file: expected a path relative to the corpus folder, got an empty cell']],
    [{ file: 'a', year: '二〇二〇' }, ['year: expected a whole number between 1949 and 2100, got "二〇二〇"']],
    [{ file: 'a', year: '2020.5' }, ['year: expected a whole number between 1949 and 2100, got "2020.5"']],
    [{ file: 'a', year: '1948' }, ['year: expected a whole number between 1949 and 2100, got "1948"']],
    [{ file: 'a', year: '20XX' }, ['year: expected a whole number between 1949 and 2100, got "20XX"']],
    [{ file: 'a', region_level: '县' }, ['region_level: expected one of county, district, city, province, national or empty, got "县"']],
    [
      { file: 'a', doc_type: '总结' },
      ['doc_type: expected one of 工作报告, 常委会工作报告, 提案工作报告, 工作要点, 协商计划, 述职报告, 经验交流, 讲话, 新闻, other or empty, got "总结"'],
    ],
  ])('rejects %j', (input, expected) => {
    expect(messages(input)).toEqual(expected);
  });

  it('reports every bad field of a row', () => {
    expect(messages({ file: 'a', region_level: 'County', year: '2101' })).toEqual([
      'region_level: expected one of county, district, city, province, national or empty, got "County"',
      'year: expected a whole number between 1949 and 2100, got "2101"',
    ]);
  });
});
