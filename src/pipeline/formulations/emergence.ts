/**
 * formulations.csv, formulation_trends.csv and adoption.csv: which terms and phrases (提法) emerge in a corpus of
 * regions' reports, when, where first, and how fast the regions take them up. Everything is found from the
 * corpus: every term of terms.csv and every phrase of collocations.csv is tested, none is listed by hand.
 *
 * The unit is the region-year: in year y, `share` = regions with a document of y that uses the term / regions
 * with any document of y ("reporting"). Only years with at least `minRegionsReporting` regions are judged.
 * A term emerges (`EMERGENCE` below; docs/method/formulations.md explains the values) when, over those years:
 * 1. onset: some judged year has share ≥ `onsetShare`, and at least `minPriorYears` judged years come before it;
 * 2. near-absent before: of all documents dated before the onset (judged years or not), at most `maxPriorShare`
 *    use it (a few early users are allowed; a word in steady use is not new);
 * 3. spreading fast: a year at or after the onset has share ≥ `spreadShare` (half of the regions), at most
 *    `maxSpreadYears` after the last judged year before the onset with share ≤ `nearAbsentShare` (a word whose
 *    use creeps up over a decade is vocabulary change, not a formulation);
 * 4. lasting: at least `minYearsInUse` judged years with share ≥ `onsetShare` (an event of one year is no
 *    formulation: 党的二十大召开).
 */
import { compareStrings } from '../../compare.js';
import type { AdoptionRow, FormulationRow, FormulationTrendRow } from '../../schemas/formulations.js';
import type { Collocation } from './collocations.js';
import { round4 } from '../corpus/rates.js';
import type { NumberedTerms } from '../corpus/term-ids.js';
import { yearSeries, type FormulationDoc, type RegionYears, type Series } from './series.js';

/** Declared with the year series that read it (pipeline/formulations/series.ts), so that module need not import this one. */
export type { FormulationDoc } from './series.js';

export const EMERGENCE = {
  minRegionsReporting: 10,
  onsetShare: 0.2,
  minPriorYears: 5,
  maxPriorShare: 0.03,
  nearAbsentShare: 0.05,
  spreadShare: 0.5,
  maxSpreadYears: 3,
  minYearsInUse: 2,
} as const;

export interface FormulationTables {
  formulations: FormulationRow[];
  trends: FormulationTrendRow[];
  adoption: AdoptionRow[];
}

/**
 * The three tables; formulations by onset year, then peak share descending, then term. `phrases`: the documents'
 * phrase candidates numbered (term-ids.ts), when the caller has them already.
 */
export function formulationTables(
  docs: readonly FormulationDoc[], collocations: readonly Collocation[], th = EMERGENCE, phrases?: NumberedTerms,
): FormulationTables {
  const uses = yearSeries(docs, collocations, phrases);
  const { panel, quoted } = uses;
  const judged = judgedYears(panel, th);
  const found: Array<{ term: string; s: Series; test: Emergence }> = [];
  // Spreading to half of at least minRegionsReporting regions takes that many regions in one year: most terms
  // never have them, and are passed over without the test (their series are not even made).
  const enough = Math.ceil(th.spreadShare * th.minRegionsReporting);
  for (const [term, s] of uses.reaching(enough)) {
    const test = emergence(s, judged, panel, th);
    if (test) found.push({ term, s, test });
  }
  found.sort((x, y) => x.test.onset - y.test.onset || y.test.peakShare - x.test.peakShare || compareStrings(x.term, y.term));
  const firstYears = uses.regionFirstYears(new Set(found.map((f) => f.term)));
  const tables: FormulationTables = { formulations: [], trends: [], adoption: [] };
  for (const { term, s, test } of found) {
    const regionFirst = firstYears.get(term)!;
    const firstYear = s.years[0]!;
    tables.formulations.push({
      term, source: s.source, first_year: firstYear, first_regions: regionsIn(regionFirst, firstYear).join('|'),
      onset_year: test.onset, half_year: test.half, peak_year: test.peakYear, peak_share: round4(test.peakShare),
      latest_year: test.latestYear, latest_share: round4(test.latestShare), years_active: s.years.length, documents: s.total,
      regions: regionFirst.size,
      quoted_documents: quoted.get(term) ?? 0,
    });
    tables.trends.push(...trendRows(term, s, panel));
    tables.adoption.push(...adoptionRows(term, regionFirst, firstYear));
  }
  return tables;
}

/** One row per year of the panel, from the term's first year on. */
function trendRows(term: string, s: Series, panel: RegionYears): FormulationTrendRow[] {
  const rows: FormulationTrendRow[] = [];
  let i = 0;
  for (const [year, { regions: reporting }] of panel) {
    if (year < s.years[0]!) continue;
    const here = s.years[i] === year;
    const regions = here ? s.regions[i]! : 0;
    rows.push({ term, year, documents: here ? s.documents[i]! : 0, regions, regions_reporting: reporting, share: round4(regions / reporting) });
    if (here) i++;
  }
  return rows;
}

interface Emergence {
  onset: number;
  half: number;
  peakYear: number;
  peakShare: number;
  latestYear: number;
  latestShare: number;
}

/** The years of the panel with enough regions reporting to be judged. */
export function judgedYears(panel: RegionYears, th = EMERGENCE): YearTotals[] {
  return [...panel].filter(([, y]) => y.regions >= th.minRegionsReporting).map(([year, y]) => ({ year, ...y }));
}

/** A year of the panel: regions reporting and documents. */
export interface YearTotals {
  year: number;
  regions: number;
  documents: number;
}

/**
 * The emergence test on one term's series; null when it does not emerge. `panel` gives the prior documents. The
 * series' years and the judged years are in year order, as `yearSeries` and `judgedYears` give them.
 */
export function emergence(s: Pick<Series, 'years' | 'regions' | 'documents'>, judged: readonly YearTotals[], panel: RegionYears, th = EMERGENCE): Emergence | null {
  const shares = judgedShares(s, judged);
  const onsetAt = shares.findIndex((share) => share >= th.onsetShare);
  if (onsetAt < th.minPriorYears) return null;
  const onset = judged[onsetAt]!.year;
  if (priorDocumentShare(s, panel, onset) > th.maxPriorShare) return null;
  let lastAbsent = onsetAt - 1;
  while (lastAbsent >= 0 && !(shares[lastAbsent]! <= th.nearAbsentShare)) lastAbsent--;
  let half = onsetAt;
  while (half < shares.length && !(shares[half]! >= th.spreadShare)) half++;
  if (lastAbsent < 0 || half === shares.length || judged[half]!.year - judged[lastAbsent]!.year > th.maxSpreadYears) return null;
  if (shares.filter((share) => share >= th.onsetShare).length < th.minYearsInUse) return null;
  let peak = onsetAt;
  for (let i = onsetAt; i < shares.length; i++) if (shares[i]! > shares[peak]!) peak = i;
  const latest = shares.length - 1;
  return {
    onset, half: judged[half]!.year, peakYear: judged[peak]!.year, peakShare: shares[peak]!,
    latestYear: judged[latest]!.year, latestShare: shares[latest]!,
  };
}

/** Per judged year, the share of its regions reporting that use the term (both in year order: one walk). */
function judgedShares(s: Pick<Series, 'years' | 'regions'>, judged: readonly YearTotals[]): Float64Array {
  const shares = new Float64Array(judged.length);
  let i = 0;
  judged.forEach(({ year, regions }, j) => {
    while (i < s.years.length && s.years[i]! < year) i++;
    shares[j] = (s.years[i] === year ? s.regions[i]! : 0) / regions;
  });
  return shares;
}

/** Share of all documents dated before `onset` (judged years or not) that use the term. */
function priorDocumentShare(s: Pick<Series, 'years' | 'documents'>, panel: RegionYears, onset: number): number {
  let using = 0;
  let all = 0;
  s.years.forEach((year, i) => {
    if (year < onset) using += s.documents[i]!;
  });
  for (const [year, y] of panel) if (year < onset) all += y.documents;
  return all === 0 ? 0 : using / all;
}

/** Regions whose first year is `year`, in code-unit order. */
function regionsIn(regionFirst: ReadonlyMap<string, number>, year: number): string[] {
  return [...regionFirst].filter(([, y]) => y === year).map(([r]) => r).sort(compareStrings);
}

/** One row per region that uses the term, by first year then region; rank = 1 + regions adopting earlier. */
function adoptionRows(term: string, regionFirst: ReadonlyMap<string, number>, firstYear: number): AdoptionRow[] {
  const sorted = [...regionFirst].sort(([ra, ya], [rb, yb]) => ya - yb || compareStrings(ra, rb));
  const rows: AdoptionRow[] = [];
  sorted.forEach(([region, year], i) => {
    const rank = i > 0 && sorted[i - 1]![1] === year ? rows[i - 1]!.rank : i + 1;
    rows.push({ term, region, first_year: year, lag: year - firstYear, rank });
  });
  return rows;
}
