import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUserDict, readStopwords, userDictProblems } from '../../src/io/word-lists.js';

const dir = mkdtempSync(join(tmpdir(), 'wr-wordlists-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('user dictionary lines (jieba format)', () => {
  it.each([
    ['新常态', undefined],
    ['新常态 nz', undefined],
    ['新常态 20000 nz', undefined],
    ['', undefined],
    ['新常态 20000', 'a frequency needs a tag after it'],
    ['# 我的词', 'jieba reads no comments'],
    ['新常态\t20000\tnz', 'tabs, double or edge spaces'],
    ['新常态  nz', 'tabs, double or edge spaces'],
    ['新常态 0 nz', 'frequency "0" is not a whole number above 0'],
    ['新常态 2e4 nz', 'frequency "2e4" is not a whole number above 0'],
    ['新常态 20000 名词', 'tag "名词" is not a part-of-speech tag'],
    ['新 常 态 nz', '4 fields'],
  ])('%j → %s', (line, problem) => {
    const found = userDictProblems(line);
    if (problem === undefined) expect(found).toEqual([]);
    else expect(found[0]?.message).toContain(problem);
  });

  it('names file:line for every bad line of a file', () => {
    const path = file('user.txt', '新常态 20000 nz\n新质生产力 20000\n\n# note\n');
    expect(() => checkUserDict(path)).toThrow(`${path}:2: a frequency needs a tag after it: "新质生产力 20000"`);
    expect(() => checkUserDict(path)).toThrow(new RegExp(`${path}:4: jieba reads no comments`));
  });

  it('refuses a byte-order mark, a missing file and a path nodejieba cannot load', () => {
    const bom = file('bom.txt', '\uFEFF新常态 20000 nz\n');
    expect(() => checkUserDict(bom)).toThrow(`${bom}:1: starts with a byte-order mark`);
    expect(() => checkUserDict(join(dir, 'missing.txt'))).toThrow(/--userdict .*missing\.txt: cannot read the file: no such file or folder \(ENOENT\)/);
    expect(() => checkUserDict(join(dir, 'a|b.txt'))).toThrow(/contains \| or ;/);
  });
});

describe('readStopwords', () => {
  it('reads one word per line, skipping blank lines and # comments', () => {
    expect(readStopwords(file('stop.txt', '\uFEFF# mine\n同志们\n\n  各位委员 \r\n'))).toEqual(['同志们', '各位委员']);
  });

  it('names file:line of a line with two words', () => {
    const path = file('bad-stop.txt', '同志们\n各位 委员\n');
    expect(() => readStopwords(path)).toThrow(`${path}:2: expected one word per line, got "各位 委员"`);
  });
});
