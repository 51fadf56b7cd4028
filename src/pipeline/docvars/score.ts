/**
 * Scores inferred docvars against a gold manifest (`file,title,region,region_level,year,doc_type`, with
 * `region` as a full name such as 四川省泸州市古蔺县 or a masked one such as xx县). Pure; the caller reads the
 * files. Used by `node scripts/eval-metadata.mjs` and by the test that holds the figures.
 *
 * How a field matches:
 * - region: an empty gold region matches an empty one; a masked or unnamed gold region (xx县, 区(未署名),
 *   __新区(模板)) matches an empty prediction or a masked one whose suffix gives the gold level (X县 for xx县);
 *   a named one matches a prediction with the same
 *   6-digit code when both have one, else the same name: the gold name ends with the predicted one, both
 *   without their final suffix 省/市/县/区/旗/自治州… (四川省泸州市古蔺县 ends with 古蔺县 and with 古蔺).
 * - region_level, year (empty = empty), doc_type: equal; a gold 其他 matches `other` or empty.
 *
 * Gold values found wrong are corrected by a list of corrections (test/fixtures/metadata-gold-corrections.json)
 * applied on top of the manifest, each with its reason, so that the shared manifest is never edited.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import type { DocMeta } from '../../types.js';
import { levelOfRegion } from './values.js';

/** One gold row, with the page columns a researcher has besides the text (title, source URL). */
export interface GoldMeta {
  file: string;
  /** The page's title and address (the manifest's title and source columns; '' when empty). */
  title: string;
  source: string;
  region: string;
  region_code: string;
  region_level: string;
  year: number | null;
  doc_type: string;
}

/** What the inference gave for one file. */
export type Predicted = Pick<DocMeta, 'region' | 'region_level' | 'year' | 'doc_type'> & { region_code?: string };

/** Share of texts right, per field. */
export interface MetaScores {
  texts: number;
  region: number;
  region_level: number;
  year: number;
  doc_type: number;
}

export const SCORED_FIELDS = ['region', 'region_level', 'year', 'doc_type'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** The split: a file whose leading number is a multiple of 3 (003_, 006_, …) is held out, the rest is development. */
export function isHeldOut(file: string): boolean {
  const n = Number(/^(\d+)/.exec(file)?.[1] ?? NaN);
  return Number.isInteger(n) && n % 3 === 0;
}

/** Gold rows from the manifest's text; `codeOf` gives a full region name's code ('' when none). */
export function parseGold(csv: string, codeOf: (name: string) => string = () => ''): GoldMeta[] {
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => {
    const region = (r['region'] ?? '').trim();
    const year = /^\d{4}$/.test((r['year'] ?? '').trim()) ? Number(r['year']) : null;
    return {
      file: (r['file'] ?? '').trim(),
      title: (r['title'] ?? '').trim(),
      source: (r['source'] ?? r['url'] ?? '').trim(),
      region,
      region_code: region === '' || isMaskedGold(region) ? '' : codeOf(region),
      region_level: (r['region_level'] ?? '').trim(),
      year,
      doc_type: (r['doc_type'] ?? '').trim(),
    };
  });
}

/** A gold value found wrong on reading the text and its page: the field's right value and why. */
export const GoldCorrectionSchema = z.object({
  file: z.string().min(1),
  field: z.enum(SCORED_FIELDS),
  value: z.string().describe('the right value as the manifest would write it (a year as 4 digits, "" for unknown)'),
  reason: z.string().min(1).describe('one line: what in the text or on the page shows it'),
});
export type GoldCorrection = z.infer<typeof GoldCorrectionSchema>;

/**
 * `gold` with `corrections` applied (the shared manifest stays as it is). A correction naming a file that is
 * not in the gold, or a year that is not 4 digits, is an error: the corrections must stay in step with the gold.
 */
export function applyCorrections(gold: readonly GoldMeta[], corrections: readonly GoldCorrection[], codeOf: (name: string) => string = () => ''): GoldMeta[] {
  const out = gold.map((g) => ({ ...g }));
  for (const c of corrections) {
    const row = out.find((g) => g.file === c.file);
    if (!row) throw new Error(`gold correction: no gold row for ${c.file}`);
    if (c.field === 'year') {
      if (!/^(\d{4})?$/.test(c.value)) throw new Error(`gold correction: year of ${c.file} must be 4 digits or empty, got "${c.value}"`);
      row.year = c.value === '' ? null : Number(c.value);
    } else if (c.field === 'region') {
      row.region = c.value;
      row.region_code = c.value === '' || isMaskedGold(c.value) ? '' : codeOf(c.value);
    } else row[c.field] = c.value;
  }
  return out;
}

/** Which fields of `p` agree with `g`. */
export function fieldMatches(g: GoldMeta, p: Predicted): Record<ScoredField, boolean> {
  return {
    region: regionMatches(g, p),
    region_level: g.region_level === p.region_level,
    year: g.year === p.year,
    doc_type: g.doc_type === p.doc_type || (g.doc_type === '其他' && (p.doc_type === 'other' || p.doc_type === '')),
  };
}

/** Accuracy per field over `pairs`. */
export function scoreMeta(pairs: ReadonlyArray<{ gold: GoldMeta; predicted: Predicted }>): MetaScores {
  const right = { region: 0, region_level: 0, year: 0, doc_type: 0 };
  for (const { gold, predicted } of pairs) {
    const m = fieldMatches(gold, predicted);
    for (const f of SCORED_FIELDS) if (m[f]) right[f]++;
  }
  const share = (n: number) => (pairs.length === 0 ? 0 : Math.round((n / pairs.length) * 1000) / 1000);
  return {
    texts: pairs.length,
    region: share(right.region),
    region_level: share(right.region_level),
    year: share(right.year),
    doc_type: share(right.doc_type),
  };
}

const MASK = /[xX×Ｘ*＊_—]|未署名|模板/;
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)$/u;

function isMaskedGold(region: string): boolean {
  return MASK.test(region);
}

function regionMatches(g: GoldMeta, p: Predicted): boolean {
  const predicted = p.region.trim();
  if (g.region === '') return predicted === '';
  if (isMaskedGold(g.region)) return predicted === '' || (MASK.test(predicted) && levelOfRegion(predicted) === g.region_level);
  if (g.region_code !== '' && p.region_code) return g.region_code === p.region_code;
  const stem = (s: string) => s.replace(SUFFIX, '');
  return stem(predicted).length >= 2 && stem(g.region).endsWith(stem(predicted));
}
