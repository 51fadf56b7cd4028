/**
 * Known history in ../shared/govreports (provincial and national government work reports, 1954–2026): the
 * policy themes must rise and fade when they did. Years are those of the file names (mostly the year the
 * report was delivered, reviewing the year before: COVID-19 appears in the 2020–2023 files).
 * Skips when the folder is absent.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/io/list.js';
import { readDocument } from '../../../src/io/read.js';
import { lexiconPath } from '../../../src/lexicon/index.js';
import { scoreThemes } from '../../../src/pipeline/per-document/themes.js';
import { tokenize } from '../../../src/pipeline/per-document/tokenize.js';
import { trendRows } from '../../../src/pipeline/corpus/trends.js';
import { lexiconTerms, parseLexicon } from '../../../src/schemas/lexicon.js';
import type { TrendRow } from '../../../src/schemas/trends.js';
import { loadJieba } from '../../../src/segmenter/jieba.js';
import { GOVREPORTS, HAS_GOVREPORTS } from '../../helpers.js';

const lex = parseLexicon(JSON.parse(readFileSync(lexiconPath('themes.json'), 'utf8')), 'themes.json');

async function trendsOf(folder: string): Promise<TrendRow[]> {
  const segmenter = loadJieba(lexiconTerms(lex));
  const inputs = [];
  for (const path of await listFiles(folder, ['md'])) {
    const doc = await readDocument(path, folder);
    const hanChars = doc.text.match(/\p{Script=Han}/gu)?.length ?? 0;
    const year = Number(/^\d{4}/.exec(basename(path))![0]);
    inputs.push({ year, han_chars: hanChars, themes: scoreThemes(doc.text, tokenize(doc.text, segmenter), lex), topicThemes: [] });
  }
  return trendRows(inputs, lex).rows;
}

/** The yearly rates of `theme` over the years in [from, to] that have reports. */
function rates(rows: readonly TrendRow[], theme: string, from: number, to: number): number[] {
  return rows.filter((r) => r.theme === theme && r.year >= from && r.year <= to).map((r) => r.per_10k_chars);
}

function mean(rows: readonly TrendRow[], theme: string, from: number, to: number): number {
  const values = rates(rows, theme, from, to);
  expect(values.length).toBeGreaterThan(0);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe.skipIf(!HAS_GOVREPORTS)('theme trends in the provincial reports (27 provinces, 714 files)', () => {
  let rows: TrendRow[] = [];
  beforeAll(async () => {
    rows = await trendsOf(join(GOVREPORTS, 'provinces'));
  }, 300_000);

  it('poverty alleviation peaks in 2016–2020 and fades after 2021', () => {
    const peak = mean(rows, 'poverty-alleviation', 2016, 2020);
    expect(peak).toBeGreaterThan(3 * mean(rows, 'poverty-alleviation', 2022, 2026));
    expect(peak).toBeGreaterThan(2 * mean(rows, 'poverty-alleviation', 2005, 2013));
    const yearly = rows.filter((r) => r.theme === 'poverty-alleviation' && r.year >= 2000);
    const top = yearly.reduce((a, b) => (b.per_10k_chars > a.per_10k_chars ? b : a));
    expect(top.year).toBeGreaterThanOrEqual(2016);
    expect(top.year).toBeLessThanOrEqual(2020);
  });

  it('rural revitalisation is (almost) absent before 2017 and present every year from 2018', () => {
    for (const r of rates(rows, 'rural-revitalization', 1979, 2016)) expect(r).toBeLessThan(0.2);
    for (const r of rates(rows, 'rural-revitalization', 2018, 2026)) expect(r).toBeGreaterThan(3);
  });

  it('the business environment rises from 2017', () => {
    expect(mean(rows, 'business-environment', 2017, 2023)).toBeGreaterThan(2.5 * mean(rows, 'business-environment', 2005, 2015));
    const [y2016, y2017, y2018] = rates(rows, 'business-environment', 2016, 2018);
    expect(y2016!).toBeLessThan(y2017!);
    expect(y2017!).toBeLessThan(y2018!);
  });

  it('epidemic control belongs to 2020–2023 (and, faintly, to SARS in 2003–2004)', () => {
    const covid = mean(rows, 'epidemic-control', 2021, 2023);
    expect(covid).toBeGreaterThan(10 * mean(rows, 'epidemic-control', 2005, 2019));
    for (const r of rates(rows, 'epidemic-control', 2005, 2019)) expect(r).toBeLessThan(1.5);
    for (const r of rates(rows, 'epidemic-control', 2024, 2026)) expect(r).toBeLessThan(covid / 5);
  });

  it('gives every year every theme, with change against the previous year', () => {
    const years = new Set(rows.map((r) => r.year));
    expect(rows.length).toBe(years.size * lex.themes.length);
    const r2018 = rows.find((r) => r.year === 2018 && r.theme === 'rural-revitalization')!;
    const r2017 = rows.find((r) => r.year === 2017 && r.theme === 'rural-revitalization')!;
    expect(r2018.docs).toBe(27);
    expect(r2018.change).toBeCloseTo(r2018.per_10k_chars - r2017.per_10k_chars, 3);
  });
});

describe.skipIf(!HAS_GOVREPORTS)('theme trends in the national reports (State Council, 59 files)', () => {
  let rows: TrendRow[] = [];
  beforeAll(async () => {
    rows = await trendsOf(join(GOVREPORTS, 'national'));
  }, 300_000);

  it('shows the same four shapes', () => {
    expect(mean(rows, 'poverty-alleviation', 2016, 2021)).toBeGreaterThan(3 * mean(rows, 'poverty-alleviation', 2024, 2026));
    for (const r of rates(rows, 'rural-revitalization', 1954, 2017)) expect(r).toBeLessThan(0.6);
    expect(mean(rows, 'rural-revitalization', 2018, 2026)).toBeGreaterThan(3);
    expect(mean(rows, 'business-environment', 2017, 2023)).toBeGreaterThan(3 * mean(rows, 'business-environment', 2000, 2013));
    expect(mean(rows, 'epidemic-control', 2020, 2023)).toBeGreaterThan(10 * mean(rows, 'epidemic-control', 2005, 2019));
  });
});
