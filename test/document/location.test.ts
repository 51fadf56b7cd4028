import { describe, expect, it } from 'vitest';
import { codePointsBetween } from '../../src/document/code-points.js';
import { createLocator } from '../../src/document/location.js';

describe('createLocator', () => {
  it('counts lines across LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const loc = createLocator(text);
    expect(loc.lineCount).toBe(4);
    expect(loc.at(0)).toEqual({ line: 1, column: 1 });
    expect(loc.at(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(loc.at(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(loc.at(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
    expect(loc.lineStart(3)).toBe(text.indexOf('e'));
  });

  it('counts columns in code points, so an astral character is one column', () => {
    const text = '𠀀政协X县';
    expect(text.indexOf('X')).toBe(4);
    expect(createLocator(text).at(4)).toEqual({ line: 1, column: 4 });
    expect(codePointsBetween(text, 0, 4)).toBe(3);
  });

  it('does not open a line after a final line break', () => {
    expect(createLocator('一\n二\n').lineCount).toBe(2);
  });
});

describe('createLocator on long lines', () => {
  it('agrees with a direct count of code points at every offset of a line mixing BMP and astral characters', () => {
    // 600 units: columns near the line's start (counted on the spot) and far from it (from the index of pairs).
    const text = `第一行\n${'政𠀀协X'.repeat(120)}\r\n末`;
    const start = createLocator(text).lineStart(2);
    const offsets: number[] = [];
    for (let i = start; i < text.indexOf('\r'); i++) {
      if (text.charCodeAt(i) < 0xdc00 || text.charCodeAt(i) > 0xdfff) offsets.push(i);
    }
    // Asked in text order and in reverse, so that both ways of counting come first once.
    for (const order of [offsets, [...offsets].reverse()]) {
      const loc = createLocator(text);
      for (const i of order) expect(loc.at(i)).toEqual({ line: 2, column: codePointsBetween(text, start, i) + 1 });
      expect(loc.at(text.length - 1)).toEqual({ line: 3, column: 1 });
    }
  });
});
