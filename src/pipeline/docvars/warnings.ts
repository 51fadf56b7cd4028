/**
 * Doubts about the metadata a document is given — its manifest row, what the path pattern read, its front
 * matter — that do not stop its analysis (warnings.csv). Pure. The given value is kept, or passed over when it
 * was not understood, as before; the warning says so, so that a researcher's grouping does not rest on a slip
 * nobody saw:
 * - a region_level that contradicts the level of the division the region resolves to (叙永县 given as city);
 * - a given region no division of GB/T 2260 is called (a typo, a former name the data package does not keep), or
 *   several are called and nothing settles which (江北区): its region_code stays empty;
 * - a path or front-matter value that is not understood (`year: 今年`, `doc_type: 工作总结`) and was passed over
 *   (a manifest's is an error before anything runs: manifest.ts).
 *
 * ok: manifest 叙永县 + region_level city → region_level "city" (manifest) contradicts 叙永县, a county division.
 */
import type { ManifestRow } from '../../schemas/manifest.js';
import type { Message } from '../../messages/index.js';
import type { DocMeta, MetaWarning, RegionLevel } from '../../types.js';
import { candidatesOf, resolveRegion, type Division } from './region-code.js';
import { toDocType, toRegionLevel, toYear } from './values.js';
import { readYear } from './year.js';

type Source = MetaWarning['source'];

/** The metadata as given, by source: the manifest row, the path pattern's values, the front matter's. */
export interface GivenMeta {
  row: ManifestRow | undefined;
  path: Readonly<Record<string, string | undefined>>;
  front: Readonly<Record<string, string>>;
}

/** A region written with a placeholder (X县, **区, 某市): masked on purpose, nothing to resolve. */
const MASKED = /[X×xＸｘ*＊_□○某]/u;
/** Divisions named in a warning about an ambiguous region, at most. */
const EXAMPLES = 3;

/** The warnings about `meta`, resolved from `given`; [] when everything given holds together. */
export function metaWarnings(given: GivenMeta, meta: DocMeta): MetaWarning[] {
  const all = [...regionWarnings(given, meta), ...levelWarnings(given, meta), ...notUnderstood(given)];
  return all.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
}

/** The order of the fields, in warnings.csv as in documents.csv. */
const FIELDS: readonly MetaWarning['field'][] = ['region', 'region_level', 'year', 'doc_type'];

/** Path and front-matter values of the closed fields that were passed over because they were not understood. */
function notUnderstood({ path, front }: GivenMeta): MetaWarning[] {
  const out: MetaWarning[] = [];
  const check = (source: Source, values: Readonly<Record<string, string | undefined>>, understands: (field: MetaWarning['field'], v: string) => boolean) => {
    for (const field of ['region_level', 'year', 'doc_type'] as const) {
      const value = values[field]?.trim() ?? '';
      if (value !== '' && !understands(field, value)) out.push(warning(field, value, source, { key: 'warning.notUnderstood', params: { field, value, source: sourceWord(source), expected: { key: `warning.expected.${field}` } } }));
    }
  };
  check('path', path, (field, v) => (field === 'year' ? toYear(v) !== null : field === 'region_level' ? toRegionLevel(v) !== '' : toDocType(v) !== ''));
  // The front matter's year may be written in Han numerals or masked (二〇二二, 20XX): read as the text's are.
  check('front_matter', front, (field, v) => (field === 'year' ? toYear(v) !== null || readYear(v) !== undefined : field === 'region_level' ? toRegionLevel(v) !== '' : toDocType(v) !== ''));
  return out;
}

/** A given region that resolves to no division, or to several that nothing narrows to one. */
function regionWarnings(given: GivenMeta, meta: DocMeta): MetaWarning[] {
  const source = sourceOf(given, 'region', (v) => v !== '');
  if (source === undefined || meta.region_code !== '' || MASKED.test(meta.region)) return [];
  if (resolveRegion(meta.region).region_level === 'national') return [];
  const candidates = candidatesOf(meta.region);
  if (candidates.length === 0) {
    return [warning('region', meta.region, source, { key: 'warning.regionUnknown', params: { region: meta.region, source: sourceWord(source) } })];
  }
  const names = candidates.map(fullName);
  return [warning('region', meta.region, source, {
    key: 'warning.regionAmbiguous',
    params: { region: meta.region, source: sourceWord(source), count: candidates.length, examples: names.slice(0, EXAMPLES).join(', '), first: names[0]! },
  })];
}

/** A given level that is not the level of the division the region resolves to. */
function levelWarnings(given: GivenMeta, meta: DocMeta): MetaWarning[] {
  const source = sourceOf(given, 'region_level', (v) => toRegionLevel(v) !== '');
  if (source === undefined || meta.region_level === '') return [];
  const actual: RegionLevel | '' = resolveRegion(meta.region).region_level;
  if (actual === '' || actual === meta.region_level) return [];
  const params = { level: meta.region_level, region: meta.region, actual, code: meta.region_code || '—', source: sourceWord(source) };
  return [warning('region_level', meta.region_level, source, { key: 'warning.levelContradicts', params })];
}

/** Which source gave `field` (the first that gives it wins, as in resolveMeta); undefined when the text did. */
function sourceOf(given: GivenMeta, field: 'region' | 'region_level', gives: (value: string) => boolean): Source | undefined {
  if (gives(given.row?.[field] ?? '')) return 'manifest';
  if (gives(given.path[field]?.trim() ?? '')) return 'path';
  if (gives(given.front[field]?.trim() ?? '')) return 'front_matter';
  return undefined;
}

function warning(field: MetaWarning['field'], value: string, source: Source, reason: Message): MetaWarning {
  return { field, value, source, reason };
}

function sourceWord(source: Source): Message {
  return { key: `warning.source.${source}` };
}

/** 浙江省宁波市江北区: the division with the province and prefecture it lies in. */
function fullName(d: Division): string {
  const parts = [d.province, d.prefecture, d.name].filter((p, i, all) => p !== '' && all.indexOf(p) === i);
  return parts.join('');
}
