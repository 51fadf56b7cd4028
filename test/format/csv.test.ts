import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Cell, csvField, csvLines, fieldWriter, joinCsv, parseCsv, safeCell, toCsv } from '../../src/format/csv.js';

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

/** What the serialisers must give: papaparse over all the rows at once, as the code did before it was sped up. */
const papaToCsv = (rows: readonly object[], columns: readonly string[]): string => {
  const data = rows.map((r) => columns.map((c) => safeCell((r as Record<string, Cell>)[c])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false }).replace(/\n$/, '')}\n`;
};
const papaLines = (rows: readonly object[], columns: readonly string[]): string => {
  if (rows.length === 0) return '';
  const data = rows.map((r) => columns.map((c) => safeCell((r as Record<string, Cell>)[c])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false, header: false })}\n`;
};

/** Cells papaparse quotes, doubles, neutralises or leaves alone — each value in every position of a row. */
const TRICKY: Cell[] = [
  '政协', '一,二', '说"好"', '"', '""', 'a\nb', 'a\r\nb', '\r', '\uFEFF协商', ' 协商', '协商 ', ' ', '  ', '',
  '=SUM(A1)', '+86 10', '-X县', '@cmd', '\t1', '-3.5', '+12', '-', "'", '=1,2', '= "x"', '1e5', '-.5',
  0, -0, 1, -3.5, 12.3456, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, 4095, 4096, 2 ** 32, -1,
  true, false, null, undefined, '十一', 'ABCDEFGHIJKLM', '这是一个很长的标题，超过十二个字符，含逗号',
];

describe('fast serialisation, byte for byte what papaparse gives', () => {
  const columns = ['a', 'b', 'c'];
  const rows = TRICKY.flatMap((v, i) => [
    { a: v, b: TRICKY[(i + 7) % TRICKY.length], c: TRICKY[(i + 13) % TRICKY.length] },
    { a: 'x', b: v, c: v },
  ]);

  it('matches Papa.unparse for every tricky cell, twice over (remembered fields the second time)', () => {
    for (let pass = 0; pass < 2; pass++) {
      expect(csvLines(rows, columns)).toBe(papaLines(rows, columns));
      expect(toCsv(rows, columns)).toBe(papaToCsv(rows, columns));
      expect(toCsv(rows, columns, { bom: true })).toBe(`\uFEFF${papaToCsv(rows, columns)}`);
    }
  });

  it('matches a field at a time', () => {
    for (const v of TRICKY) expect(csvField(v), String(v)).toBe(papaLines([{ a: v }], ['a']).slice(0, -1));
  });

  it('ends the table as toCsv always did when the last line is empty or there are no columns', () => {
    for (const last of ['', null, undefined, 'x']) {
      const one = [{ a: 'x' }, { a: last }];
      expect(toCsv(one, ['a'])).toBe(papaToCsv(one, ['a']));
      expect(toCsv([{ a: last }], ['a'])).toBe(papaToCsv([{ a: last }], ['a']));
      expect(csvLines(one, ['a'])).toBe(papaLines(one, ['a']));
    }
    expect(toCsv([{ a: 1 }, { a: 2 }], [])).toBe(papaToCsv([{ a: 1 }, { a: 2 }], []));
    expect(csvLines([{ a: 1 }, { a: 2 }], [])).toBe(papaLines([{ a: 1 }, { a: 2 }], []));
    expect(toCsv([], [])).toBe(papaToCsv([], []));
  });

  it('writes values that are not cells as papaparse does (Dates, arrays)', () => {
    const odd = [{ a: new Date(Date.UTC(2024, 0, 2)), b: [1, 2], c: new Date(Number.NaN) }];
    expect(toCsv(odd, columns)).toBe(papaToCsv(odd, columns));
  });
});

describe('fieldWriter', () => {
  it('asks admit once per distinct number, boolean or null, for a string unless it was the last value, and remembers only what it admitted', () => {
    const asked: unknown[] = [];
    const write = fieldWriter((v) => { asked.push(v); return v !== 'bad'; });
    const long = '一二三四五六七八九十十一十二';
    const values = ['a,b', 'a,b', 3, 3, 0, -0, -0, long, long, 'bad', 'bad', null, null, true, true, 'a,b'];
    expect(values.map(write)).toEqual(['"a,b"', '"a,b"', '3', '3', '0', '0', '0', long, long, undefined, undefined, '', '', 'true', 'true', '"a,b"']);
    // -0 is never remembered (it is a different value from 0 for zod); a refused value is asked again; a string
    // only as the last value.
    expect(asked).toEqual(['a,b', 3, 0, -0, -0, long, 'bad', 'bad', null, true, 'a,b']);
  });

  it('keeps apart strings and numbers that look alike', () => {
    const write = fieldWriter();
    expect([1, '1', '-1', -1, '=1', 'true', true].map(write)).toEqual(['1', '1', '-1', '-1', "'=1", 'true', 'true']);
  });
});

describe('csvField: the escaping rules, value by value', () => {
  it.each<[string, Cell, string]>([
    ['a quote, doubled inside quotes', '说"好"', '"说""好"""'],
    ['a lone quote', '"', '""""'],
    ['a comma', '一,二', '"一,二"'],
    ['LF', '第一行\n第二行', '"第一行\n第二行"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['a leading space', ' 协商', '" 协商"'],
    ['a trailing space', '协商 ', '"协商 "'],
    ['a byte order mark', '\uFEFF协商', '"\uFEFF协商"'],
    ['= lead, neutralised', '=SUM(A1)', "'=SUM(A1)"],
    ['+ lead, neutralised', '+X县', "'+X县"],
    ['- lead, neutralised', '-X县', "'-X县"],
    ['@ lead, neutralised', '@cmd', "'@cmd"],
    ['a formula with a comma: neutralised, then quoted', '=A1,B1', `"'=A1,B1"`],
    ['CR lead: neutralised and quoted', '\r', `"'\r"`],
    ['tab lead: neutralised, not quoted', '\t1', "'\t1"],
    ['a signed number stays a number', '-3.5', '-3.5'],
    ['empty', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['U+2028 is not a line break for CSV readers: as it is', '上\u2028下', '上\u2028下'],
    ['U+2029 likewise', '上\u2029下', '上\u2029下'],
    ['a tab inside', '甲\t乙', '甲\t乙'],
    ['a number', 12.3456, '12.3456'],
    ['negative zero', -0, '0'],
    ['a boolean', false, 'false'],
  ])('%s', (_what, value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('reads every awkward value back as written (after the apostrophe of a neutralised formula)', () => {
    const values = ['说"好"', '一,二', '第一行\n第二行', 'a\r\nb', ' 协商', '协商 ', '=A1,B1', '上\u2028下', '甲\t乙'];
    const csv = toCsv(values.map((v, i) => ({ i, v })), ['i', 'v']);
    expect(parseCsv(csv).rows.map((r) => r.v)).toEqual(values.map((v) => (v.startsWith('=') ? `'${v}` : v)));
  });
});

