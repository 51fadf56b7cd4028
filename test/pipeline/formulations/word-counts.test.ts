import { describe, expect, it } from 'vitest';
import { WordCounts } from '../../../src/pipeline/formulations/word-counts.js';

describe('WordCounts', () => {
  it('adds to a word by a part of a longer string, and reads 0 for a word never added or not counted', () => {
    const counts = new WordCounts(['新', '常态', '新', '生产力']);
    counts.add('新 常态', 0, 1, 3);
    counts.add('新 常态', 2, 4, 3);
    counts.add('新 质', 0, 1, 2);
    counts.add('新 质', 2, 3, 2); // 质 is not counted
    counts.add('新常态', 0, 2, 5); // 新常 is no word, though it begins like 新
    expect([counts.get('新'), counts.get('常态'), counts.get('生产力'), counts.get('质'), counts.get('新常')]).toEqual([5, 3, 0, 0, 0]);
  });

  it('tells many words apart exactly, each by its own code units', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `词${i}`);
    const counts = new WordCounts(words);
    words.forEach((w, i) => counts.add(`前 ${w} 后`, 2, 2 + w.length, i));
    words.forEach((w, i) => counts.add(`${w}`, 0, w.length, 1));
    expect(words.every((w, i) => counts.get(w) === i + 1)).toBe(true);
    expect(counts.get('词5000')).toBe(0);
  });
});
