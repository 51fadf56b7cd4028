import { describe, expect, it } from 'vitest';
import { occurrences, phraseCandidates } from '../../../src/pipeline/formulations/phrase-candidates.js';
import { CandidateCounts } from '../../../src/pipeline/formulations/phrase-counts.js';
import { tokenize } from '../../../src/pipeline/per-document/tokenize.js';

/** Cuts a Han piece into the words listed for it, else into single characters. */
const segmenter = (words: Record<string, string[]>) => ({
  cut: (text: string) => text.split('\n').flatMap((piece) => words[piece] ?? [...piece]),
});

describe('phraseCandidates', () => {
  it('gives every candidate in order of first occurrence with its count', () => {
    const text = '新质生产力，新质生产力；互联网+。“多规合一”多规合一';
    const seg = segmenter({ 新质生产力: ['新', '质', '生产力'], 互联网: ['互联网'], 多规合一: ['多', '规', '合一'] });
    const { terms, counts } = phraseCandidates(text, tokenize(text, seg), new Set());
    expect(terms.map((t, i) => `${t}:${counts[i]}`)).toEqual([
      '新 质:2', '新 质 生产力:2', '质 生产力:2', '互联网+:1', '多 规:2', '多 规 合一:2', '规 合一:2', '“多规合一”:2',
    ]);
  });

  it('keeps the order and counts of thousands of distinct pairs (the table grows)', () => {
    const words = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const text = `${words.join('')}，${words.join('')}`;
    const { terms, counts } = phraseCandidates(text, tokenize(text, segmenter({})), new Set());
    const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
    const triples = words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`);
    const expected = pairs.flatMap((p, i) => (i < triples.length ? [p, triples[i]!] : [p]));
    expect(terms).toEqual(expected);
    expect([...counts].every((c) => c === 2)).toBe(true);
  });
});

describe('CandidateCounts', () => {
  it('counts pairs, A+, triples and texts under distinct keys', () => {
    const c = new CandidateCounts(['甲', '乙', '丙']);
    const ab = c.addPair(0, 1);
    c.addPair(1, 0);
    c.addPlus(0);
    c.addTriple(ab, 2);
    c.addPair(0, 1);
    c.addText('“甲乙”', 3);
    c.addText('“甲乙”');
    expect(c.columns()).toEqual({ terms: ['甲 乙', '乙 甲', '甲+', '甲 乙 丙', '“甲乙”'], counts: Uint32Array.from([2, 1, 1, 1, 4]) });
  });
});

describe('occurrences', () => {
  it('counts each phrase\'s non-overlapping occurrences on its own, as indexOf from the end of the last one', () => {
    expect(occurrences('哈哈哈哈哈，协商议政协商', ['哈哈', '协商', '商议', '政协'])).toEqual(
      new Map([['哈哈', 2], ['协商', 2], ['商议', 1], ['政协', 1]]),
    );
    const alphabet = ['哈', '协', '商', '议', '𠀀'];
    const phrases = ['哈哈', '协商', '商议', '协商议', '𠀀哈', '哈𠀀'];
    let seed = 9;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: n % 30 }, () => alphabet[next()]).join('');
      const byIndexOf = phrases.map((p): [string, number] => {
        let k = 0;
        for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + p.length)) k++;
        return [p, k];
      });
      expect(occurrences(text, phrases), text).toEqual(new Map(byIndexOf));
    }
  });
});
