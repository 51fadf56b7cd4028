import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldOfPath, isHeldOutCity, pathFieldMatches, scorePaths, type PathPredicted } from '../../../src/pipeline/docvars/score-path.js';
import { HAS_GOVREPORTS, ROOT, SHARED } from '../../helpers.js';

const HAS_CITIES = existsSync(join(SHARED, 'govreports-cities', 'README.md'));
const predicted = (fields: Partial<PathPredicted>): PathPredicted => ({
  region: '', region_code: '', province: '', prefecture: '', region_level: '', year: null, delivery_year: null, doc_type: '', ...fields,
});

describe('gold from a government report\'s path', () => {
  it('reads national/<year>, provinces/<province>/<year> and <city>/<year>, the year from the name\'s first four digits', () => {
    expect(goldOfPath('national/1964-part.md')).toMatchObject({ part: 'national', region: '全国', region_level: 'national', year: 1964, doc_type: '工作报告' });
    expect(goldOfPath('provinces/云南省/2003.md')).toMatchObject({ part: 'provinces', region: '云南省', region_code: '530000', province: '云南省', prefecture: '', region_level: 'province', year: 2003 });
    expect(goldOfPath('三亚市/2021-08.md')).toMatchObject({ part: 'cities-dev', region_code: '460200', province: '海南省', prefecture: '三亚市', region_level: 'city', year: 2021 });
    expect(goldOfPath('README.md')).toBeUndefined();
    expect(goldOfPath('a/b/c/2020.md')).toBeUndefined();
  });

  it('holds out a city whose code\'s first four digits are odd; a city without a code is development', () => {
    expect(['460200', '370300', '371200', ''].map(isHeldOutCity)).toEqual([false, true, false, false]);
    // 莱芜市, merged into 济南 in 2019, has the code it last had (371200, from the 2016 revision).
    expect(goldOfPath('莱芜市/2018.md')).toMatchObject({ part: 'cities-dev', region_code: '371200', province: '山东省', region_level: 'city' });
  });

  it('scores code, province and prefecture by equality (empty when the table has no code), delivery_year against the path\'s year', () => {
    const g = goldOfPath('三亚市/2021.md')!;
    const right = predicted({ region: '三亚', region_code: '460200', province: '海南省', prefecture: '三亚市', region_level: 'city', year: 2021, delivery_year: 2020, doc_type: '工作报告' });
    expect(pathFieldMatches(g, right)).toEqual({
      region: true, region_level: true, region_code: true, province: true, prefecture: true, year: true, delivery_year: false, doc_type: true,
    });
    expect(pathFieldMatches(goldOfPath('莱芜市/2018.md')!, predicted({ region: '莱芜市', region_code: '371200' }))).toMatchObject({ region: true, region_code: true });
    expect(pathFieldMatches(goldOfPath('莱芜市/2018.md')!, predicted({ region: '莱芜市' }))).toMatchObject({ region: true, region_code: false });
    expect(scorePaths([{ gold: g, predicted: right }, { gold: g, predicted: predicted({}) }])).toMatchObject({ texts: 2, region: 0.5, delivery_year: 0 });
  });
});

describe.skipIf(!HAS_GOVREPORTS || !HAS_CITIES)('metadata on ../shared/govreports and govreports-cities (node scripts/eval-metadata-govreports.mjs)', () => {
  it('holds the figures reported in docs/method/metadata.md, text with its front matter and body alone', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval-metadata-govreports.mjs'), `--shared=${SHARED}`, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    const scores = JSON.parse(run.stdout) as Record<'text' | 'body', Record<string, Record<string, number>>>;
    const texts = { national: 59, provinces: 714, 'cities-dev': 681, 'cities-held-out': 664 };
    // region, region_level, region_code, year, doc_type
    const floors: Record<'text' | 'body', Record<string, number[]>> = {
      text: { national: [1, 1, 1, 1, 1], provinces: [0.992, 0.999, 0.992, 0.994, 1], 'cities-dev': [0.997, 0.999, 0.997, 0.997, 1], 'cities-held-out': [0.994, 0.998, 0.994, 0.995, 1] },
      body: { national: [1, 1, 1, 1, 1], provinces: [0.926, 0.957, 0.926, 0.915, 0.997], 'cities-dev': [0.994, 0.999, 0.994, 0.994, 0.999], 'cities-held-out': [0.995, 1, 0.995, 0.995, 0.998] },
    };
    for (const setting of ['text', 'body'] as const) {
      for (const [part, n] of Object.entries(texts)) {
        const s = scores[setting][part]!;
        expect(s['texts'], `${setting} ${part}`).toBe(n);
        ['region', 'region_level', 'region_code', 'year', 'doc_type'].forEach((field, i) => {
          expect(s[field], `${setting} ${part} ${field}`).toBeGreaterThanOrEqual(floors[setting][part]![i]!);
        });
      }
    }
  });
});
