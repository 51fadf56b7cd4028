/**
 * Manifests and config files are decoded like documents (UTF-8, UTF-16 with BOM, GB18030), the manifest's
 * encoding is recorded in summary.json, and a column named like an Object property is a column like any other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.js';
import { parseManifest } from '../../src/pipeline/docvars/manifest.js';
import { runCli } from '../cli/run.js';
import { makeTree, REPORT } from './tree.js';

describe('a manifest saved by Excel on a Chinese Windows machine (GBK)', () => {
  it('is read as GB18030: titles and regions right, no U+FFFD, and summary.json says gb18030', () => {
    const dir = makeTree({ 'a.txt': REPORT });
    writeFileSync(join(dir, 'manifest.csv'), iconv.encode('file,title,region\r\na.txt,青山县政协工作报告,青山县\r\n', 'gbk'));
    const out = join(makeTree({}), 'out');
    const run = runCli(['analyze', dir, '--out', out, '--jobs', '1', '--quiet']);
    // 青山县 is made up: the one message says no division is called so, with the name decoded right.
    expect(run.stderr).toMatch(/^workreport: a\.txt: no division of GB\/T 2260 is called "青山县" \(manifest\)[^\n]*\n$/);
    const row = parseCsv(readFileSync(join(out, 'documents.csv'), 'utf8')).rows[0]!;
    expect([row.title, row.region]).toEqual(['青山县政协工作报告', '青山县']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { options: { manifest_encoding: string } };
    expect(summary.options.manifest_encoding).toBe('gb18030');
  });

  it('a manifest that is no text at all is refused with its name, not read as replacement characters', () => {
    const dir = makeTree({ 'a.txt': REPORT, 'manifest.csv': new Uint8Array([0x66, 0x69, 0x6c, 0x65, 0x0a, 0xff, 0xfe, 0x00, 0x81]) });
    const run = runCli(['analyze', dir, '--out', join(makeTree({}), 'out'), '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`workreport: ${dir}/manifest.csv: cannot decode the manifest: binary content (NUL bytes) and no UTF-16 byte-order mark: expected a text file\n`);
  });
});

describe('a config file saved as UTF-16 (Windows Notepad\'s "Unicode")', () => {
  it('is read, its custom pattern applied', () => {
    const config = JSON.stringify({ patterns: [{ id: 'tbd', pattern: '待定' }] });
    const dir = makeTree({ 'workreport.config.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(config, 'utf16le')]), 'd.txt': '资金来源待定。\n' });
    const run = runCli(['check', join(dir, 'd.txt'), '--format', 'unix']);
    expect(run.stdout).toBe(`${dir}/d.txt:1:5: error: 未填写的占位符“待定”（其他）：此处应填写具体内容 [placeholder/custom-tbd]\n`);
  });
});

describe('manifest columns named like Object properties', () => {
  it('keeps constructor, __proto__ and toString as columns', () => {
    const rows = parseManifest('file,constructor,__proto__,toString\na.txt,甲,乙,丙\n', 'manifest.csv', ['a.txt']);
    const extra = rows.get('a.txt')!.extra;
    expect(Object.entries(extra)).toEqual([['constructor', '甲'], ['__proto__', '乙'], ['toString', '丙']]);
  });

  it('groups by such a column, and a document without it is (unknown), not Object\'s own', () => {
    const dir = makeTree({ 'a.txt': REPORT, 'b.txt': REPORT, 'manifest.csv': 'file,constructor\na.txt,甲\n' });
    const out = join(makeTree({}), 'out');
    // b.txt repeats a.txt, so --keep-duplicates keeps it in the comparison tables (groups.csv leaves copies out by default).
    const run = runCli(['analyze', dir, '--out', out, '--jobs', '1', '--quiet', '--group-by', 'constructor', '--keep-duplicates']);
    expect(run.stderr).toBe('');
    const groups = new Set(parseCsv(readFileSync(join(out, 'groups.csv'), 'utf8')).rows.filter((r) => r.by === 'constructor').map((r) => r.group));
    expect([...groups]).toEqual(['甲', '(unknown)']);
  });
});
