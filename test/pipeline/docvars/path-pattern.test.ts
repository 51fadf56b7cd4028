import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { listFiles } from '../../../src/io/list.js';
import { relativeFile } from '../../../src/io/read.js';
import { compilePathPattern, matchPath } from '../../../src/pipeline/docvars/path-pattern.js';
import { GOVREPORTS, HAS_GOVREPORTS } from '../../helpers.js';

const match = (pattern: string, file: string) => matchPath(compilePathPattern(pattern), file);

describe('matchPath on synthetic paths', () => {
  it.each([
    ['{region}/{year}.md', '云南省/2003.md', { region: '云南省', year: '2003' }],
    ['{region}/{year}.md', 'provinces/云南省/2003.md', { region: '云南省', year: '2003' }],
    ['{region}/{year}.md', 'national/1954.md', { region: 'national', year: '1954' }],
    ['{year}.md', 'a/b/2020.md', { year: '2020' }],
    ['{region_level}/{region}/{year}-{doc_type}.txt', 'county/X县/2020-工作要点.txt', { region_level: 'county', region: 'X县', year: '2020', doc_type: '工作要点' }],
    ['{*}/{year}{*}.md', 'national/1964-part.md', { year: '1964' }],
    ['{region}_{title}.txt', 'X县_政协工作报告.txt', { region: 'X县', title: '政协工作报告' }],
    ['/{region}/{year}.md', '云南省/2003.md', { region: '云南省', year: '2003' }],
    ['./{region}\\{year}.md', '云南省/2003.md', { region: '云南省', year: '2003' }],
    ['{region}/{year}.md', '云南省\\2003.md', { region: '云南省', year: '2003' }],
  ])('%s reads %s', (pattern, file, expected) => {
    expect(match(pattern, file)).toEqual(expected);
  });

  it.each([
    ['{region}/{year}.md', '2003.md', 'no folder for {region}'],
    ['{region}/{year}.md', '云南省/1964-part.md', '{year} is exactly four digits'],
    ['{region}/{year}.md', '云南省/2003.txt', 'literal extension differs'],
    ['{region}/{year}.md', 'provinces/云南省/x2003.md', 'matches only at a folder boundary'],
    ['/{region}/{year}.md', 'provinces/云南省/2003.md', 'a leading / anchors at the corpus folder'],
    ['{year}.md', '2003.md.bak', 'the pattern runs to the end of the path'],
  ])('%s does not match %s (%s)', (pattern, file) => {
    expect(match(pattern, file)).toBeUndefined();
  });

  it('treats regex characters in the literal parts literally', () => {
    expect(match('({region})+{year}.md', '(X县)+2020.md')).toEqual({ region: 'X县', year: '2020' });
    expect(match('({region})+{year}.md', 'X县2020.md')).toBeUndefined();
  });
});

describe('compilePathPattern errors', () => {
  it.each([
    ['{province}/{year}.md', '--meta-from-path "{province}/{year}.md": unknown placeholder {province} (expected {region}, {year}, {doc_type}, {region_level}, {title} or {*})'],
    ['{year}/{year}.md', '--meta-from-path "{year}/{year}.md": placeholder {year} appears twice'],
    ['{region/{year}.md', '--meta-from-path "{region/{year}.md": unmatched brace in "{region/" (placeholders look like {year})'],
    ['{region}/{year.md', '--meta-from-path "{region}/{year.md": unmatched brace in "/{year.md" (placeholders look like {year})'],
    ['reports/all.md', '--meta-from-path "reports/all.md": names no field (expected at least one of {region}, {year}, {doc_type}, {region_level}, {title})'],
    ['', `--meta-from-path "": expected a pattern such as '{region}/{year}.md'`],
  ])('%j', (pattern, message) => {
    expect(() => compilePathPattern(pattern)).toThrow(UsageError);
    expect(() => compilePathPattern(pattern)).toThrow(message);
  });
});

describe.skipIf(!HAS_GOVREPORTS)('matchPath on ../shared/govreports', () => {
  it("reads every provinces/<省>/<year>.md as '{region}/{year}.md' describes", async () => {
    const root = join(GOVREPORTS, 'provinces');
    const files = (await listFiles(root, ['md'])).map((p) => relativeFile(root, p));
    const pattern = compilePathPattern('{region}/{year}.md');
    expect(files.length).toBe(714);
    for (const file of files) {
      const [folder, name] = file.split('/');
      expect(matchPath(pattern, file)).toEqual({ region: folder, year: name!.slice(0, 4) });
    }
    expect(new Set(files.map((f) => matchPath(pattern, f)!.region)).size).toBe(readdirSync(root).length);
  });

  it('reads the whole collection too: national/ gives region national, the two 1964 parts need {*}', async () => {
    const files = (await listFiles(GOVREPORTS, ['md'])).map((p) => relativeFile(GOVREPORTS, p)).filter((f) => f.includes('/'));
    const pattern = compilePathPattern('{region}/{year}.md');
    const unmatched = files.filter((f) => matchPath(pattern, f) === undefined);
    expect(unmatched).toEqual(['national/1964-part.md', 'national/1964-summary.md']);
    expect(matchPath(pattern, 'national/2024.md')).toEqual({ region: 'national', year: '2024' });
    const loose = compilePathPattern('{region}/{year}{*}.md');
    expect(files.filter((f) => matchPath(loose, f) === undefined)).toEqual([]);
  });
});
