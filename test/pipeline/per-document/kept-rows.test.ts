import { describe, expect, it } from 'vitest';
import { keptQuantities, keptTopics, kindCounts, kindsOfRows } from '../../../src/pipeline/per-document/kept-rows.js';
import type { PlaceholderRow } from '../../../src/schemas/placeholders.js';

type Kind = PlaceholderRow['kind'];
const rows = (...kinds: Kind[]) => kinds.map((kind) => ({ kind }));

describe('kindCounts and kindsOfRows', () => {
  const a = rows('number', 'region', 'number', 'blank');
  const b = rows('date', 'region', 'name', 'date');

  it('count a document\'s rows by kind, in the order the kinds first appear', () => {
    expect(kindCounts(a)).toEqual([{ kind: 'number', count: 2 }, { kind: 'region', count: 1 }, { kind: 'blank', count: 1 }]);
    expect(kindCounts([])).toEqual([]);
  });

  it('give back one kind per row of every document: the same counts, kinds in the same order of first appearance', () => {
    const kinds = kindsOfRows([kindCounts(a), kindCounts([]), kindCounts(b)]).map((r) => r.kind);
    expect(kinds).toEqual(['number', 'number', 'region', 'blank', 'date', 'date', 'region', 'name']);
    const firstSeen = (ks: readonly Kind[]) => [...new Set(ks)];
    const all = [...a, ...b].map((r) => r.kind);
    expect(firstSeen(kinds)).toEqual(firstSeen(all));
    expect([...kinds].sort()).toEqual([...all].sort());
  });
});

describe('keptTopics and keptQuantities', () => {
  it('keep the columns the corpus step reads', () => {
    const topic = {
      doc_id: 'a', file: 'a.txt', line: 3, activity: '专题协商会' as const, topic: '全域旅游', theme: 'culture-tourism', column: 5, end_line: 3,
      end_column: 9, region: 'X县', year: 2021, found_by: 'rule' as const,
    };
    expect(keptTopics([topic])).toEqual([{ doc_id: 'a', activity: '专题协商会', topic: '全域旅游', theme: 'culture-tourism' }]);
    const count = {
      doc_id: 'a', file: 'a.txt', line: 7, column: 20, end_column: 24, subject: '提案', subject_text: '提案', value: 312, unit: '件' as const,
      approx: false, masked: false, placeholder: '', region: 'X县', year: 2021, text: '收到提案312件',
    };
    expect(keptQuantities([count])).toEqual([{ subject: '提案', value: 312, approx: false }]);
  });
});
