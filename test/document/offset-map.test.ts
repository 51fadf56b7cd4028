import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/document/normalize.js';
import { OffsetMapBuilder } from '../../src/document/offset-map.js';

describe('OffsetMap', () => {
  it('stores a run per change, not a number per character, and maps every offset exactly', () => {
    const source = '一、\r\n二\u3000三\u200b四\r\n'.repeat(1000);
    const { text, map } = normalizeText(source, 'txt');
    expect(map.length).toBe(text.length + 1);
    // Each copy drops two CRs and a zero-width space: three changes, so three runs a copy (and the first run).
    expect((map as unknown as { starts: Int32Array }).starts.length).toBe(3001);
    // A space stands where U+3000 stood, a line break where its CR stood; every other character is itself.
    const expected = (c: string) => (c === ' ' ? '\u3000' : c === '\n' ? '\r' : c);
    for (let i = 0; i < text.length; i++) expect(source[map.at(i)]).toBe(expected(text[i]!));
    expect(map.at(text.length)).toBe(source.length);
  });

  it('gives a prefix that maps as the whole does', () => {
    const b = new OffsetMapBuilder();
    for (const s of [0, 1, 3, 4, 5, 9, 10]) b.push(s);
    const map = b.done();
    expect([...map]).toEqual([0, 1, 3, 4, 5, 9, 10]);
    expect([...map.prefix(4)]).toEqual([0, 1, 3, 4]);
    expect([...map.prefix(1)]).toEqual([0]);
  });

  it('maps a run pushed at once as one offset after another', () => {
    const b = new OffsetMapBuilder();
    b.pushRun(2, 3);
    b.push(7);
    b.pushRun(8, 2);
    expect([...b.done()]).toEqual([2, 3, 4, 7, 8, 9]);
  });
});
