/** Metadata of real 政协 pages (../shared/cppcc, development part only), from the text and from its page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read.js';
import { resolveMeta } from '../../../src/pipeline/docvars/metadata.js';
import { parseGold } from '../../../src/pipeline/docvars/score.js';
import { CPPCC, HAS_CPPCC } from '../../helpers.js';

describe.skipIf(!HAS_CPPCC)('metadata of real 政协 pages', () => {
  const manifest = HAS_CPPCC ? parseGold(readFileSync(join(CPPCC, 'manifest.csv'), 'utf8')) : [];
  const fromText = async (file: string) => resolveMeta(await readDocument(join(CPPCC, file), CPPCC), undefined, undefined);
  /** The page setting: the manifest's title and source, its gold columns left out. */
  const fromPage = async (file: string) => {
    const g = manifest.find((r) => r.file === file)!;
    const row = { file, title: g.title, region: '', region_level: '' as const, year: null, doc_type: '' as const, extra: { source: g.source } };
    return resolveMeta(await readDocument(join(CPPCC, file), CPPCC), row, undefined);
  };

  it.each([
    ['025_jiangsu_2020_proposals.txt', { year: 2020, year_source: 'text', doc_type: '新闻', region_code: '320000', region_level: 'province' }],
    ['061_jiangxi_2020_standing.txt', { year: 2020, doc_type: '新闻', region_code: '360000' }],
    ['031_keyouqianqi_2024.txt', { region: '科右前旗', region_code: '152221', region_level: 'county' }],
    ['074_yicheng_tian.txt', { region: '宜城市', region_code: '420684', region_level: 'county' }],
    ['143_sanming_2023.txt', { region: '三明市', region_code: '350400', region_level: 'city' }],
    ['098_shanghai_publicday.txt', { year: null, region_level: 'province' }],
    // an undated provincial session named with its province and term: 广东 elected its thirteenth in 2023, 山东 too
    ['019_guangdong_2024.txt', { year: 2024, year_source: 'text', region_level: 'province' }],
    ['136_shandong_2023.txt', { year: 2023, year_source: 'text', region_level: 'province' }],
  ])('text alone: %s', async (file, expected) => {
    expect(await fromText(file)).toMatchObject(expected);
  });

  it.each([
    ['017_national_inspection_2006.txt', { year: 2006, year_source: 'manifest_url', region_level: 'national', doc_type: '新闻' }],
    // the page's title names the province's thirteenth committee's second session: 2024, before the address is read
    ['058_jiangxi_2024.txt', { year: 2024, year_source: 'manifest_title', region_code: '360000' }],
    ['052_national_tian_2013.txt', { year: 2013, doc_type: '新闻' }],
    ['038_jiangxian_trad_tian_2019.txt', { doc_type: '提案工作报告', region: '绛县' }],
    ['107_national_shuangzhou_2013.txt', { year: 2013, year_source: 'text' }],
  ])('text and page: %s', async (file, expected) => {
    expect(await fromPage(file)).toMatchObject(expected);
  });
});
