import { describe, expect, it } from 'vitest';
import { loadQuantityLexicon } from '../../../src/context.js';
import { compileQuantityLexicon, findTerms } from '../../../src/pipeline/quantities/vocabulary.js';

const lexicon = loadQuantityLexicon();
const compiled = compileQuantityLexicon(lexicon);

/** The terms as one regular expression of every word, longest first, finds them (how they were found before). */
function byExpression(text: string) {
  const subjects = new Set(lexicon.subjects.flatMap((s) => s.terms));
  const words = [...new Set([...subjects, ...(lexicon.exclude ?? [])])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return [...text.matchAll(new RegExp(words.join('|'), 'gu'))]
    .filter((m) => subjects.has(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, term: m[0] }));
}

describe('findTerms', () => {
  it('finds the longest word at each place, left to right, and hides terms inside an exclusion', () => {
    expect(findTerms('共收到提案312件，其中重点提案20件；委员会委员50名', compiled)).toEqual([
      { start: 3, end: 5, term: '提案' },
      { start: 12, end: 16, term: '重点提案' },
      { start: 23, end: 25, term: '委员' },
    ]);
  });

  it('agrees with one expression of all the words on random texts of their pieces', () => {
    const pieces = [...new Set([...lexicon.subjects.flatMap((s) => s.terms), ...(lexicon.exclude ?? [])].flatMap((w) => [w, w.slice(0, 1), w.slice(1)]))];
    pieces.push('𠀀', '，', '12');
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + (n % 25) }, () => pieces[next()]).join('');
      expect(findTerms(text, compiled), text).toEqual(byExpression(text));
    }
  });
});
