/**
 * Docvars of one document from its sources, field by field, first one that says wins: the manifest row's
 * field, then the path pattern (`--meta-from-path`), then the page the text came from (the manifest's title
 * column read as the title line, a date in its source or url column; see page.ts), then the text itself
 * (front matter first). `region_level` also follows from the region's name (云南省 → province) before the
 * text's own cues.
 *
 * ok: manifest year 2023 + path year 2024 + text 2020年 → year 2023, year_source 'manifest'.
 * ok: manifest year empty, source http://x.cn/2021-03/15/c.htm, text without a year → 2021, 'manifest_url'.
 */
import type { ManifestRow } from '../../schemas/manifest.js';
import type { DocMeta, ReportDoc, YearSource } from '../../types.js';
import { inferMetaFromText } from './text.js';
import { levelOfRegion, toDocType, toRegionLevel, toYear } from './values.js';
import { resolveRegion } from './region-code.js';
import { pageUrl } from './page.js';
import type { matchPath } from './path-pattern.js';
import { metaWarnings } from './warnings.js';

export { inferMetaFromText } from './text.js';

/**
 * Resolve `doc`'s metadata. `row` is its manifest row (if any), `fromPath` what the path pattern read (if
 * any). Path values that are not understood (a level that is not one of the five, a type not in DOC_TYPES)
 * are passed over so the text can say.
 */
export function resolveMeta(doc: ReportDoc, row: ManifestRow | undefined, fromPath: ReturnType<typeof matchPath>): DocMeta {
  const path = { ...fromPath };
  // A folder named national (the govreports layout) is the nation, written as the text and the manifest write it.
  if (path.region !== undefined && /^national$/i.test(path.region)) path.region = '全国';
  const docType = first(row?.doc_type, toDocType(path.doc_type));
  const regionGiven = Boolean(row?.region || path.region);
  const text = inferMetaFromText(doc, { title: row?.title ?? '', url: pageUrl(row), docType, regionGiven });
  const region = first(row?.region, path.region, text.region);
  // A region the manifest or the path gives is resolved on its own; the text's comes resolved with its context.
  const code = region === text.region ? text : resolveRegion(region);

  const pathYear = toYear(path.year);
  let year: number | null = null;
  let year_source: YearSource = 'unknown';
  if (row?.year != null) [year, year_source] = [row.year, 'manifest'];
  else if (pathYear !== null) [year, year_source] = [pathYear, 'path'];
  else if (text.year != null) [year, year_source] = [text.year, text.year_source ?? 'text'];

  const meta: DocMeta = {
    title: first(row?.title, path.title, text.title),
    region,
    region_code: code.region_code ?? '',
    province: code.province ?? '',
    prefecture: code.prefecture ?? '',
    region_level: first(row?.region_level, toRegionLevel(path.region_level), code.region_level, levelOfRegion(region), text.region_level),
    year,
    year_source,
    delivery_year: text.delivery_year ?? null,
    doc_type: first(docType, text.doc_type),
    // An empty manifest cell gives nothing, as for the built-in columns: the front matter's value stays.
    extra: { ...text.extra, ...Object.fromEntries(Object.entries(row?.extra ?? {}).filter(([k, v]) => v.trim() !== '' || text.extra?.[k] === undefined)) },
  };
  const warnings = metaWarnings({ row, path, front: doc.frontMatter }, meta);
  return warnings.length > 0 ? { ...meta, warnings } : meta;
}

/** The first value that is not empty, else ''. */
function first<T extends string>(...values: Array<T | '' | undefined>): T | '' {
  return values.find((v): v is T => v !== undefined && v !== '') ?? '';
}
