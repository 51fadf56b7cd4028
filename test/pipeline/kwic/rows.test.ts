import { describe, expect, it } from 'vitest';
import type { KwicHit } from '../../../src/pipeline/kwic/search.js';
import { kwicCounts, kwicRows, type KwicDoc } from '../../../src/pipeline/kwic/rows.js';
import type { DocMeta } from '../../../src/types.js';

const meta = (year: number | null, region: string): DocMeta =>
  ({ title: '', region, region_code: '', province: '', prefecture: '', region_level: '', year, delivery_year: null, year_source: year ? 'manifest' : 'unknown', doc_type: '', extra: {} });
const hit = (doc: string, offset: number, left: string, right: string): KwicHit =>
  ({ doc, file: `${doc}.txt`, offset, line: 1, column: offset + 1, left, match: '协商', right, section: '' });

const docs: KwicDoc[] = [
  { meta: meta(2021, 'X县'), han: 20_000, hits: [hit('b', 9, '开展专题', '议政活动'), hit('b', 2, '民主', '建言')] },
  { meta: meta(2020, 'Y县'), han: 10_000, hits: [hit('a', 5, '开展界别', '议政')] },
  { meta: meta(null, ''), han: 5_000, hits: [] },
  { meta: meta(2021, 'Y县'), han: 10_000, hits: [] },
];

describe('kwicRows', () => {
  it('keeps document order by default, with metadata', () => {
    expect(kwicRows(docs, 'position').map((r) => [r.doc_id, r.column, r.year, r.region])).toEqual([
      ['a', 6, 2020, 'Y县'], ['b', 3, 2021, 'X县'], ['b', 10, 2021, 'X县'],
    ]);
  });

  it('sorts by the left context read backwards from the match, or by the right context', () => {
    // reversed: 题专展开, 主民, 别界展开 → 主 (4E3B) < 别 (522B) < 题 (9898)
    expect(kwicRows(docs, 'left').map((r) => r.left)).toEqual(['民主', '开展界别', '开展专题']);
    expect(kwicRows(docs, 'right').map((r) => r.right)).toEqual(['建言', '议政', '议政活动']);
  });
});

describe('kwicCounts', () => {
  it('counts documents, documents with hits, hits and hits per 10,000 Han characters per year, unknown last', () => {
    expect(kwicCounts(docs, 'year')).toEqual([
      { group: 2020, docs: 1, docs_with_hits: 1, hits: 1, per_10k_chars: 1 },
      { group: 2021, docs: 2, docs_with_hits: 1, hits: 2, per_10k_chars: 0.6667 },
      { group: null, docs: 1, docs_with_hits: 0, hits: 0, per_10k_chars: 0 },
    ]);
  });

  it('groups by region the same way', () => {
    expect(kwicCounts(docs, 'region').map((r) => [r.group, r.hits])).toEqual([['X县', 2], ['Y县', 1], [null, 0]]);
  });
});
