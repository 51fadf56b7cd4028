import { describe, expect, it } from 'vitest';
import { documentRows } from '../../../src/pipeline/corpus/document-rows.js';
import type { DocAnalysis } from '../../../src/pipeline/per-document/analyze-document.js';

const row = (doc_id: string) => ({ row: { doc_id } as DocAnalysis['row'] });

describe('documentRows', () => {
  it('adds keywords, reused_share and duplicate_of by doc_id, in the analyses\' order, empty for a document without them', () => {
    const rows = documentRows([row('四川省/2019'), row('四川省/2020'), row('云南省/2019')], {
      keywords: new Map([['四川省/2019', ['脱贫攻坚', '营商环境']]]),
      reusedShare: new Map([['四川省/2019', 1], ['四川省/2020', 1]]),
      duplicateOf: new Map([['四川省/2020', '四川省/2019']]),
    });
    expect(rows.map((r) => [r.doc_id, r.keywords, r.reused_share, r.duplicate_of])).toEqual([
      ['四川省/2019', '脱贫攻坚|营商环境', 1, ''],
      ['四川省/2020', '', 1, '四川省/2019'],
      ['云南省/2019', '', 0, ''],
    ]);
  });
});
