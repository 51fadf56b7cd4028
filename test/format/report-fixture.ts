/** A small hand-made set of analyze rows for the report tests, with markup in titles, regions and passages. */
import type { ReportData } from '../../src/format/report-html.js';
import type { DocumentRow } from '../../src/schemas/documents.js';

export const EVIL = '<script>alert("x")</script>';

function doc(doc_id: string, year: number | null, region: string, title: string, placeholders: number, reused: number): DocumentRow {
  return {
    doc_id, file: `${doc_id}.txt`, title, region, region_code: '', province: '', prefecture: '', region_level: 'county', year, delivery_year: null, year_source: year === null ? 'unknown' : 'manifest',
    doc_type: '工作报告', encoding: 'utf-8', chars: 3000, han_chars: 2500, words: 1500, types: 700, sentences: 90, paragraphs: 20,
    keywords: '协商|委员', placeholders, blank_slots: 1, ph_region: placeholders, ph_number: 0, ph_date: 0, ph_name: 0, ph_other: 0,
    headings: 8, reused_share: reused, duplicate_of: '',
  };
}

export function reportFixture(): ReportData {
  const documents = [
    doc('a', 2021, '甲县', EVIL, 3, 0.1),
    doc('b', 2022, '甲县', '甲县政协2022年工作报告', 0, 0.25),
    doc('c', 2022, `<b>乙县</b>`, '乙县政协工作报告', 5, 0),
    doc('d', null, '', '', 0, 0.5),
  ];
  const themes = [['consultation', '协商议政'], ['livelihood', '民生保障']] as const;
  const trends = [2021, 2022].flatMap((year, i) => themes.map(([theme, label], j) => ({
    year, theme, label, docs: i + 1, docs_with_theme: 1, hits: 10 + i * 5 + j, han_chars: 2500 * (i + 1),
    per_10k_chars: 40 + i * 3 - j * 10, topics: j, change: i === 0 ? null : 3,
  })));
  const groups = ['甲县', '<b>乙县</b>', '(unknown)'].flatMap((group, i) => themes.map(([theme, label], j) => ({
    by: 'region', group, theme, label, docs: 2 - Math.min(i, 1), docs_with_theme: 1, hits: 5 + i + j, han_chars: 5000, per_10k_chars: 10 + i * 2 + j,
  })));
  const topics = [
    { doc_id: 'a', file: 'a.txt', line: 3, activity: '专题协商会' as const, topic: '全域旅游', theme: 'livelihood', column: 5, end_line: 3, end_column: 9, region: 'A县', year: 2021 },
    { doc_id: 'b', file: 'b.txt', line: 4, activity: '专题调研' as const, topic: EVIL, theme: '', column: 1, end_line: 4, end_column: 9, region: '', year: null },
    { doc_id: 'd', file: 'd.txt', line: 9, activity: '民主监督' as const, topic: '营商环境', theme: '', column: 2, end_line: 9, end_column: 6, region: 'D区', year: 2023 },
  ];
  const placeholders = [
    { doc_id: 'a', file: 'a.txt', line: 1, column: 1, end_column: 3, text: 'X县', kind: 'region' as const, rule_id: 'placeholder/x', context: 'X县政协' },
    { doc_id: 'c', file: 'c.txt', line: 2, column: 5, end_column: 7, text: 'XX', kind: 'number' as const, rule_id: 'placeholder/x', context: '召开XX次' },
  ];
  const passages = [
    { passage_id: 'p0123456789abcdef', text: '实现党的组织对党员委员的全覆盖', docs: 3, first_year: 2021, last_year: 2022, regions: '甲县|<b>乙县</b>', example_doc: 'a' },
    { passage_id: 'p1123456789abcdef', text: '<img src=x onerror=alert(1)>', docs: 2, first_year: null, last_year: null, regions: '', example_doc: 'd' },
  ];
  const livelihood = { family: 't0000000001', label: '全域旅游', theme: 'livelihood', wordings: ['全域旅游'] };
  const topicTables = {
    topicFamilies: [{ family: livelihood.family, label: '全域旅游', theme: 'livelihood', wordings: '全域旅游', topics: 1, documents: 1, regions: 1, region_list: '甲县', first_year: 2021, last_year: 2021 }],
    topicTrends: {
      years: [{ year: 2021, documents: 1, documents_with_topics: 1, topics: 1 }, { year: 2022, documents: 2, documents_with_topics: 1, topics: 1 }],
      themes: [],
      families: [{ ...livelihood, by_year: [{ year: 2021, documents: 1, topics: 1, regions: ['甲县'] }] }],
    },
  };
  const measures = { rate: false, docs_masked: 0, approx_docs: 0 };
  const quantityTrends = [
    { year: 2021, subject: '提案', docs: 1, docs_reporting: 1, sum: 312, median: 312, min: 312, max: 312, ...measures },
    { year: 2022, subject: '提案', docs: 2, docs_reporting: 2, sum: 500, median: 250, min: 180, max: 320, ...measures },
    { year: 2022, subject: EVIL, docs: 2, docs_reporting: 1, sum: 6, median: 6, min: 6, max: 6, ...measures },
    { year: 2022, subject: '办复率', docs: 2, docs_reporting: 1, sum: null, median: 99.5, min: 99.5, max: 99.5, ...measures, rate: true },
  ];
  const formulation = (term: string, peak: number) => ({
    term, source: 'term' as const, first_year: 2021, first_regions: '甲县', onset_year: 2021, half_year: 2022, peak_year: 2022, peak_share: peak,
    latest_year: 2022, latest_share: peak, years_active: 2, documents: 3, regions: 2, quoted_documents: 1,
  });
  const formulations = [formulation('新提法', 1), formulation(EVIL, 0.5)];
  const formulationTrends = formulations.flatMap((f) => [2021, 2022].map((year, i) => ({
    term: f.term, year, documents: i + 1, regions: i + 1, regions_reporting: 2, share: ((i + 1) / 2) * f.peak_share,
  })));
  return { title: `${EVIL} corpus`, documents, trends, groups, topics, placeholders, passages, topicTables, quantityTrends, formulations, formulationTrends };
}
