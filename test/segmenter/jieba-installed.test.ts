import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { assertSegmenterInstalled, SEGMENTER_MISSING } from '../../src/segmenter/jieba.js';

describe('assertSegmenterInstalled', () => {
  it('passes when nodejieba resolves (it is installed here)', () => {
    expect(() => assertSegmenterInstalled()).not.toThrow();
  });

  it('says what to install when nodejieba is missing (an install with --omit=optional, or a failed compile)', () => {
    const missing = () => {
      throw Object.assign(new Error("Cannot find module 'nodejieba'"), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => assertSegmenterInstalled(missing)).toThrow(UsageError);
    expect(() => assertSegmenterInstalled(missing)).toThrow(SEGMENTER_MISSING);
  });
});
