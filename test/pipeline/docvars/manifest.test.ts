import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseManifest } from '../../../src/pipeline/docvars/manifest.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';

const M = 'corpus/manifest.csv';
const FILES = [...SEED_FILES, 'sub/a.md'];
const HEADER = 'file,title,region,region_level,year,doc_type';

/** The UsageError message `parseManifest` throws for `text` (fails the test when it does not throw). */
function errorOf(text: string): string {
  try {
    parseManifest(text, M, FILES);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseManifest on the real corpus/manifest.csv', () => {
  const rows = parseManifest(readFileSync(join(CORPUS, 'manifest.csv'), 'utf8'), M, SEED_FILES);

  it('describes the five seeds, keyed by file in manifest order', () => {
    expect([...rows.keys()]).toEqual([...SEED_FILES]);
  });

  it('carries only what the texts say', () => {
    expect(rows.get('002_ff152d5763ca33a0.txt')).toEqual({
      file: '002_ff152d5763ca33a0.txt', title: '', region: '**县', region_level: 'county', year: 2023, doc_type: '工作报告', extra: {},
    });
    expect(rows.get('003_b45dcb9941570f9a.txt')).toEqual({
      file: '003_b45dcb9941570f9a.txt', title: '政协XX县委员会2020年工作要点', region: 'XX县', region_level: 'county',
      year: 2020, doc_type: '工作要点', extra: {},
    });
    expect(rows.get('000_178bb20f8e3f1132.txt')).toMatchObject({ region: 'X县', year: null, doc_type: '' });
    expect(rows.get('001_f639e6b0dd93e5af.txt')).toMatchObject({ region: 'X区', region_level: 'district', doc_type: '经验交流' });
    expect(rows.get('004_bbe205343de10782.txt')).toMatchObject({ region: '', region_level: 'county', doc_type: '述职报告' });
  });
});

describe('parseManifest', () => {
  it('accepts a BOM, CRLF, blank lines, a partial header and extra columns', () => {
    const rows = parseManifest('\uFEFFfile,year,届次\r\n\r\n.\\sub\\a.md,2021,十四\r\n', M, FILES);
    expect([...rows.entries()]).toEqual([
      ['sub/a.md', { file: 'sub/a.md', title: '', region: '', region_level: '', year: 2021, doc_type: '', extra: { 届次: '十四' } }],
    ]);
  });

  it('names the file, the line (header = line 1) and the field of a bad year', () => {
    const text = `${HEADER}\n000_178bb20f8e3f1132.txt,,,,,\n001_f639e6b0dd93e5af.txt,,,,,\n003_b45dcb9941570f9a.txt,,,,二〇二〇,\n`;
    expect(errorOf(text)).toBe('corpus/manifest.csv:4: field "year": expected a whole number between 1949 and 2100, got "二〇二〇"');
  });

  it('counts lines of the file, not records: blank lines and quoted line breaks included', () => {
    const text = `${HEADER}\n000_178bb20f8e3f1132.txt,"两行\n标题",,,,\n\n001_f639e6b0dd93e5af.txt,,,省,,\n`;
    expect(errorOf(text)).toBe(
      'corpus/manifest.csv:5: field "region_level": expected one of county, district, city, province, national or empty, got "省"',
    );
  });

  it('collects every bad row into one message, one problem per line, in line order', () => {
    const text = [
      HEADER,
      '000_178bb20f8e3f1132.txt,,,,2020,工作总结',
      '../secret.txt,,,,,',
      '/etc/passwd,,,,,',
      'C:\\corpus\\x.txt,,,,,',
      'missing.txt,,,,,',
      '000_178bb20f8e3f1132.txt,,,,,',
      '002_ff152d5763ca33a0.txt,a,b,county,2023,工作报告,surplus',
      ',title only,,,,',
      '003_b45dcb9941570f9a.txt,,,city,1900,',
    ].join('\n');
    expect(errorOf(text)).toBe(
      [
        'corpus/manifest.csv:2: field "doc_type": expected one of 工作报告, 常委会工作报告, 提案工作报告, 工作要点, 协商计划, 述职报告, 经验交流, 讲话, 新闻, other or empty, got "工作总结"',
        'corpus/manifest.csv:3: field "file": refused "../secret.txt": the path leaves the corpus folder (expected a path relative to it)',
        'corpus/manifest.csv:4: field "file": refused "/etc/passwd": the path leaves the corpus folder (expected a path relative to it)',
        'corpus/manifest.csv:5: field "file": refused "C:\\corpus\\x.txt": the path leaves the corpus folder (expected a path relative to it)',
        'corpus/manifest.csv:6: field "file": no file "missing.txt" in the corpus folder (expected a path relative to it, with / separators)',
        'corpus/manifest.csv:7: field "file": "000_178bb20f8e3f1132.txt" is already described on line 2',
        'corpus/manifest.csv:8: found 7 cells, the header has 6: "surplus" belongs to no column (quote cells that contain a comma)',
        'corpus/manifest.csv:9: field "file": expected a path relative to the corpus folder, got an empty cell',
        'corpus/manifest.csv:10: field "year": expected a whole number between 1949 and 2100, got "1900"',
      ].join('\n'),
    );
  });

  it('refuses a path that climbs out through a sub-folder', () => {
    expect(errorOf('file\nsub/../../x.txt\n')).toBe(
      'corpus/manifest.csv:2: field "file": refused "sub/../../x.txt": the path leaves the corpus folder (expected a path relative to it)',
    );
  });

  it('requires the file column', () => {
    expect(errorOf('name,year\nx.txt,2020\n')).toBe('corpus/manifest.csv:1: missing required column "file" (found "name", "year")');
    expect(errorOf('\n\n')).toBe('corpus/manifest.csv:1: missing required column "file" (the manifest is empty)');
    expect(errorOf('\n# notes\nFile,year\n')).toBe('corpus/manifest.csv:2: missing required column "file" (found "# notes")');
  });

  it('rejects a built-in column written in another case, which would be an extra column and its values lost', () => {
    expect(errorOf('file,Year,届次\n')).toBe('corpus/manifest.csv:1: column "Year": the built-in columns are written in lower case (expected "year")');
  });

  it('rejects a column named twice and an unterminated quote', () => {
    expect(errorOf('file,year,year\n')).toBe('corpus/manifest.csv:1: column "year" appears twice in the header');
    expect(errorOf('file,title\n000_178bb20f8e3f1132.txt,"open\n')).toBe('corpus/manifest.csv:2: CSV: Quoted field unterminated');
    // the quote swallows the file name: one message, not a second one about a file "000….txt,2020"
    expect(errorOf('file,year\n"000_178bb20f8e3f1132.txt,2020\n')).toBe('corpus/manifest.csv:2: CSV: Quoted field unterminated');
  });
});
