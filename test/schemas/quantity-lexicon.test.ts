import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadQuantityLexicon } from '../../src/context.js';
import { lexiconPath } from '../../src/lexicon/index.js';
import { jsonSchemas } from '../../src/schemas/index.js';
import { mergeQuantityLexicons, parseQuantityLexicon, type QuantityLexicon } from '../../src/schemas/quantity-lexicon.js';

const builtin = loadQuantityLexicon();
const user: QuantityLexicon = {
  version: '0.1.0',
  subjects: [
    { subject: '调研', terms: ['调研', '走访调研'], units: ['次'] },
    { subject: '委员读书', note: 'reading groups', terms: ['读书活动'], units: ['次', '场'] },
  ],
  exclude: ['调研组'],
};

describe('the built-in quantity vocabulary', () => {
  it('is valid, every subject with a note', () => {
    const raw = JSON.parse(readFileSync(lexiconPath('quantities.json'), 'utf8'));
    expect(parseQuantityLexicon(raw, 'quantities.json')).toEqual(builtin);
    expect(builtin.subjects.filter((s) => !s.note)).toEqual([]);
    expect(builtin.subjects.map((s) => s.subject)).toEqual(expect.arrayContaining(['提案', '立案', '并案', '办复', '办复率', '重点提案',
      '专题协商会', '协商座谈会', '视察', '调研', '调研报告', '社情民意信息', '大会发言', '委员', '人次', '建议']));
  });

  it('is published as a JSON Schema named quantities.json', () => {
    const schema = jsonSchemas()['quantities.json'] as { required: string[] };
    expect(schema.required).toEqual(['version', 'subjects']);
  });
});

describe('parseQuantityLexicon', () => {
  it('names the file, the subject and the field of every problem', () => {
    const bad = { version: '1', subjects: [{ subject: '调研', terms: [], units: ['回'] }, { subject: '办复率', terms: ['办复 率'], units: ['%', '件'] }] };
    let error: unknown;
    try {
      parseQuantityLexicon(bad, 'my-counts.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message.split('\n')).toEqual([
      'my-counts.json: invalid quantity vocabulary',
      '  field version: a version is semver, e.g. "1.0.0"',
      '  subject "调研" (subjects[0]), field terms: Too small: expected array to have >=1 items',
      `  subject "调研" (subjects[0]), field units[0]: expected one of ${['件', '次', '场', '场次', '条', '篇', '项', '人', '人次', '名', '位', '个', '家', '份', '期', '%'].map((u) => `"${u}"`).join(', ')}, got "回"`,
      '  subject "办复率" (subjects[1]), field terms[0]: a term is one or more Han characters, without spaces or punctuation',
      '  subject "办复率" (subjects[1]), field units: a subject is either a rate (units ["%"]) or a count (no "%")',
    ]);
  });
});

describe('mergeQuantityLexicons', () => {
  it('merge: replaces a subject by name, adds new ones after the built-in ones, joins exclusions', () => {
    const merged = mergeQuantityLexicons(builtin, user, 'merge');
    expect(merged.version).toBe(`${builtin.version}+user.0.1.0`);
    expect(merged.subjects).toHaveLength(builtin.subjects.length + 1);
    expect(merged.subjects.find((s) => s.subject === '调研')).toEqual(user.subjects[0]);
    expect(merged.subjects.at(-1)!.subject).toBe('委员读书');
    expect(merged.exclude).toEqual([...builtin.exclude!, '调研组']);
  });

  it('replace: the user\'s vocabulary alone', () => {
    expect(mergeQuantityLexicons(builtin, user, 'replace')).toBe(user);
  });
});
