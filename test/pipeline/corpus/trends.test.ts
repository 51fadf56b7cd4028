/**
 * trendRows and groupRows on small hand-made corpora with exact expected rows.
 */
import { describe, expect, it } from 'vitest';
import { groupRows, UNKNOWN_GROUP } from '../../../src/pipeline/corpus/groups.js';
import type { ThemeHit } from '../../../src/pipeline/per-document/themes.js';
import { trendRows } from '../../../src/pipeline/corpus/trends.js';
import { GroupRowSchema } from '../../../src/schemas/groups.js';
import { parseLexicon } from '../../../src/schemas/lexicon.js';
import { TrendRowSchema } from '../../../src/schemas/trends.js';

const lex = parseLexicon(
  {
    version: '1.0.0',
    themes: [
      { id: 'rural', label: '乡村振兴', group: 'policy', note: '', terms: ['乡村振兴'] },
      { id: 'poverty', label: '脱贫攻坚', group: 'policy', note: '', terms: ['脱贫攻坚'] },
    ],
  },
  't.json',
);

const h = (theme: string, hits: number): ThemeHit => ({ theme, hits, matched: [[theme, hits]] });

describe('trendRows', () => {
  const table = trendRows(
    [
      { year: 2016, han_chars: 10_000, themes: [h('poverty', 20)], topicThemes: ['poverty', ''] },
      { year: 2016, han_chars: 30_000, themes: [h('poverty', 40), h('rural', 3)], topicThemes: [] },
      { year: 2018, han_chars: 20_000, themes: [h('poverty', 10), h('rural', 8)], topicThemes: ['rural', 'rural', 'poverty'] },
      { year: null, han_chars: 5_000, themes: [h('rural', 100)], topicThemes: ['rural'] },
    ],
    lex,
  );

  it('gives one row per year × theme, sorted by year then theme id; unknown years left out and counted', () => {
    expect(table.unknownYear).toBe(1);
    expect(table.rows).toEqual([
      { year: 2016, theme: 'poverty', label: '脱贫攻坚', docs: 2, docs_with_theme: 2, hits: 60, han_chars: 40_000, per_10k_chars: 15, topics: 1, change: null },
      { year: 2016, theme: 'rural', label: '乡村振兴', docs: 2, docs_with_theme: 1, hits: 3, han_chars: 40_000, per_10k_chars: 0.75, topics: 0, change: null },
      // 2017 has no documents: 2018 is compared with 2016
      { year: 2018, theme: 'poverty', label: '脱贫攻坚', docs: 1, docs_with_theme: 1, hits: 10, han_chars: 20_000, per_10k_chars: 5, topics: 1, change: -10 },
      { year: 2018, theme: 'rural', label: '乡村振兴', docs: 1, docs_with_theme: 1, hits: 8, han_chars: 20_000, per_10k_chars: 4, topics: 2, change: 3.25 },
    ]);
    for (const r of table.rows) expect(TrendRowSchema.parse(r)).toEqual(r);
  });

  it('computes change from unrounded rates and rounds it to 4 decimals', () => {
    const { rows } = trendRows(
      [
        { year: 2020, han_chars: 30_000, themes: [h('rural', 1)], topicThemes: [] },
        { year: 2021, han_chars: 70_000, themes: [h('rural', 1)], topicThemes: [] },
      ],
      lex,
    );
    const [y2020, y2021] = rows.filter((r) => r.theme === 'rural');
    expect(y2020!.per_10k_chars).toBe(0.3333);
    expect(y2021!.per_10k_chars).toBe(0.1429);
    expect(y2021!.change).toBe(-0.1905); // 1/7 − 1/3 = −0.190476…
  });

  it('gives no rows for no documents', () => {
    expect(trendRows([], lex)).toEqual({ rows: [], unknownYear: 0 });
  });
});

describe('groupRows', () => {
  const docs = [
    { meta: { region: 'X县', region_level: 'county', year: '2020' }, han_chars: 2000, themes: [h('poverty', 4)] },
    { meta: { region: 'X区', region_level: 'district', year: '' }, han_chars: 1000, themes: [h('rural', 1)] },
    { meta: { region: 'X县', region_level: 'county', year: '2023' }, han_chars: 3000, themes: [h('poverty', 1), h('rural', 6)] },
  ];

  it('gives rows per field (in the order asked), per group (empty values as (unknown), last) and per theme', () => {
    const rows = groupRows(docs, ['region_level', 'year'], lex);
    const brief = rows.map((r) => `${r.by} ${r.group} ${r.theme} ${r.docs} ${r.docs_with_theme} ${r.hits} ${r.han_chars} ${r.per_10k_chars}`);
    expect(brief).toEqual([
      'region_level county poverty 2 2 5 5000 10',
      'region_level county rural 2 1 6 5000 12',
      'region_level district poverty 1 0 0 1000 0',
      'region_level district rural 1 1 1 1000 10',
      'year 2020 poverty 1 1 4 2000 20',
      'year 2020 rural 1 0 0 2000 0',
      'year 2023 poverty 1 1 1 3000 3.3333',
      'year 2023 rural 1 1 6 3000 20',
      `year ${UNKNOWN_GROUP} poverty 1 0 0 1000 0`,
      `year ${UNKNOWN_GROUP} rural 1 1 1 1000 10`,
    ]);
    expect(rows[0]).toEqual({
      by: 'region_level', group: 'county', theme: 'poverty', label: '脱贫攻坚', docs: 2, docs_with_theme: 2, hits: 5, han_chars: 5000, per_10k_chars: 10,
    });
    for (const r of rows) expect(GroupRowSchema.parse(r)).toEqual(r);
  });

  it('treats a field no document has (an extra manifest column) as unknown for all', () => {
    const rows = groupRows(docs, ['funding'], lex);
    expect(rows.map((r) => `${r.group} ${r.theme} ${r.docs} ${r.hits}`)).toEqual([`${UNKNOWN_GROUP} poverty 3 5`, `${UNKNOWN_GROUP} rural 3 7`]);
  });

  it('crosses fields joined by + into one grouping, group values joined the same way, ordered field by field', () => {
    const rows = groupRows(docs, ['region+year'], lex);
    expect(rows.map((r) => `${r.by} ${r.group} ${r.theme} ${r.docs} ${r.hits} ${r.han_chars}`)).toEqual([
      'region+year X区+(unknown) poverty 1 0 1000',
      'region+year X区+(unknown) rural 1 1 1000',
      'region+year X县+2020 poverty 1 4 2000',
      'region+year X县+2020 rural 1 0 2000',
      'region+year X县+2023 poverty 1 1 3000',
      'region+year X县+2023 rural 1 6 3000',
    ]);
  });

  it('puts an unknown part of a crossed group after the known ones of the same prefix', () => {
    const more = [...docs, { meta: { region: 'X县', region_level: 'county', year: '' }, han_chars: 500, themes: [] }];
    const groups = [...new Set(groupRows(more, ['region_level+year'], lex).map((r) => r.group))];
    expect(groups).toEqual(['county+2020', 'county+2023', 'county+(unknown)', 'district+(unknown)']);
  });
});
