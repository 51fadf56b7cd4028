import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCell, type Cell } from '../../../src/format/csv.js';
import { tableCsv, joinTable } from '../../../src/format/table.js';
import { loadThemeLexicon } from '../../../src/context.js';
import { TermRowSchema } from '../../../src/schemas/documents.js';
import { PlaceholderRowSchema } from '../../../src/schemas/placeholders.js';
import { SectionRowSchema } from '../../../src/schemas/sections.js';
import { ThemeRowSchema } from '../../../src/schemas/themes.js';
import { sortedTermCounts } from '../../../src/pipeline/per-document/count.js';
import { docTables, stageLines } from '../../../src/pipeline/per-document/rows.js';
import { themeRows } from '../../../src/pipeline/per-document/theme-rows.js';

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

  it('writes what papaparse writes for rows with quoting, formula starts and repeated values', () => {
    const papa = (rows: readonly object[], columns: string[]) =>
      `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => safeCell((r as Record<string, Cell>)[c]))) }, { newline: '\n', quotes: false, header: false })}\n`;
    const counts = new Map([['协商', 3], ['a,b', 2], ['-X县', 1], ['"引号"', 1], [' 空格', 1], ['=1', 7], ['-3.5', 2]]);
    const odd = { ...section, doc_id: 'd,1', title: '（一）"加强" 学习 ', marker: '（一）', number: '-1' };
    const input = { docId: 'd,1', hanChars: 3, terms: sortedTermCounts(counts), sections: [odd, odd], themes };
    for (let pass = 0; pass < 2; pass++) {
      const t = docTables(input, lexicon);
      const terms = input.terms.terms.map((term, i) => ({ doc_id: 'd,1', term, count: input.terms.counts[i]!, per_10k_chars: Math.round((input.terms.counts[i]! * 1e4 / 3) * 1e4) / 1e4 }));
      expect(t.terms).toBe(papa(terms, ['doc_id', 'term', 'count', 'per_10k_chars']));
      expect(t.sections).toBe(papa([odd, odd], Object.keys(SectionRowSchema.shape)));
      expect(t.themes).toBe(papa(themeRows('d,1', 3, themes, lexicon), Object.keys(ThemeRowSchema.shape)));
    }
  });
});

describe('stageLines', () => {
  const row = (doc_id: string, line: number, text: string) => ({
    doc_id, file: `${doc_id}.txt`, line, column: 3, end_column: 5, text, kind: 'region' as const, rule_id: 'placeholder/letter-mask',
    context: `${text}县政协`, location: '',
  });

  it('gives parts of placeholders.csv that join into the table serialised at once', () => {
    const a = [row('a', 1, 'X'), row('a', 4, '=XX')];
    const b = [row('b', 2, '某,某')];
    const parts = [stageLines('placeholders', 'a', a), stageLines('placeholders', 'c', []), stageLines('placeholders', 'b', b)];
    expect(parts[0]).toBe('a,a.txt,1,3,5,X,region,placeholder/letter-mask,X县政协,\na,a.txt,4,3,5,\'=XX,region,placeholder/letter-mask,\'=XX县政协,\n');
    expect(joinTable(PlaceholderRowSchema, parts, { bom: true })).toBe(tableCsv('placeholders.csv', PlaceholderRowSchema, [...a, ...b], { bom: true }));
  });

  it('names the table and the document when a row breaks its schema', () => {
    expect(() => stageLines('topics', 'c', [{ doc_id: 'c' }])).toThrow('topics.csv (c): row 1, field "file"');
  });
});
