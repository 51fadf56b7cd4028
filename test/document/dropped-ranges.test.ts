import { describe, expect, it } from 'vitest';
import { droppedRanges } from '../../src/document/dropped-ranges.js';

describe('droppedRanges', () => {
  it('takes the ranges out and maps each character of the copy back to the text', () => {
    expect(droppedRanges('產(chǎn)業', [[1, 7]])).toEqual({ text: '產業', at: Int32Array.from([0, 7, 8]) });
    const wrapped = droppedRanges('文化\n建设\n工作', [[2, 3], [5, 6]]);
    expect(wrapped.text).toBe('文化建设工作');
    expect([...wrapped.at]).toEqual([0, 1, 3, 4, 6, 7, 8]);
  });

  it('gives the text itself, mapped one to one, when no range is taken out', () => {
    expect(droppedRanges('政协', [])).toEqual({ text: '政协', at: Int32Array.from([0, 1, 2]) });
  });
});
