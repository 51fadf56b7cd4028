/**
 * The report's comparison charts: small multiples with gaps for years without documents and the documents of
 * every year beside the rates; topic families by year and by region; every chart fits a 1400 px window.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, memoryOutput } from '../../src/analyze.js';
import { documentsByYear } from '../../src/format/report-charts.js';
import { themeTrends, topicFamiliesByRegion, topicFamiliesByYear } from '../../src/format/report-trend-charts.js';
import { specToSvg } from '../../src/format/report-svg.js';
import { CORPUS, GOVREPORTS, HAS_GOVREPORTS } from '../helpers.js';
import { reportFixture } from './report-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
/** The page's content width at 1400 px: body max-width 1320 px less 2 × 1.5 rem padding. */
const CONTENT_WIDTH = 1320 - 48;

const trend = (year: number, theme: string, rate: number, docs: number) => ({
  year, theme, label: theme.toUpperCase(), docs, docs_with_theme: 1, hits: rate, han_chars: 10_000, per_10k_chars: rate, topics: 0, change: null,
});

describe('themeTrends', () => {
  // 2020 has no document: the lines must break there.
  const rows = [trend(2019, 'a', 5, 2), trend(2019, 'b', 1, 2), trend(2021, 'a', 7, 1), trend(2021, 'b', 0, 1), trend(2022, 'a', 6, 3), trend(2022, 'b', 2, 3)];
  const chart = themeTrends(rows);

  it('gives every year of the range a row per theme: a null rate and 0 documents where a year has none', () => {
    const values = (chart.spec as { data: { values: object[] } }).data.values;
    expect(values.filter((v) => (v as { theme: string }).theme === 'A')).toEqual([
      { theme: 'A', year: 2019, rate: 5, docs: 2 },
      { theme: 'A', year: 2020, rate: null, docs: 0 },
      { theme: 'A', year: 2021, rate: 7, docs: 1 },
      { theme: 'A', year: 2022, rate: 6, docs: 3 },
    ]);
  });

  it('draws each theme’s line in two pieces around the missing year, and the documents as bars', async () => {
    const svg = await specToSvg(chart.spec, 't');
    const lines = [...svg.matchAll(/<path[^>]*d="(M[^"]*)"[^>]*stroke="#0969da"/g)].map((m) => m[1]!.split('M').length - 1);
    expect(lines).toEqual([2, 2]);
    expect(svg.match(/fill="#dde3e9"/g)!.length).toBe(2 * 4); // a bar per year in each panel, 0 high in 2020
  });
});

describe('documentsByYear', () => {
  it('keeps a place for every year of the range, 0 documents where there are none, the unknown year last', () => {
    const doc = (doc_id: string, year: number | null) => ({ doc_id, year, region: '', region_level: 'county' as const });
    const spec = documentsByYear([doc('a', 2021), doc('b', 2018), doc('c', null)]).spec as { encoding: { x: { scale: { domain: string[] } } } };
    expect(spec.encoding.x.scale.domain).toEqual(['2018', '2019', '2020', '2021', '(unknown)']);
  });
});

describe('topic family charts', () => {
  const fixture = reportFixture();

  it('writes the documents of every year in the range, 0 for a year without any', () => {
    const values = (topicFamiliesByYear(fixture.topicTables!).spec as { data: { values: object[] } }).data.values;
    expect(values).toEqual([
      { family: 'documents that year', year: 2021, documents: 1, share: null },
      { family: 'documents that year', year: 2022, documents: 2, share: null },
      { family: '全域旅游', year: 2021, documents: 1, share: 1 },
    ]);
  });

  it('counts documents by region through the wordings of each family', () => {
    const values = (topicFamiliesByRegion(fixture.topicTables!, fixture.topics, fixture.documents).spec as { data: { values: object[] } }).data.values;
    expect(values).toEqual([{ family: '全域旅游', region: '甲县', documents: 1 }]);
  });
});

/** Widths of every chart's SVG on a page. */
const svgWidths = (page: string) => [...page.matchAll(/<svg[^>]*\swidth="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('the report of real corpora at 1400 px', () => {
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    const run = async (name: string, options: Parameters<typeof analyzeCorpus>[0]) => {
      const out = memoryOutput();
      await analyzeCorpus({ ...options, jobs: 1 }, out);
      pages[name] = out.files().get('report.html')!;
    };
    await run('sample', { dir: CORPUS });
    if (HAS_GOVREPORTS) {
      // Three provinces over 1979–2026, with years missing: copied to a temporary corpus, never into the repository.
      const dir = mkdtempSync(join(tmpdir(), 'wr-provinces-'));
      for (const province of ['云南省', '四川省', '广东省']) {
        mkdirSync(join(dir, province));
        for (const year of [1985, 1995, 2005, 2010, 2015, 2018, 2019, 2020, 2021, 2024]) {
          const file = join(GOVREPORTS, 'provinces', province, `${year}.md`);
          if (existsSync(file)) copyFileSync(file, join(dir, province, `${year}.md`));
        }
      }
      await run('provinces', { dir, metaFromPath: '{region}/{year}.md' });
    }
  }, 120_000);

  it('draws no chart wider than the page’s content at 1400 px', () => {
    for (const page of Object.values(pages)) {
      const widths = svgWidths(page);
      expect(widths.length).toBeGreaterThanOrEqual(4); // the provinces have no topic and no placeholder: those charts say so instead
      for (const w of widths) expect(w).toBeLessThanOrEqual(CONTENT_WIDTH);
    }
  });

  it.skipIf(!existsSync(CHROMIUM))('loads each page in Chromium without a console message and takes a 1400 px screenshot', () => {
    for (const [name, page] of Object.entries(pages)) {
      const dir = mkdtempSync(join(tmpdir(), `wr-shot-${name}-`));
      writeFileSync(join(dir, 'report.html'), page);
      const shot = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--enable-logging=stderr', '--v=0',
        `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1400,3000', `--screenshot=${join(dir, 'report.png')}`, `file://${join(dir, 'report.html')}`],
      { encoding: 'utf8', timeout: 90_000 });
      expect(shot.status).toBe(0);
      expect(shot.stderr).not.toContain(':CONSOLE');
      expect(statSync(join(dir, 'report.png')).size).toBeGreaterThan(50_000);
    }
  }, 240_000);
});
