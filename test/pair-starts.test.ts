import { describe, expect, it } from 'vitest';
import { pairSlot, pairStarts } from '../src/pair-starts.js';

const slot = (text: string) => pairSlot(text.charCodeAt(0), text.length > 1 ? text.charCodeAt(1) : 0xffff);

describe('pairStarts', () => {
  it('marks the first two code units of every word of two or more, and nothing else', () => {
    const starts = pairStarts(['政协', '协商会', '县']);
    expect([...starts.keys()].filter((i) => starts[i] === 1).sort((a, b) => a - b)).toEqual([slot('政协'), slot('协商')].sort((a, b) => a - b));
    expect(starts[slot('县')]).toBe(0);
  });

  it('with single, also every word\'s first code unit alone', () => {
    const starts = pairStarts(['政协', '县'], { single: true });
    expect([slot('政'), slot('县'), slot('政协')].map((i) => starts[i])).toEqual([1, 1, 1]);
    expect(starts.reduce((n, b) => n + b, 0)).toBe(3);
  });

  it('folds a pair into one of 64K slots', () => {
    expect(pairSlot(0x653f, 0x534f)).toBe((0x653f * 31 + 0x534f) & 0xffff);
    expect(pairSlot(0xffff, 0xffff)).toBeLessThan(0x10000);
  });
});
