import { describe, expect, it } from 'vitest';
import { codePointCount, codePointsBack, codePointsBetween, codePointsForward } from '../../src/document/code-points.js';

describe('code points', () => {
  it('counts a surrogate pair once, and a pair cut by the start of the range as its one half', () => {
    expect(codePointsBetween('𠀀年', 0, 3)).toBe(2);
    expect(codePointsBetween('𠀀年', 1, 3)).toBe(2);
    expect(codePointCount('')).toBe(0);
    expect(codePointCount('a𠀀b')).toBe(3);
  });

  it('leaves line feeds and carriage returns out when asked (the chars columns)', () => {
    expect(codePointsBetween('一\n二\r\n三', 0, 6, { lineBreaks: false })).toBe(3);
    expect(codePointsBetween('一\n二\r\n三', 0, 6)).toBe(6);
  });

  it('steps back and forward over a surrogate pair whole, stopping at the ends of the text', () => {
    const text = 'a𠀀b𠀁c';
    expect(codePointsBack(text, 4, 2)).toBe(1);
    expect(codePointsBack(text, 4, 9)).toBe(0);
    expect(codePointsForward(text, 1, 2)).toBe(4);
    expect(codePointsForward(text, 4, 9)).toBe(text.length);
  });
});
