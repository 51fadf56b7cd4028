/**
 * Gold metadata read from the path of a government work report (政府工作报告), for scoring what the text alone
 * says on folders that name each report's region and year: `national/<year>.md`, `provinces/<province>/<year>.md`
 * (../shared/govreports) and `<city>/<year>.md` (../shared/govreports-cities). Pure; the caller lists and reads
 * the files. Used by `node scripts/eval-metadata-govreports.mjs` and the test that holds its figures.
 *
 * The year in the path is the year the report was delivered, which is also the year it plans for and the year
 * the project records as `year` for a 工作报告 (docs/method/metadata.md, *Which year*): a report delivered in
 * January 2019 that reviews 2018 is `year` 2019 and `delivery_year` 2019. Both are scored against it.
 *
 * The cities are split by a rule fixed before any text was read: a city whose GB/T 2260 code has an odd
 * prefecture part (the first four digits, 4602 for 三亚市 460200, are even) is held out; a city the code table
 * no longer knows (莱芜市, merged into 济南 in 2019, formerly 371200: even) is development.
 *
 * ok: goldOfPath('provinces/云南省/2003.md') → 云南省, 530000, province, 2003.
 * ok: goldOfPath('三亚市/2021.md') → 三亚市, 460200, prefecture 三亚市, city, part cities-dev.
 */
import type { DocMeta } from '../../types.js';
import { resolveRegion } from './region-code.js';
import { fieldMatches, type GoldMeta } from './score.js';

/** Which part of the material a file belongs to. */
export type PathPart = 'national' | 'provinces' | 'cities-dev' | 'cities-held-out';

/** The gold a path gives: region as the folder names it, its code, province, prefecture and level, the year. */
export interface PathGold extends GoldMeta {
  part: PathPart;
  province: string;
  prefecture: string;
}

/** The fields scored, in the order the script prints them. */
export const PATH_FIELDS = ['region', 'region_level', 'region_code', 'province', 'prefecture', 'year', 'delivery_year', 'doc_type'] as const;
export type PathField = (typeof PATH_FIELDS)[number];

/** What the inference gave, as far as it is scored. */
export type PathPredicted = Pick<DocMeta, 'region' | 'region_code' | 'province' | 'prefecture' | 'region_level' | 'year' | 'delivery_year' | 'doc_type'>;

/** The gold of a file at `path` (relative to the folder, `/`-separated); undefined when the path names no year. */
export function goldOfPath(path: string): PathGold | undefined {
  const parts = path.split('/');
  const year = /^(\d{4})/.exec(parts[parts.length - 1] ?? '')?.[1];
  if (year === undefined) return undefined;
  const base = { file: path, title: '', source: '', year: Number(year), doc_type: '工作报告' };
  if (parts[0] === 'national' && parts.length === 2) {
    return { ...base, part: 'national', region: '全国', region_code: '', province: '', prefecture: '', region_level: 'national' };
  }
  const name = parts[0] === 'provinces' && parts.length === 3 ? parts[1]! : parts.length === 2 ? parts[0]! : undefined;
  if (name === undefined) return undefined;
  const code = resolveRegion(name);
  const level = parts.length === 3 ? 'province' : 'city';
  const part: PathPart = level === 'province' ? 'provinces' : isHeldOutCity(code.region_code) ? 'cities-held-out' : 'cities-dev';
  return { ...base, part, region: name, region_code: code.region_code, province: code.province, prefecture: code.prefecture, region_level: level };
}

/** The cities' split: an odd prefecture part of the code (its first four digits) is held out; no code is development. */
export function isHeldOutCity(code: string): boolean {
  return /^\d{6}$/.test(code) && Number(code.slice(0, 4)) % 2 === 1;
}

/**
 * Which fields of `p` agree with `g`. region, region_level, year and doc_type match as on the cppcc gold
 * (score.ts); region_code, province and prefecture are equal (a city with no code in the table is scored on
 * its name only: its code, province and prefecture count as right when the prediction leaves them empty);
 * delivery_year equals the path's year.
 */
export function pathFieldMatches(g: PathGold, p: PathPredicted): Record<PathField, boolean> {
  const base = fieldMatches(g, p);
  const known = g.region_code !== '' || g.region_level === 'national';
  const same = (gold: string, predicted: string) => (known ? gold === predicted : predicted === '');
  return {
    ...base,
    region_code: same(g.region_code, p.region_code),
    province: same(g.province, p.province),
    prefecture: same(g.prefecture, p.prefecture),
    delivery_year: p.delivery_year === g.year,
  };
}

/** Share of texts right per field over `pairs`, rounded to three decimals. */
export function scorePaths(pairs: ReadonlyArray<{ gold: PathGold; predicted: PathPredicted }>): Record<PathField | 'texts', number> {
  const right = Object.fromEntries(PATH_FIELDS.map((f) => [f, 0])) as Record<PathField, number>;
  for (const { gold, predicted } of pairs) {
    const m = pathFieldMatches(gold, predicted);
    for (const f of PATH_FIELDS) if (m[f]) right[f]++;
  }
  const share = (n: number) => (pairs.length === 0 ? 0 : Math.round((n / pairs.length) * 1000) / 1000);
  return { texts: pairs.length, ...(Object.fromEntries(PATH_FIELDS.map((f) => [f, share(right[f])])) as Record<PathField, number>) };
}
