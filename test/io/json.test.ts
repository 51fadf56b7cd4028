/** parseJsonFile: syntax errors as file:line:column, for config and lexicon files alike. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadThemeLexicon } from '../../src/context.js';
import { firstErrorOffset, parseJsonFile } from '../../src/io/json.js';

function messageOf(text: string): string {
  try {
    parseJsonFile(text, 'x.json');
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseJsonFile', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(parseJsonFile('\uFEFF{ "a": [1, "二"] }', 'x.json')).toEqual({ a: [1, '二'] });
  });

  it.each([
    ['a missing comma on the third line', '{\n  "a": 1\n  "b": 2\n}', 'x.json:3:3: not valid JSON: Expected \',\' or \'}\' after property value'],
    ['a doubled comma', '{ "a": 1,, }', 'x.json:1:10: not valid JSON: Expected double-quoted property name'],
    ['a misspelt literal (V8 gives no position)', '{\n  "a": tru\n}', 'x.json:2:11: not valid JSON: Unexpected token \'\\n\''],
    ['a misspelt literal before a brace', '{ "规则": tru}', 'x.json:1:12: not valid JSON: Unexpected token \'}\''],
    ['text after the value', '{}\nx', 'x.json:2:1: not valid JSON: Unexpected non-whitespace character after JSON'],
    ['a cut-off file: the end of the file', '{\n  "rules": ', 'x.json:2:12: not valid JSON: Unexpected end of JSON input'],
    ['an empty file', '', 'x.json:1:1: not valid JSON: Unexpected end of JSON input'],
    ['a BOM does not count as a column', '\uFEFF{,}', 'x.json:1:2: not valid JSON: Expected property name or \'}\''],
  ])('%s', (_what, text, expected) => {
    expect(messageOf(text)).toBe(expected);
  });
});

describe('firstErrorOffset', () => {
  it('agrees with JSON.parse on valid text and finds the first bad character', () => {
    expect(firstErrorOffset('{"a": [1, -2.5e3, true, false, null, "\\u4e8c\\n"], "b": {}}')).toBeUndefined();
    expect(firstErrorOffset('[1, 2,]')).toBe(6);
    expect(firstErrorOffset('{"a": nul}')).toBe(9);
    expect(firstErrorOffset('"a\\x"')).toBe(3);
    expect(firstErrorOffset('[01]')).toBe(2);
    expect(firstErrorOffset('[1')).toBe(2);
  });
});

describe('a lexicon with a JSON syntax error', () => {
  it('names the file, line and column', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wr-json-')), 'themes.json');
    writeFileSync(file, '{\n  "version": "1.0.0",\n  "themes": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}\n');
    expect(() => loadThemeLexicon({ lexicon: file })).toThrow(
      new UsageError(`${file}:5:5: not valid JSON: Expected ',' or ']' after array element`),
    );
  });
});
