import { describe, expect, it } from 'vitest';
import { tableCsv, joinTable } from '../../src/format/table.js';
import { loadThemeLexicon } from '../../src/context.js';
import { TermRowSchema } from '../../src/schemas/documents.js';
import { SectionRowSchema } from '../../src/schemas/sections.js';
import { ThemeRowSchema } from '../../src/schemas/themes.js';
import { sortedTermCounts } from '../../src/pipeline/count.js';
import { docTables } from '../../src/pipeline/doc-tables.js';
import { themeRows } from '../../src/pipeline/theme-rows.js';

const lexicon = loadThemeLexicon();
const section = { doc_id: 'a', file: 'a.txt', level: 1, marker: '一、', number: '一', title: '一、加强自身建设', line: 3, numbered: true, chars: 120 };
const themes = [{ theme: 'proposals', hits: 3, matched: [['提案', 2], ['提案办理', 1]] as Array<[string, number]> }];

describe('docTables', () => {
  const a = docTables({
    docId: 'a', hanChars: 2000, terms: sortedTermCounts(new Map([['协商', 2], ['政协', 5], ['委员', 2]])), sections: [section], themes,
  }, lexicon);
  const b = docTables({ docId: 'b', hanChars: 0, terms: sortedTermCounts(new Map()), sections: [], themes: [] }, lexicon);

  it('writes terms by count, then term, with the rate per 10,000 Han characters', () => {
    expect(a.terms).toBe('a,政协,5,25\na,协商,2,10\na,委员,2,10\n');
    expect(b.terms).toBe('');
  });

  it('gives parts that join into the tables serialised at once', () => {
    const terms = [
      { doc_id: 'a', term: '政协', count: 5, per_10k_chars: 25 },
      { doc_id: 'a', term: '协商', count: 2, per_10k_chars: 10 },
      { doc_id: 'a', term: '委员', count: 2, per_10k_chars: 10 },
    ];
    expect(joinTable(TermRowSchema, [a.terms, b.terms], { bom: true })).toBe(tableCsv('terms.csv', TermRowSchema, terms, { bom: true }));
    expect(joinTable(SectionRowSchema, [b.sections, a.sections])).toBe(tableCsv('sections.csv', SectionRowSchema, [section]));
    expect(joinTable(ThemeRowSchema, [a.themes, b.themes])).toBe(tableCsv('themes.csv', ThemeRowSchema, themeRows('a', 2000, themes, lexicon)));
  });

  it('names the document when a row breaks its schema', () => {
    expect(() => docTables({ docId: 'c', hanChars: 10, terms: sortedTermCounts(new Map([['', 1]])), sections: [], themes: [] }, lexicon))
      .toThrow('terms.csv (c): row 1, field "term"');
  });
});
