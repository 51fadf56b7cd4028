import { describe, expect, it } from 'vitest';
import { WordCounts } from '../../../src/pipeline/formulations/word-counts.js';

describe('WordCounts', () => {
  it('adds to a word by a part of another string, and reads 0 for a word never added or not included', () => {
    const counts = new WordCounts();
    counts.include('新 常态', 0, 1); // 新
    counts.include('新 常态', 2, 4); // 常态
    counts.include('新', 0, 1); // 新 again: one word
    counts.include('培育 新质 生产力', 6, 9); // 生产力
    counts.add('新 常态', 0, 1, 3);
    counts.add('新 常态', 2, 4, 3);
    counts.add('新 质', 0, 1, 2);
    counts.add('新 质', 2, 3, 2); // 质 is not included
    counts.add('新常态', 0, 2, 5); // 新常 is no word, though it begins like 新
    const get = (word: string) => counts.get(word, 0, word.length);
    expect([get('新'), get('常态'), get('生产力'), get('质'), get('新常')]).toEqual([5, 3, 0, 0, 0]);
    expect(counts.get('推进新常态', 3, 5)).toBe(3);
  });

  it('tells many words apart exactly, each by its own code units, as its table grows', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `词${i}`);
    const counts = new WordCounts();
    words.forEach((w) => counts.include(`前 ${w} 后`, 2, 2 + w.length));
    words.forEach((w, i) => counts.add(w, 0, w.length, i));
    words.forEach((w) => counts.add(`${w}`, 0, w.length, 1));
    expect(words.every((w, i) => counts.get(w, 0, w.length) === i + 1)).toBe(true);
    expect(counts.get('词5000', 0, 5)).toBe(0);
  });
});
