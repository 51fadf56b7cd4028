import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { render } from '../../../src/messages/index.js';
import { resolveMeta } from '../../../src/pipeline/docvars/metadata.js';
import type { ManifestRow } from '../../../src/schemas/manifest.js';
import type { DocMeta, ReportDoc } from '../../../src/types.js';

const BODY = '政协叙永县委员会常务委员会工作报告\n一年来，县政协围绕中心工作开展协商。\n';
const txt = (source = BODY, file = 'a.txt'): ReportDoc => createDocument({ path: file, file, format: 'txt', encoding: 'utf-8', source });
const md = (front: string, body = BODY): ReportDoc =>
  createDocument({ path: 'a.md', file: 'a.md', format: 'md', encoding: 'utf-8', source: `---\n${front}\n---\n${body}` });
const row = (fields: Partial<ManifestRow>): ManifestRow => ({
  file: 'a.txt', title: '', region: '', region_level: '', year: null, doc_type: '', extra: {}, ...fields,
});
/** The warnings as field, value, source and the English message. */
const warnings = (meta: DocMeta) => (meta.warnings ?? []).map((w) => [w.field, w.value, w.source, render(w.reason, 'en')]);

describe('metadata warnings: given values that do not hold together or were not understood', () => {
  it('a manifest level that contradicts the region\'s division: warned, the given level kept', () => {
    const meta = resolveMeta(txt(), row({ region: '叙永县', region_level: 'city' }), undefined);
    expect(meta).toMatchObject({ region: '叙永县', region_code: '510524', region_level: 'city' });
    expect(warnings(meta)).toEqual([[
      'region_level', 'city', 'manifest',
      'region_level "city" (manifest) contradicts 叙永县, a county division (GB/T 2260 510524); the given level is kept',
    ]]);
  });

  it('a manifest level that contradicts the region the text gives is warned too', () => {
    const meta = resolveMeta(txt(), row({ region_level: 'province' }), undefined);
    expect(meta).toMatchObject({ region: '叙永县', region_level: 'province' });
    expect(warnings(meta).map((w) => w.slice(0, 3))).toEqual([['region_level', 'province', 'manifest']]);
  });

  it('a level that agrees, a county-level city as county, a masked region and the nation give none', () => {
    expect(resolveMeta(txt(), row({ region: '叙永县', region_level: 'county' }), undefined).warnings).toBeUndefined();
    expect(resolveMeta(txt(), row({ region: '乐平市', region_level: 'county' }), undefined).warnings).toBeUndefined();
    expect(resolveMeta(txt(), row({ region: 'X县', region_level: 'county' }), undefined).warnings).toBeUndefined();
    expect(resolveMeta(txt(), row({ region: '全国', region_level: 'national' }), undefined).warnings).toBeUndefined();
    expect(resolveMeta(txt(), undefined, undefined).warnings).toBeUndefined();
  });

  it('a region two divisions are called: warned with both, the code left empty', () => {
    const meta = resolveMeta(txt(), row({ region: '江北区' }), undefined);
    expect(meta.region_code).toBe('');
    expect(warnings(meta)).toEqual([[
      'region', '江北区', 'manifest',
      '2 divisions are called "江北区" (manifest; 浙江省宁波市江北区, 重庆市江北区): region_code is left empty; write it with its province or city, e.g. 浙江省宁波市江北区',
    ]]);
  });

  it('a region no division is called (a former name): warned; the province it is written under is kept', () => {
    const meta = resolveMeta(txt(), row({ region: '山东省兖州县' }), undefined);
    expect(meta).toMatchObject({ region_code: '', province: '山东省', prefecture: '', region_level: 'county' });
    expect(warnings(meta).map((w) => w.slice(0, 3))).toEqual([['region', '山东省兖州县', 'manifest']]);
  });

  it('front-matter values that are not understood are passed over and warned, in field order', () => {
    const meta = resolveMeta(md('doc_type: 工作总结\nyear: 今年\nregion_level: 乡\nregion: 叙永县'), undefined, undefined);
    expect(meta).toMatchObject({ region: '叙永县', region_level: 'county', doc_type: '常委会工作报告', year: null });
    expect(warnings(meta).map((w) => w.slice(0, 3))).toEqual([
      ['region_level', '乡', 'front_matter'],
      ['year', '今年', 'front_matter'],
      ['doc_type', '工作总结', 'front_matter'],
    ]);
    expect(warnings(meta)[1]![3]).toBe(
      'year "今年" (front matter) is not understood and was passed over (expected a year from 1949 to 2100 in digits; in front matter also 二〇二二 or 20XX); the text decides',
    );
  });

  it('a front-matter year in Han numerals or masked is understood: no warning', () => {
    expect(resolveMeta(md('year: 二〇二二'), undefined, undefined)).toMatchObject({ year: 2022 });
    expect(resolveMeta(md('year: 二〇二二'), undefined, undefined).warnings).toBeUndefined();
    expect(resolveMeta(md('year: 20XX'), undefined, undefined).warnings).toBeUndefined();
  });

  it('path values that are not understood are warned with the path as their source', () => {
    const meta = resolveMeta(txt(), undefined, { year: '二〇二〇', doc_type: 'report' });
    expect(warnings(meta).map((w) => w.slice(0, 3))).toEqual([['year', '二〇二〇', 'path'], ['doc_type', 'report', 'path']]);
  });
});
