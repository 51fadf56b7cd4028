import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toCsv } from '../../src/format/csv.js';
import { joinTable, tableCsv, tableLines } from '../../src/format/table.js';

const Schema = z.object({
  doc_id: z.string().min(1),
  label: z.string(),
  count: z.number().int().positive(),
  rate: z.number().nonnegative(),
});
const COLUMNS = ['doc_id', 'label', 'count', 'rate'];
const row = (over: Record<string, unknown> = {}) => ({ doc_id: 'a', label: '提案', count: 2, rate: 0.5, ...over });

describe('tableLines and tableCsv', () => {
  it('serialise valid rows in the schema order, as toCsv does', () => {
    const rows = [row(), row({ label: '=x,y', extra: 'dropped' }), row({ doc_id: 'b', label: '', count: 3, rate: -0 })];
    expect(tableLines('t (a)', Schema, rows)).toBe('a,提案,2,0.5\na,"\'=x,y",2,0.5\nb,,3,0\n');
    expect(tableCsv('t', Schema, rows, { bom: true })).toBe(toCsv(rows, COLUMNS, { bom: true }));
    expect(joinTable(Schema, [tableLines('t (a)', Schema, rows.slice(0, 1)), tableLines('t (b)', Schema, rows.slice(1))]))
      .toBe(toCsv(rows, COLUMNS));
    expect(tableCsv('t', Schema, [])).toBe('doc_id,label,count,rate\n');
    expect(tableLines('t', Schema, [])).toBe('');
  });

  it('reports the first bad row with its number and field, however often its values were seen before', () => {
    const good = [row(), row(), row({ count: 5 })];
    expect(tableLines('t (a)', Schema, good)).toBe('a,提案,2,0.5\na,提案,2,0.5\na,提案,5,0.5\n');
    // '' is a valid label, remembered as such, but not a valid doc_id.
    expect(() => tableLines('t (a)', Schema, [...good, row({ doc_id: '', label: '' })]))
      .toThrow('t (a): row 4, field "doc_id": Too small: expected string to have >=1 characters');
    // 0.5 is a valid rate, but not a valid count; 2 and 5 are, and a refused value stays refused.
    for (let pass = 0; pass < 2; pass++) {
      expect(() => tableCsv('t', Schema, [...good, row({ count: 0.5 })])).toThrow('t: row 4, field "count": Invalid input: expected int, received number');
    }
    expect(() => tableCsv('t', Schema, [row({ rate: -1 })])).toThrow('t: row 1, field "rate": Too small: expected number to be >=0');
    expect(() => tableLines('t', Schema, [row(), { doc_id: 'a', label: 'x', rate: 1 }])).toThrow('t: row 2, field "count": Invalid input: expected number, received undefined');
    expect(() => tableLines('t', Schema, [row({ label: 7 })])).toThrow('t: row 1, field "label": Invalid input: expected string, received number');
  });

  it('names the first failing field of a row, in column order', () => {
    expect(() => tableLines('t', Schema, [row({ label: 1, rate: -1 })])).toThrow('field "label"');
  });

  it('reports rows that are not objects', () => {
    expect(() => tableLines('t', Schema, [row(), null as unknown as object])).toThrow('t: row 2, field "": Invalid input: expected object, received null');
    expect(() => tableLines('t', Schema, [[] as object])).toThrow('t: row 1, field "": Invalid input: expected object, received array');
  });

  it('checks object-level rules and unknown keys of strict schemas row by row', () => {
    const Refined = Schema.refine((r) => r.count <= 10, { message: 'count over 10', path: ['count'] });
    expect(tableLines('r', Refined, [row({ count: 10 })])).toBe('a,提案,10,0.5\n');
    expect(() => tableLines('r', Refined, [row({ count: 10 }), row({ count: 11 })])).toThrow('r: row 2, field "count": count over 10');
    const Strict = z.strictObject(Schema.shape);
    expect(tableCsv('s', Strict, [row()])).toBe('doc_id,label,count,rate\na,提案,2,0.5\n');
    expect(() => tableCsv('s', Strict, [row(), row({ extra: 1 })])).toThrow('s: row 2, field "": Unrecognized key: "extra"');
  });
});
