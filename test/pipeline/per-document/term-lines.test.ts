import { describe, expect, it } from 'vitest';
import { tableLines } from '../../../src/format/table.js';
import { TermRowSchema } from '../../../src/schemas/documents.js';
import { sortedTermCounts } from '../../../src/pipeline/per-document/count.js';
import { termLines } from '../../../src/pipeline/per-document/term-lines.js';

const terms = sortedTermCounts(new Map([['协商', 3], ['a,b', 3], ['=1', 2], ['"引号"', 1], [' 空格', 1], ['政协', 7]]));

describe('termLines', () => {
  it('writes the lines tableLines writes for the same rows, a rate per count', () => {
    const rows = terms.terms.map((term, i) => ({
      doc_id: 'd,1', term, count: terms.counts[i]!, per_10k_chars: Math.round((terms.counts[i]! * 1e4 / 3) * 1e4) / 1e4,
    }));
    expect(termLines('d,1', 3, terms)).toBe(tableLines('x', TermRowSchema, rows));
    expect(termLines('a', 2000, terms)).toBe(
      'a,政协,7,35\na,"a,b",3,15\na,协商,3,15\na,\'=1,2,10\na," 空格",1,5\na,"""引号""",1,5\n',
    );
  });

  it('writes nothing for a document without terms, and rates of 0 without Han characters', () => {
    expect(termLines('a', 5, sortedTermCounts(new Map()))).toBe('');
    expect(termLines('a', 0, sortedTermCounts(new Map([['GDP', 2]])))).toBe('a,GDP,2,0\n');
  });

  it('names the document, the row and the field of a cell its column refuses', () => {
    expect(() => termLines('', 10, terms)).toThrow('terms.csv (): row 1, field "doc_id"');
    expect(() => termLines('c', -10, terms)).toThrow('terms.csv (c): row 1, field "per_10k_chars"');
    expect(() => termLines('c', 10, sortedTermCounts(new Map([['政协', 2], ['', 1]])))).toThrow('terms.csv (c): row 2, field "term"');
  });
});
