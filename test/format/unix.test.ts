import { describe, expect, it } from 'vitest';
import { formatUnix } from '../../src/format/unix.js';
import { sampleRun } from './fixture.js';

describe('formatUnix', () => {
  it('prints path:line:col: severity: message [rule], one line each', () => {
    expect(formatUnix(sampleRun().results)).toBe([
      'drafts/县/a.txt:2:1: error: 未填写的占位符“X”（地区）：此处应填写具体地名 [placeholder/test-letter]',
      'drafts/县/a.txt:2:7: error: 未填写的占位符“XX”（地区）：此处应填写具体地名 [placeholder/test-letter]',
      'drafts/县/a.txt:3:1: warning: 编号“二、”之前缺少“一、” [numbering/test]',
      '',
    ].join('\n'));
    expect(formatUnix([])).toBe('');
  });
});
