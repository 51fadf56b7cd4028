import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { extractTopics } from '../../../src/pipeline/topics/extract.js';
import { foldToSimplified } from '../../../src/pipeline/topics/fold.js';

describe('foldToSimplified', () => {
  it('folds Traditional characters to Simplified, keeping the length', () => {
    const folded = foldToSimplified('圍繞鄉村振興開展專項民主監督');
    expect(folded).toBe('围绕乡村振兴开展专项民主监督');
    expect(folded.length).toBe(14);
  });

  it('returns a Simplified text as it is (the same string), also after a Traditional one taught it the characters', () => {
    foldToSimplified('協商議政');
    const text = '围绕“乡村振兴”开展专题协商，提出意见建议12条。';
    expect(foldToSimplified(text)).toBe(text);
  });

  it('folds a text whose only Traditional character comes after a long Simplified run, and one with an astral character', () => {
    expect(foldToSimplified(`${'政协'.repeat(500)}會`)).toBe(`${'政协'.repeat(500)}会`);
    expect(foldToSimplified('𠮷協商')).toBe('𠮷协商');
  });
});

describe('a folded text given to the rules', () => {
  it('gives the topics the rules find when they fold the text themselves, cut from the text as written', () => {
    const doc = createDocument({ path: 'a.txt', file: 'a.txt', format: 'txt', encoding: 'utf-8', source: '圍繞鄉村振興開展專項民主監督。' });
    const own = extractTopics(doc);
    expect(own.map((t) => `${t.activity} ${t.topic}`)).toEqual(['民主监督 鄉村振興']);
    expect(extractTopics(doc, foldToSimplified(doc.text))).toEqual(own);
  });
});
