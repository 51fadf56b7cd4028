/**
 * Metadata values written as text (a path part, a front-matter key) → typed docvars. Pure; a value that is
 * not understood becomes "unknown" ('' or null) so that the next source can say.
 */
import { YEAR_MAX, YEAR_MIN } from '../../schemas/manifest.js';
import { DOC_TYPES, REGION_LEVELS, type DocType, type RegionLevel } from '../../types.js';

/** `'2003'` → 2003; anything but four digits between 1949 and 2100 → null. */
export function toYear(value: string | undefined): number | null {
  const s = value?.trim() ?? '';
  if (!/^\d{4}$/.test(s)) return null;
  const n = Number(s);
  return n >= YEAR_MIN && n <= YEAR_MAX ? n : null;
}

const LEVEL_WORDS: Record<string, RegionLevel> = {
  县: 'county', 旗: 'county', 区: 'district', 市: 'city', 州: 'city', 盟: 'city', 省: 'province', 自治区: 'province',
  全国: 'national', 国家: 'national',
};

/** `'county'` or `'县'` → county; anything else → ''. */
export function toRegionLevel(value: string | undefined): RegionLevel | '' {
  const s = value?.trim() ?? '';
  if ((REGION_LEVELS as readonly string[]).includes(s)) return s as RegionLevel;
  return LEVEL_WORDS[s] ?? '';
}

/** How high a level stands: a division of a higher rank holds those of lower ones (a district and a county are peers). */
const LEVEL_RANK: Record<RegionLevel, number> = { national: 4, province: 3, city: 2, district: 1, county: 1 };

/** The rank of `level` (see LEVEL_RANK); 0 when unknown. */
export function levelRank(level: RegionLevel | ''): number {
  return level === '' ? 0 : LEVEL_RANK[level];
}

/** A document type as written (`'工作要点'`) → itself when it is one of DOC_TYPES, else ''. */
export function toDocType(value: string | undefined): DocType | '' {
  const s = value?.trim() ?? '';
  return (DOC_TYPES as readonly string[]).includes(s) ? (s as DocType) : '';
}

/**
 * The level a region's name implies, from its suffix: 云南省 / 广西壮族自治区 / 北京市 (a municipality) → province;
 * 宁波市 / 恩施土家族苗族自治州 / 锡林郭勒盟 → city; X市X区 → district; X县 / **县 / 额济纳旗 → county;
 * 全国 / national → national. A name without a known suffix (X) → ''.
 */
export function levelOfRegion(name: string): RegionLevel | '' {
  const s = name.trim();
  if (/^(national|全国|中国|中华人民共和国|中央)$/i.test(s)) return 'national';
  if (/^(北京|上海|天津|重庆)市?$/.test(s) || /(省|自治区|特别行政区)$/.test(s)) return 'province';
  if (/(市|州|盟|地区)$/.test(s)) return 'city';
  if (/区$/.test(s)) return 'district';
  if (/(县|旗)$/.test(s)) return 'county';
  return '';
}
