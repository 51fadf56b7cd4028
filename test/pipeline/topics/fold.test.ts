import { describe, expect, it } from 'vitest';
import { foldedText, foldToSimplified } from '../../../src/pipeline/topics/fold.js';

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

describe('foldedText', () => {
  it('folds a document\'s text once and gives the same string again, and folds a replaced text afresh', () => {
    const doc = { text: '圍繞鄉村振興' };
    const first = foldedText(doc);
    expect(first).toBe('围绕乡村振兴');
    expect(foldedText(doc)).toBe(first);
    doc.text = '協商議政';
    expect(foldedText(doc)).toBe('协商议政');
    expect(foldedText({ text: '协商' })).toBe('协商');
  });
});
