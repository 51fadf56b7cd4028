import { describe, expect, it } from 'vitest';
import { csvLines, joinCsv, parseCsv, safeCell, toCsv } from '../../src/format/csv.js';

describe('safeCell', () => {
  it('neutralises text a spreadsheet would execute', () => {
    expect(safeCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(safeCell('+86 10')).toBe("'+86 10");
    expect(safeCell('-X县')).toBe("'-X县");
    expect(safeCell('@cmd')).toBe("'@cmd");
  });

  it('keeps plain numbers, ordinary text and empty cells', () => {
    expect(safeCell('-3.5')).toBe('-3.5');
    expect(safeCell('+12')).toBe('+12');
    expect(safeCell(-2)).toBe(-2);
    expect(safeCell('专题协商')).toBe('专题协商');
    expect(safeCell(undefined)).toBe(null);
    expect(safeCell(null)).toBe(null);
  });
});

describe('toCsv', () => {
  it('writes the given columns in order, quotes where needed, LF line ends', () => {
    const csv = toCsv([{ a: '一,二', b: 2, c: '说“好”' }, { a: '=1+1', b: null, c: 'x\ny' }], ['b', 'a', 'c']);
    expect(csv).toBe('b,a,c\n2,"一,二",说“好”\n,\'=1+1,"x\ny"\n');
  });

  it('writes a header-only table as one line', () => {
    expect(toCsv([], ['file', 'stage', 'message'])).toBe('file,stage,message\n');
  });

  it('prefixes a BOM for Excel', () => {
    expect(toCsv([{ a: 1 }], ['a'], { bom: true })).toBe('\uFEFFa\n1\n');
  });

  it('round-trips through parseCsv', () => {
    const csv = toCsv([{ file: 'a.txt', title: '政协,工作' }], ['file', 'title'], { bom: true });
    expect(parseCsv(csv).rows).toEqual([{ file: 'a.txt', title: '政协,工作' }]);
  });
});

describe('csvLines and joinCsv', () => {
  const columns = ['doc_id', 'term', 'count'];
  const a = [{ doc_id: 'a', term: '政协,工作', count: 2 }, { doc_id: 'a', term: '=SUM(1)', count: 1 }];
  const b = [{ doc_id: 'b', term: ' 协商', count: 3 }];

  it('serialises a table in parts with the same bytes as all rows at once', () => {
    expect(csvLines(a, columns)).toBe('a,"政协,工作",2\na,\'=SUM(1),1\n');
    expect(csvLines([], columns)).toBe('');
    const parts = [csvLines(a, columns), csvLines([], columns), csvLines(b, columns)];
    expect(joinCsv(columns, parts)).toBe(toCsv([...a, ...b], columns));
    expect(joinCsv(columns, parts, { bom: true })).toBe(toCsv([...a, ...b], columns, { bom: true }));
  });

  it('joins no rows into the header line alone', () => {
    expect(joinCsv(columns, ['', ''])).toBe(toCsv([], columns));
  });
});
