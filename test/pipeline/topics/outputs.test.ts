/** topic_families.csv, topic_trends.csv and topic_trends.json on a small hand-made corpus, exact rows. */
import { describe, expect, it } from 'vitest';
import { topicTables } from '../../../src/pipeline/topics/outputs.js';
import { parseLexicon } from '../../../src/schemas/lexicon.js';
import { TopicFamilyRowSchema, TopicTrendRowSchema, TopicTrendsSchema } from '../../../src/schemas/topic-families.js';

const lex = parseLexicon(
  { version: '1.0.0', themes: [{ id: 'biz', label: '营商环境', group: 'policy', note: '', terms: ['营商环境'] }] },
  't.json',
);
const biz = (topic: string) => ({ topic, theme: 'biz' });
const docs = [
  { id: 'a', region: '甲县', year: 2018, topics: [biz('优化营商环境'), { topic: '养老服务', theme: '' }] },
  { id: 'b', region: '乙县', year: 2020, topics: [biz('营商环境优化')] },
  { id: 'c', region: '甲县', year: 2020, topics: [biz('优化营商环境'), biz('优化营商环境')] },
  { id: 'd', region: '丙县', year: 2020, topics: [] },
  { id: 'e', region: '', year: null, topics: [{ topic: '养老服务', theme: '' }] },
];

describe('topicTables', () => {
  const tables = topicTables(docs, lex);
  const family = tables.families[0]!.family;

  it('writes one row per family, most topics first, with its documents, regions and years', () => {
    expect(tables.families.map((f) => ({ ...f, family: '' }))).toEqual([
      { family: '', label: '优化营商环境', theme: 'biz', wordings: '优化营商环境|营商环境优化', topics: 4, documents: 3, regions: 2, region_list: '乙县|甲县', first_year: 2018, last_year: 2020 },
      { family: '', label: '养老服务', theme: '', wordings: '养老服务', topics: 2, documents: 2, regions: 1, region_list: '甲县', first_year: 2018, last_year: 2018 },
    ]);
    for (const r of tables.families) expect(TopicFamilyRowSchema.parse(r)).toEqual(r);
  });

  it('writes per year an all row (even without topics), then families and themes that have topics that year', () => {
    const brief = tables.trends.map((r) => `${r.year} ${r.kind} ${r.key === family ? 'F' : r.key || '-'} ${r.label} ${r.documents}/${r.year_documents} ${r.topics} ${r.region_list} ${r.share}`);
    expect(brief).toEqual([
      '2018 all - (all topics) 1/1 2 甲县 1',
      '2018 family F 优化营商环境 1/1 1 甲县 1',
      `2018 family ${tables.families[1]!.family} 养老服务 1/1 1 甲县 1`,
      '2018 theme biz 营商环境 1/1 1 甲县 1',
      '2020 all - (all topics) 2/3 3 乙县|甲县 0.6667',
      '2020 family F 优化营商环境 2/3 3 乙县|甲县 0.6667',
      '2020 theme biz 营商环境 2/3 3 乙县|甲县 0.6667',
    ]);
    for (const r of tables.trends) expect(TopicTrendRowSchema.parse(r)).toEqual(r);
  });

  it('nests the same counts in topic_trends.json, with every year’s documents', () => {
    const json = TopicTrendsSchema.parse(tables.json);
    expect(json.years).toEqual([
      { year: 2018, documents: 1, documents_with_topics: 1, topics: 2 },
      { year: 2020, documents: 3, documents_with_topics: 2, topics: 3 },
    ]);
    expect(json.themes).toEqual([{ theme: 'biz', label: '营商环境', by_year: [
      { year: 2018, documents: 1, topics: 1, regions: ['甲县'] }, { year: 2020, documents: 2, topics: 3, regions: ['乙县', '甲县'] },
    ] }]);
    expect(json.families[0]).toMatchObject({ family, label: '优化营商环境', wordings: ['优化营商环境', '营商环境优化'] });
  });
});
