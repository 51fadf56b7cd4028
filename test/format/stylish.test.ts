import { describe, expect, it } from 'vitest';
import { excerpt, formatStylish } from '../../src/format/stylish.js';
import { setLanguage } from '../../src/messages/index.js';
import { sampleRun } from './fixture.js';

describe('formatStylish', () => {
  it('groups by file, aligns line:column and severity, and puts carets under the text (display width)', () => {
    expect(formatStylish(sampleRun().results)).toBe([
      'drafts/县/a.txt',
      '  2:1  error    未填写的占位符“X”（地区）：此处应填写具体地名  placeholder/test-letter',
      '       X县政协召开XX次会议。',
      '       ^',
      '  2:7  error    未填写的占位符“XX”（地区）：此处应填写具体地名  placeholder/test-letter',
      '       X县政协召开XX次会议。',
      '                  ^^',
      '  3:1  warning  编号“二、”之前缺少“一、”  numbering/test',
      '       二、主要工作',
      '       ^^^^',
      '',
      '✖ 3 problems (2 errors, 1 warning)',
      '',
    ].join('\n'));
  });

  it('says how many files a clean run checked, so that clean and nothing checked look different', () => {
    const clean = sampleRun().results.slice(1);
    expect(formatStylish(clean)).toBe('✔ 1 file, no problems\n');
    expect(formatStylish([...clean, ...clean, ...clean])).toBe('✔ 3 files, no problems\n');
    expect(formatStylish(clean, { errorsOnly: true })).toBe('✔ 1 file, no errors\n');
    expect(formatStylish(clean, { color: true })).toBe('\x1b[1;32m✔ 1 file, no problems\x1b[0m\n');
  });

  it('prints nothing when no file was checked, or when a file could not be read', () => {
    expect(formatStylish([])).toBe('');
    expect(formatStylish(sampleRun().results.slice(1), { failed: 1 })).toBe('');
  });

  it('speaks Chinese when the language is zh: severities, summary and clean line', () => {
    setLanguage('zh');
    try {
      expect(formatStylish(sampleRun().results).split('\n').filter((l) => /^  \d|^✖/.test(l))).toEqual([
        '  2:1  错误  未填写的占位符“X”（地区）：此处应填写具体地名  placeholder/test-letter',
        '  2:7  错误  未填写的占位符“XX”（地区）：此处应填写具体地名  placeholder/test-letter',
        '  3:1  警告  编号“二、”之前缺少“一、”  numbering/test',
        '✖ 3 个问题（2 个错误，1 个警告）',
      ]);
      const clean = sampleRun().results.slice(1);
      expect(formatStylish([...clean, ...clean, ...clean])).toBe('✔ 3 个文件未发现问题\n');
      expect(formatStylish(clean, { errorsOnly: true })).toBe('✔ 1 个文件未发现错误\n');
    } finally {
      setLanguage(undefined);
    }
  });

  it('colours only when asked', () => {
    const plain = formatStylish(sampleRun().results);
    const coloured = formatStylish(sampleRun().results, { color: true });
    expect(plain).not.toContain('\x1b[');
    expect(coloured).toContain('\x1b[31merror  \x1b[0m');
    expect(coloured).toContain('\x1b[33mwarning\x1b[0m');
    expect(coloured.replace(/\x1b\[[\d;]*m/g, '')).toBe(plain);
  });
});

describe('excerpt', () => {
  it('shows a window around a finding on a long line, with ellipses', () => {
    const line = `${'甲'.repeat(30)}XX${'乙'.repeat(30)}`;
    const ex = excerpt(line, { line: 1, column: 31, endLine: 1, endColumn: 33 });
    expect(ex).toEqual({ text: `…${'甲'.repeat(20)}XX${'乙'.repeat(20)}…`, caretFrom: 41, caretWidth: 2 });
  });

  it('underlines to the end of the line when the finding runs on', () => {
    expect(excerpt('报告X', { line: 1, column: 3, endLine: 2, endColumn: 1 })).toEqual({ text: '报告X', caretFrom: 4, caretWidth: 1 });
  });

  it('counts a character outside the BMP as one column', () => {
    expect(excerpt('𠀀X', { line: 1, column: 2, endLine: 1, endColumn: 3 })).toEqual({ text: '𠀀X', caretFrom: 2, caretWidth: 1 });
  });
});
