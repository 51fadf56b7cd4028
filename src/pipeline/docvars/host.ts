/**
 * The place a page's web address is named after. Pure. Local 政协 and news sites are named after their place in
 * pinyin (yongqing.gov.cn, baojizx.cn = 宝鸡 + 政协, chinaqinglong.gov.cn, m-xiaochang.cjyun.org), so when a
 * text says only 县政协 / 市政协, the host of its page names the body's region.
 *
 * A division matches a label of the host when the label is the pinyin of the division's stem (宝鸡 → baoji)
 * or of its whole name (陇县 → longxian), at least five letters (four only as the whole label or with zx: wuxi),
 * alone or with one of a site's own words before or after it (zx for 政协, china, news, rb for 日报; see
 * SITE_WORDS), or after its province's or its prefecture's initials (ah·feixi for 安徽 肥西, yc·xixia for 银川 西夏). A pinyin found inside another word is
 * not read (chin·anqing·long is 青龙's, not 安庆's). Initials are read only after the province's (sc·dl.gov.cn for
 * 四川 丹棱, sc·tj·zx for 四川 通江 政协) or the prefecture's (cz·tn for 常州 天宁), or when the whole name's run to five
 * letters or more (etkqq·zx for 鄂托克前旗 政协): a place's initials alone (jdzx, bhxf) fit too many places. A province's committee's site is its initials,
 * s (省) and zx (gz·s·zx for 贵州); a prefecture's part of it, the prefecture's initials before the province's and zx
 * (kf·hnzx for 河南 开封). Only divisions of the level the text's cue gives are candidates; several are
 * narrowed to the ones whose stem, or whose province or prefecture, the text writes; the place is given only when
 * one is left, or several of one name (putuo: 普陀区 of 上海 or of 舟山 — the name, its code left to the text).
 *
 * Pinyin comes from pinyin-pro (MIT, no dependencies, its dictionary inside the npm package), which reads
 * a polyphonic character by the word it is in (重庆 → chongqing, 六安 → luan).
 *
 * ok: regionOfHost('http://baojizx.cn/art/2024/3/21/a.html', isCity, '') → 宝鸡市;
 * not ok: regionOfHost('http://www.chinaqinglong.gov.cn/x', isCity, '') → '' (安庆 sits mid-label).
 */
import { createRequire } from 'node:module';
import { allDivisions, divisionByCode, divisionStem, parentOf, stemOf, type Division } from './region-code.js';

/** Labels that name no place: the protocol's and registries' words, and sites' usual prefixes. */
const GENERIC_LABELS = new Set(['www', 'm', 'wap', 'gov', 'cn', 'com', 'net', 'org', 'edu', 'info', 'news', 'epaper', 'daily',
  // 新民晚报's site (xinmin.cn), a Shanghai paper, not 新民市.
  'xinmin']);
/** What a site adds to its place's name in a label: 政协 (zx, zhx), 中国 (china, zg), 新闻 (news, xw), 日报 (rb), 融媒体 (rmt), tv. */
const SITE_WORDS = new Set(['', 'zx', 'zxw', 'zhx', 'china', 'zg', 'news', 'xw', 'xww', 'xinwen', 'zhengxie', 'rb', 'ribao', 'rmt', 'tv']);
const MIN_KEY = 5;
/** A four-letter pinyin (wuxi, dali) names a place only as a whole label, or with 政协's zx: shorter keys sit inside other words. */
const SHORT_KEY = 4;

interface HostKeys {
  division: Division;
  /** The pinyin of its stem and of its whole name (baoji, longxian). */
  keys: string[];
  /** Its province's initials and its own (sc + dl for 四川 丹棱), '' when it has no own initials (ownInitials). */
  initials: string;
  /** Its province's initials alone (ah for 安徽); for a province, its own. */
  provinceInitials: string;
  /** Its prefecture's initials (yc for 银川) for a division below one, else ''. */
  prefectureInitials: string;
  /** Its own initials (kf for 开封), '' for a province and for a place whose initials are a site's word (资兴 zx). */
  ownInitials: string;
  /** The initials of its whole name, suffix and all (jaq for 金安区, etkqq for 鄂托克前旗). */
  wholeInitials: string;
}

let keysByDivision: HostKeys[] | undefined;

/**
 * pinyin-pro, loaded on first use: its dictionary takes about 0.2 s to load, which a run that never reads a
 * host (most runs, and every worker of them) should not pay at start-up.
 */
function loadPinyin(): typeof import('pinyin-pro').pinyin {
  return (createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
}

/** Each division with the pinyin keys a host may name it by, computed once on first use. */
function pinyinKeys(): HostKeys[] {
  if (keysByDivision) return keysByDivision;
  const pinyin = loadPinyin();
  const spell = (s: string) => pinyin(s, { toneType: 'none', separator: '', v: true, nonZh: 'removed' }).toLowerCase();
  const first = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'removed' }).toLowerCase();
  keysByDivision = [...allDivisions()].map((division) => {
    const stem = divisionStem(division);
    const keys = [...new Set([spell(stem), spell(division.name)])].filter((k) => k.length >= SHORT_KEY);
    const provinceInitials = first(stemOf(division.level === 'province' ? division.name : division.province));
    // A place whose initials are a site's own word (资兴 zx, like 政协's) is not told by them: hn·zx is 河南 政协.
    // A one-character stem (沛县, 和县) goes by its whole name's initials (js·px·zx for 江苏 沛县 政协).
    const own = stem.length < 2 ? first(division.name) : first(stem);
    const ownInitials = division.level === 'province' || SITE_WORDS.has(own) ? '' : own;
    const initials = ownInitials === '' ? '' : provinceInitials + ownInitials;
    const whole = first(division.name);
    const parent = parentOf(division);
    const prefectureInitials = parent?.level === 'city' ? first(stemOf(parent.name)) : '';
    return { division, keys, initials, provinceInitials, prefectureInitials, ownInitials, wholeInitials: whole };
  });
  return keysByDivision;
}

/** The host's labels that may name a place (yongqing, baojizx, chinaqinglong, xiaochang). */
export function hostLabels(url: string): string[] {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  return host.split(/[.-]/u).filter((label) => /^[a-z]+$/u.test(label) && !GENERIC_LABELS.has(label));
}

/**
 * The name of the one division that the host of `url` is named after among those `fits` accepts (the level
 * of the text's cue); `context` (the title and the head) narrows several. '' when none or several.
 */
export function regionOfHost(url: string, fits: (d: Division) => boolean, context: string): string {
  const labels = hostLabels(url);
  if (labels.length === 0) return '';
  const matches = pinyinKeys().filter(({ division, keys, initials, provinceInitials, prefectureInitials, ownInitials, wholeInitials }) =>
    fits(division) && (labels.some((label) => keys.some((k) => namesPlace(label, k) || (division.level !== 'province' && (afterProvince(label, provinceInitials, k) || afterProvince(label, prefectureInitials, k))))
      // A whole name's initials alone only at five letters or more (etkqq·zx for 鄂托克前旗 政协).
      || byInitials(label, initials) || (wholeInitials.length >= MIN_KEY && byInitials(label, wholeInitials))
      || (prefectureInitials !== '' && ownInitials.length >= 2 && byInitials(label, prefectureInitials + ownInitials))
      || (division.level === 'province' && label === `${provinceInitials}szx`))
      || (division.level === 'city' && underProvinceSite(labels, ownInitials, provinceInitials))),
  ).map((e) => e.division);
  const left = matches.length > 0 ? narrow(matches, context) : committeeInitials(labels, fits, context);
  // Two places of one name (普陀区 of 上海 and of 舟山): the name is known, which of them is not (its code stays empty).
  return left.length > 0 && left.every((d) => d.name === left[0]!.name) ? left[0]!.name : '';
}

/** 政协 as a site writes it after a place's initials: jaq·zx, jyg·zhx. */
const COMMITTEE_WORDS = ['zx', 'zhx'];

/**
 * A local committee's site named by the place's initials alone and zx (jaqzx for 金安区, qjxzx for 全椒县, ylzx for
 * 榆林, jygzhx for 嘉峪关): initials fit many places, so only those whose stem the text itself writes (and never with
 * another level's suffix: 中山市 is no 中山区) are kept, unless
 * three letters or more fit one place of the text's level alone.
 */
function committeeInitials(labels: readonly string[], fits: (d: Division) => boolean, context: string): Division[] {
  const initials = labels.flatMap((label) => COMMITTEE_WORDS.filter((w) => label.endsWith(w)).map((w) => label.slice(0, -w.length))).filter((i) => i.length >= 2);
  if (initials.length === 0) return [];
  const candidates = pinyinKeys()
    .filter(({ division, ownInitials, wholeInitials }) => fits(division) && division.level !== 'province' && (initials.includes(ownInitials) || initials.includes(wholeInitials)))
    .map((e) => e.division);
  // Three letters or more that only one place of the level fits (jyg·zhx: 嘉峪关) tell it without the text.
  if (candidates.length === 1 && initials.some((i) => i.length >= 3)) return candidates;
  // The place's stem written, and not with another level's suffix: 中山市 in the text is no 中山区.
  return candidates.filter((d) => {
    const stem = divisionStem(d);
    const suffixes = [...context.matchAll(new RegExp(`${stem}(市|区|县|州|旗|盟)`, 'gu'))].map((m) => m[1]);
    return context.includes(stem) && suffixes.every((suffix) => d.name.endsWith(suffix!));
  });
}

/**
 * Whether the host is a prefecture's part of its province's 政协 site: the prefecture's initials, then the
 * province's and zx (kf.hnzx.gov.cn for 河南 开封). hn is 河南's, 湖南's and 海南's initials: the prefecture's tell
 * them apart, or the place is left unknown (narrowed to one, see regionOfHost).
 */
function underProvinceSite(labels: readonly string[], ownInitials: string, provinceInitials: string): boolean {
  return ownInitials.length >= 2 && labels.some((label, i) => label === ownInitials && labels[i + 1] === `${provinceInitials}zx`);
}

/** Whether `label` is the pinyin `key` with at most a site's own word before or after it (baoji·zx, china·qinglong). */
function namesPlace(label: string, key: string): boolean {
  if (key.length < MIN_KEY) return label === key || label === `${key}zx`;
  return (label.startsWith(key) && SITE_WORDS.has(label.slice(key.length))) || (label.endsWith(key) && SITE_WORDS.has(label.slice(0, -key.length)));
}

/**
 * Whether `label` is the initials of the province (or prefecture) and then the place's pinyin (ah·feixi for 安徽 肥西,
 * yc·xixia for 银川 西夏), with at most a site's word after it.
 */
function afterProvince(label: string, provinceInitials: string, key: string): boolean {
  return provinceInitials !== '' && label.startsWith(provinceInitials) && SITE_WORDS.has(label.slice(provinceInitials.length + key.length))
    && label.startsWith(key, provinceInitials.length);
}

/** Whether `label` is a province's and a place's initials, with at most a site's word after them (sc·tj·zx, sc·dl). */
function byInitials(label: string, initials: string): boolean {
  return initials.length >= 4 && label.startsWith(initials) && SITE_WORDS.has(label.slice(initials.length));
}

/** The candidates whose stem the text writes, else those whose province or prefecture it names, else all. */
function narrow(candidates: Division[], context: string): Division[] {
  if (candidates.length <= 1) return candidates;
  const written = candidates.filter((d) => context.includes(divisionStem(d)));
  if (written.length > 0) return written;
  const byAncestor = candidates.filter((d) =>
    d.within.slice(0, -1).some((code) => {
      const ancestor = divisionByCode(code);
      return ancestor !== undefined && context.includes(divisionStem(ancestor));
    }),
  );
  return byAncestor.length > 0 ? byAncestor : candidates;
}
