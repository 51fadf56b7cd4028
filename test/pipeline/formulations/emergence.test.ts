/**
 * Emergence, trends and adoption on a synthetic corpus of twelve regions × eleven years (2010–2020), built here:
 * each document is one region's report of one year, with the terms it uses.
 */
import { describe, expect, it } from 'vitest';
import type { Collocation } from '../../../src/pipeline/formulations/collocations.js';
import type { TermCounts } from '../../../src/pipeline/per-document/count.js';
import { EMERGENCE, emergence, formulationTables, judgedYears, type FormulationDoc } from '../../../src/pipeline/formulations/emergence.js';
import { packTermCounts } from '../../../src/packed-terms.js';
import { CountSpill } from '../../../src/spilled-counts.js';
import { numberTerms } from '../../../src/pipeline/corpus/term-ids.js';

const REGIONS = Array.from({ length: 12 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`);
const YEARS = Array.from({ length: 11 }, (_, i) => 2010 + i);
const counts = (terms: string[]): TermCounts => ({ terms, counts: new Uint32Array(terms.length).fill(1) });

/** Regions (by index) that use each term, per year. */
function users(year: number): Record<string, number> {
  return {
    // sudden: absent to 2014, one region in 2015, eight in 2016, all in 2017–2018, fading to three in 2020
    新提法: ({ 2015: 1, 2016: 8, 2017: 12, 2018: 12, 2019: 6, 2020: 3 } as Record<number, number>)[year] ?? 0,
    // creeping: one more region every year — vocabulary change, not a formulation
    渐进词: year - 2009,
    // always there
    发展: 12,
    // sudden but never common: two regions at most
    冷门词: year >= 2016 ? 2 : 0,
  };
}

function corpus(): FormulationDoc[] {
  const docs: FormulationDoc[] = [];
  for (const year of YEARS) {
    const use = users(year);
    REGIONS.forEach((region, r) => {
      const terms = Object.entries(use).filter(([, n]) => r < n).map(([t]) => t);
      const phrases = counts([...(r < (use.新提法 ?? 0) ? ['新 格局'] : []), ...(year === 2015 && r === 0 ? ['‘新提法’'] : [])]);
      docs.push({ year, region, terms: counts(terms), phrases });
    });
  }
  // a document without a year and one without a region are left out of the panel
  docs.push({ year: null, region: 'R01', terms: counts(['新提法']), phrases: counts([]) });
  docs.push({ year: 2009, region: '', terms: counts(['新提法']), phrases: counts([]) });
  return docs;
}

const phrase: Collocation = { key: '新 格局', row: { phrase: '新格局', kind: 'ngram', tokens: '新 格局', count: 99, documents: 50, g2: 100, lambda: 5 } };

describe('formulationTables on a synthetic corpus', () => {
  const tables = formulationTables(corpus(), [phrase]);

  it('finds the sudden terms and phrases only, with their history', () => {
    expect(tables.formulations.map((f) => f.term)).toEqual(['新提法', '新格局']);
    expect(tables.formulations[0]).toEqual({
      term: '新提法', source: 'term', first_year: 2015, first_regions: 'R01', onset_year: 2016, half_year: 2016,
      peak_year: 2017, peak_share: 1, latest_year: 2020, latest_share: 0.25, years_active: 6, documents: 42, regions: 12,
      quoted_documents: 1,
    });
    expect(tables.formulations[1]).toMatchObject({ term: '新格局', source: 'ngram', first_year: 2015, onset_year: 2016 });
  });

  it('writes the share of regions per year from the first year on', () => {
    const rows = tables.trends.filter((t) => t.term === '新提法');
    expect(rows.map((t) => t.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(rows[1]).toEqual({ term: '新提法', year: 2016, documents: 8, regions: 8, regions_reporting: 12, share: 0.6667 });
  });

  it('ranks the regions by the year they adopt it', () => {
    const rows = tables.adoption.filter((a) => a.term === '新提法');
    expect(rows.slice(0, 3)).toEqual([
      { term: '新提法', region: 'R01', first_year: 2015, lag: 0, rank: 1 },
      { term: '新提法', region: 'R02', first_year: 2016, lag: 1, rank: 2 },
      { term: '新提法', region: 'R03', first_year: 2016, lag: 1, rank: 2 },
    ]);
    expect(rows.at(-1)).toEqual({ term: '新提法', region: 'R12', first_year: 2017, lag: 2, rank: 9 });
  });

  it('needs enough years before the onset, and enough regions reporting to judge a year', () => {
    const late = corpus().filter((d) => d.year === null || d.year >= 2014);
    expect(formulationTables(late, []).formulations).toEqual([]); // 2014, 2015: two judged years before 2016, not five
    const few = corpus().filter((d) => REGIONS.indexOf(d.region) < EMERGENCE.minRegionsReporting - 1);
    expect(formulationTables(few, []).formulations).toEqual([]);
  });
});

describe('formulationTables from counts numbered in a spill', () => {
  it('gives the tables the counts as columns give (the spill lets the series count by id)', () => {
    const spill = new CountSpill();
    try {
      const spilled = corpus().map((d) => ({ ...d, terms: spill.add(packTermCounts(d.terms)), phrases: spill.add(packTermCounts(d.phrases)) }));
      expect(formulationTables(spilled, [phrase])).toEqual(formulationTables(corpus(), [phrase]));
    } finally {
      spill.close();
    }
  });

  it('places a collocation by the number of its key when it has the right one, and by its key otherwise', () => {
    const phrases = numberTerms(corpus().map((d) => d.phrases));
    expect(phrases.terms.slice(0, 2)).toEqual(['新 格局', '‘新提法’']);
    const byKey = formulationTables(corpus(), [phrase]);
    expect(formulationTables(corpus(), [{ ...phrase, id: 0 }], EMERGENCE, phrases)).toEqual(byKey);
    expect(formulationTables(corpus(), [{ ...phrase, id: 1 }], EMERGENCE, phrases)).toEqual(byKey); // not its key's number
    expect(byKey.formulations.map((f) => f.term)).toEqual(['新提法', '新格局']);
  });

  it('counts a region once a year however many of its documents use a term', () => {
    const twice = [...corpus(), { year: 2016, region: 'R01', terms: counts(['新提法']), phrases: counts([]) }];
    const row = formulationTables(twice, [phrase]).trends.find((t) => t.term === '新提法' && t.year === 2016);
    expect(row).toEqual({ term: '新提法', year: 2016, documents: 9, regions: 8, regions_reporting: 12, share: 0.6667 });
  });
});

describe('emergence', () => {
  it('reads the series at the judged years only, passing over its years that are not judged', () => {
    // 2010–2019 with ten regions each, but 2012 with five (not judged); the term is used in 2012 (not judged),
    // then by 2, 6 and 9 of the ten regions in 2016–2018, and by none in 2019.
    const panel = new Map([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019].map((y) => [y, { regions: y === 2012 ? 5 : 10, documents: y === 2012 ? 5 : 10 }]));
    const judged = judgedYears(panel);
    expect(judged.map((y) => y.year)).not.toContain(2012);
    const series = { years: [2012, 2016, 2017, 2018], regions: [1, 2, 6, 9], documents: [1, 2, 6, 9] };
    // onset 2016 (share 0.2, five judged years before it); before it 1 of 55 documents; last near-absent year 2015,
    // half reached in 2017; peak 0.9 in 2018; the last judged year 2019 has share 0.
    expect(emergence(series, judged, panel)).toEqual({ onset: 2016, half: 2017, peakYear: 2018, peakShare: 0.9, latestYear: 2019, latestShare: 0 });
    expect(emergence({ ...series, regions: [1, 2, 4, 4] }, judged, panel)).toBeNull(); // never half of the regions
  });
});
