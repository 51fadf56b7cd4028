/**
 * Places a local text names in passing, for a text whose body is named only by a bare cue (县政协, 市政协). Pure.
 *
 * The level of the body a page speaks for (我县, or the bare bodies that 陪同 a visit), and the place a news
 * page's source line is named after (来源:民权网 → 民权县).
 *
 * A county or district named by its bare stem in running text, as local news names its own place (建设大美两当,
 * 来到通江…), when the text also names the prefecture it lies in (陇南, 巴中). A stem alone is an ordinary
 * word too often (永清, 青龙, 和平) to be read by itself; with its prefecture (or, for a municipality's
 * district or a county under no prefecture, its province) written in the same head it names the place.
 *
 * A city's page that writes 我市 before a county or district (我市清新区山塘镇…) speaks for that place's
 * prefecture.
 *
 * ok: regionOfStem('…陇南民事直说…建设大美两当', isCounty) → 两当县; not ok: regionOfStem('建设绿色永清', isCounty) → ''.
 * ok: prefectureOfOwnPlace('我市清新区山塘镇…') → 清远市.
 */
import { toRegionLevel } from './values.js';
import type { RegionLevel } from '../../types.js';
import { allDivisions, divisionsNamed, divisionStem, MAX_NAME_LENGTH, parentOf, type Division } from './region-code.js';

const SOURCE_SITE = /(?:来源|文章来源|作者)[:：]\s*(?:今日)?(\p{Script=Han}{2,4}?)(?:[县区市旗州]?政协网?|新闻网|网|日报|电视台|融媒体中心|融媒体|融媒|发布)|(?<!\p{Script=Han})(?:今日)?(\p{Script=Han}{2,4}?)(?:新闻网|网)(?:讯|消息)/gu;
/** The names national newspapers and news sites go by, which are also places' (光明, 中国). */
const NATIONAL_MEDIA = /^(?:人民|光明|经济|工人|农民|法治|法制|科技|中国|中新|新华|央视|解放军|参考|环球)/u;
/** 县委, 县政协, 市政府 … written bare (after a boundary, not after a name): a page's own place's bodies. */
const BARE_BODY = /(?<!\p{Script=Han})(县|区|市)(?:委|政府|政协|人大)/gu;

/** The name of the one division `fits` accepts whose stem and whose parent's (another) stem `head` both write; '' else. */
export function regionOfStem(head: string, fits: (d: Division) => boolean): string {
  const found = new Map<string, Division>();
  for (const d of allDivisions()) {
    if (!fits(d) || d.within.length < 2) continue;
    const stem = divisionStem(d);
    if (stem.length < 2 || !head.includes(stem)) continue;
    const parent = parentOf(d);
    // 楚雄市 in 楚雄州, 大理市 in 大理州: a seat that shares its prefecture's stem is not confirmed by it.
    const parentStem = parent ? divisionStem(parent) : '';
    if (parentStem !== '' && parentStem !== stem && head.includes(parentStem)) found.set(d.code, d);
  }
  return found.size === 1 ? [...found.values()][0]!.name : '';
}

/**
 * The autonomous prefecture whose stem the head writes (州政协…为推动延边经济社会高质量发展 → 延边朝鲜族自治州), when
 * exactly one does: for a page whose body is a bare 州政协. The thirty stems are names of their own (延边, 湘西, 黔南).
 */
export function autonomousPrefectureOfStem(head: string): string {
  const found = [...allDivisions()].filter((d) => d.name.endsWith('自治州') && head.includes(divisionStem(d)));
  return found.length === 1 ? found[0]!.name : '';
}

/** The prefecture of the county or district written right after 我市 ('' when none, or when the name is several places'). */
export function prefectureOfOwnPlace(head: string): string {
  for (const m of head.matchAll(/我市/gu)) {
    const after = m.index + m[0].length;
    for (let len = Math.min(MAX_NAME_LENGTH, head.length - after); len >= 2; len--) {
      const places = divisionsNamed(head.slice(after, after + len)).filter((d) => d.level === 'county' || d.level === 'district');
      const prefectures = new Set(places.map((d) => d.prefecture));
      if (places.length > 0) return prefectures.size === 1 ? [...prefectures][0]! : '';
    }
  }
  return '';
}

/**
 * The level of the body a page speaks for: 我县, 我市, 我区 … (我区 beside 自治区政协: the autonomous region's); else the hosts of a visit, when those who
 * 陪同 (accompany the visitors) are all named by bare cues of one level (县委书记…，县政协主席…陪同调研: a
 * page writes its own place's bodies bare). '' when neither says.
 */
export function ownLevel(near: string): RegionLevel | '' {
  const m = /我(县|旗|市|州|区|省)(?![长委])/.exec(near);
  // 我区 in an autonomous region's text (自治区政协…推进我区…) is the region's, not a district's.
  if (m?.[1] === '区' && /自治区(?:政协|党委|政府|人大)/.test(near)) return 'province';
  if (m) return m[1] === '州' ? 'city' : toRegionLevel(m[1]);
  for (const hosts of accompanying(near)) {
    const levels = new Set([...hosts.matchAll(BARE_BODY)].map((b) => b[1]!));
    if (levels.size === 1) return toRegionLevel([...levels][0]);
  }
  return '';
}

/** Clause ends for `accompanying`. */
const CLAUSE_END = new Set(['。', '；', ';', '！', '\n']);

/**
 * What `/[^。；;！\n]*陪同/gu` matches in `text`, in order: from the start of each clause that writes 陪同 to its
 * last 陪同. Found from each 陪同 outwards: the expression tried every position of a clause without one and ran to
 * the clause's end from each, a quarter of the metadata stage's time on the provinces.
 */
export function* accompanying(text: string): Generator<string> {
  for (let at = text.indexOf('陪同'); at !== -1; ) {
    let start = at;
    while (start > 0 && !CLAUSE_END.has(text[start - 1]!)) start--;
    let end = at;
    while (end < text.length && !CLAUSE_END.has(text[end]!)) end++;
    const last = text.lastIndexOf('陪同', end - 2);
    yield text.slice(start, last + 2);
    at = text.indexOf('陪同', last + 2);
  }
}

/**
 * A news page's source line or dateline names its site after the place: 来源:民权网 / 常山新闻网 / 来源:温江融媒 / 香格里拉网讯 / 今日房县网讯 /
 * 今日竹山网消息 /
 * 来源:上城区政协网 → 民权县
 * (of that level); for a city's body, a county-level city's site names that city when the text writes 市政协 (邓州网讯 … 市政协
 * → 邓州市: its own committee), and a county's site the county's prefecture (香格里拉网讯 … 州政协 → 迪庆州).
 */
export function sourceName(text: string, level: RegionLevel): string {
  for (const m of text.matchAll(SOURCE_SITE)) {
    const place = m[1] ?? m[2]!;
    // 光明日报, 人民日报, 中国新闻网: national media, whatever place shares their name (光明区).
    if (NATIONAL_MEDIA.test(place)) continue;
    // 来源:上城区政协网 → 上城区; 今日房县网讯 → 房县 (a name of two characters, written whole).
    for (const suffix of ['', '县', '区', '市', '旗', '州']) {
      const name = place + suffix;
      if ((suffix !== '' || /[县区市旗州]$/u.test(place)) && divisionsNamed(name).some((d) => d.level === level)) return name;
    }
    if (level !== 'city') continue;
    // 邓州网讯 … 市政协: a county-level city's site, and its own committee, which writes 市政协 as a prefecture's does.
    if (/(?<!州)市政协/u.test(text) && !/州政协/u.test(text) && divisionsNamed(`${place}市`).some((d) => d.level === 'county')) return `${place}市`;
    // 香格里拉网讯 … 州政协: a county's site reporting its prefecture's committee.
    for (const suffix of ['县', '市', '旗']) {
      const prefectures = new Set(divisionsNamed(place + suffix).filter((d) => d.level === 'county').map((d) => d.prefecture));
      if (prefectures.size === 1 && [...prefectures][0]) return [...prefectures][0]!;
    }
  }
  return '';
}
