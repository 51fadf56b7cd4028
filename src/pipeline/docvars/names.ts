/**
 * Division names read from running text, left to right, longest first (Simplified). Pure. A two-character
 * district name that is also a word (城区, 郊区) is never read, nor a two-character county name (和县, 沛县) inside
 * a word (县委和县政府, 完成县…).
 *
 * ok: firstNameOfLevel('区政协十届五次常委会召开…大渡口区…', 'district') → 大渡口区.
 * ok: mostNamed('…百色…文山州…全州…文山州…', isPrefecture) → 文山壮族苗族自治州 (named twice; 百色 once).
 */
import { pairSlot, pairStarts } from '../../pair-starts.js';
import type { RegionLevel } from '../../types.js';
import { allDivisions, allNames, divisionsNamed, divisionStem, resolveRegion, type Division } from './region-code.js';
import { levelRank } from './values.js';

/** Two-character district names that are also common words (城区, 郊区, 矿区): never read from running text. */
export const WORD_LIKE = /^.区$/;

/** 和县, 成县, 沛县: two-character county names, which also end words (县委和县政府, 完成县…). */
export function isShortCounty(name: string): boolean {
  return name.length === 2 && /[县区]$/.test(name);
}

/** Whether a name may start at `i`: after a non-Han character that does not close a title or quotation, or a word of place (在, 到, 赴, 莅, 来, 至). */
export function atBoundary(text: string, i: number): boolean {
  // After a closing mark comes a conjunction as often as a name (《…调研报告》和县政协…); after a comma, 和 goes on
  // with a list (…的讲话，和县政协常委会工作报告) more often than it starts 和县.
  if (text[i] === '和' && /[，,、]/.test(text[i - 1] ?? '')) return false;
  return i === 0 || !/[\p{Script=Han}》”’）)」』】]/u.test(text[i - 1]!) || /[在到赴莅来至]/.test(text[i - 1]!);
}

/** Per code unit, the lengths of the names that start with it, longest first; made once. */
let lengthsByFirst: (number[] | undefined)[] | undefined;
/** 1 at `pairSlot` of the first two code units of every name: where no name can start, told without a look-up. */
let nameStarts: Uint8Array | undefined;

/** The lengths of the names that start with code unit `first`, longest first (most code units start none). */
function nameLengths(first: number): readonly number[] {
  if (!lengthsByFirst) {
    lengthsByFirst = [];
    nameStarts = pairStarts(allNames());
    for (const name of allNames()) {
      const lengths = (lengthsByFirst[name.charCodeAt(0)] ??= []);
      if (!lengths.includes(name.length)) lengths.push(name.length);
      lengths.sort((a, b) => b - a);
    }
  }
  return lengthsByFirst[first] ?? NO_LENGTHS;
}

const NO_LENGTHS: readonly number[] = [];

/**
 * Each division name written in `text` with the divisions it may be, in order; a name is not read inside a longer
 * one. Names of two characters or more: a place whose first two code units begin none is passed over at once (it
 * had been asked of every length of name its first character begins, a string cut and looked up each time).
 */
function* namesIn(text: string): Generator<{ name: string; divisions: readonly Division[]; at: number }> {
  for (let i = 0; i + 1 < text.length; i++) {
    const lengths = nameLengths(text.charCodeAt(i));
    if (lengths.length === 0 || nameStarts![pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))] === 0) continue;
    for (const len of lengths) {
      if (len < 2 || i + len > text.length) continue;
      const name = text.slice(i, i + len);
      const divisions = divisionsNamed(name);
      if (divisions.length === 0 || WORD_LIKE.test(name) || (isShortCounty(name) && !atBoundary(text, i))) continue;
      // 长白山路社区, 北京路: a street named after a place.
      if (STREET.test(text.slice(i + len, i + len + 3))) continue;
      // 市政协主席吉林参加: a person named after an office, whose name is a place's stem.
      if (OFFICE_BEFORE.test(text.slice(Math.max(0, i - 3), i)) && !SUFFIXED.test(name)) continue;
      // 副主席王克胜、董玉海、程吉林; 市领导付朝阳、林旭阳: a person's name, a surname and a place's stem, in a list of names.
      if (inPersonName(text, i, name)) continue;
      // 长治久安, 幸福安康: set phrases that hold a place's name.
      if (inSetPhrase(text, i, name)) continue;
      // 老城区改造, 新城区建设: the old or new town, not 洛阳's 老城区 or 西安's 新城区 (written after their city or before their body).
      if (TOWN_WORD.test(name) && !TOWN_BODY.test(text.slice(i + len, i + len + 4)) && !TOWN_CITY.test(text.slice(Math.max(0, i - 4), i))) continue;
      yield { name, divisions, at: i };
      i += len - 1;
      break;
    }
  }
}

/** An office a person's name follows: 主席, 副主席, 书记, 秘书长, 主任, 市长, 县长, 局长… */
const OFFICE = '(?:主席|书记|秘书长|主任|[省市县区州]长|局长|部长)';
const OFFICE_BEFORE = new RegExp(`${OFFICE}$`, 'u');
/** A division's name with its suffix (吉林市), a place whatever precedes it; a stem alone (吉林) may end a person's name. */
const SUFFIXED = /[省市县区州旗盟]$/u;

/** The commonest surnames (a character each). */
const SURNAME = /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]/u;
/** What a person's name follows in a list of names: a separator, an office, 领导 / 委员 / 同志. */
const BEFORE_PERSON = new RegExp(`(?:^|[、，,：:\\s]|${OFFICE}|领导|委员|同志)$`, 'u');

/**
 * Whether the place's stem `name` at `i` ends a person's name: a surname before it, itself after a separator or an
 * office (…、程吉林参加, 市领导付朝阳、…). A name with its suffix (吉林市) is a place whatever precedes it.
 */
function inPersonName(text: string, i: number, name: string): boolean {
  if (i < 1 || SUFFIXED.test(name) || !SURNAME.test(text[i - 1]!)) return false;
  return BEFORE_PERSON.test(text.slice(Math.max(0, i - 4), i - 1));
}

/** District names that are also words for a town's parts (老城区 the old town, 新城区 the new one). */
const TOWN_WORD = /^[老新]城区$/u;
/** …read as a district before its own bodies (老城区政协, 新城区委) … */
const TOWN_BODY = /^(?:政协|区委|人民政府|政府|人大|委员会)/u;
/** …or after their city (洛阳市老城区, 西安新城区, 呼和浩特新城区). */
const TOWN_CITY = /(?:市|洛阳|西安|呼和浩特)$/u;

/**
 * Set phrases of the genre that hold a place's name (长治久安 is no 长治, 幸福安康 no 安康, 画出最大同心圆 no 大同, the
 * “新乡人” a county draws in, beside its “原乡人” and “归乡人”, no 新乡).
 */
const SET_PHRASES = ['长治久安', '幸福安康', '健康长寿', '最大同心圆', '“新乡人”'];

/** Whether `name`, written at `i` in `text`, lies inside one of SET_PHRASES. */
function inSetPhrase(text: string, i: number, name: string): boolean {
  return SET_PHRASES.some((phrase) => {
    const at = phrase.indexOf(name);
    return at !== -1 && text.startsWith(phrase, i - at);
  });
}

/**
 * What follows a place's name when it names a street, a village, a building or a site (北京路, 长白山路社区, 中山大道, 禾丰镇镇江村,
 * 中山纪念堂, 北京饭店, 水阳江大桥, 阳泉湾生态旅游区); not 村级, 村民, 村委 …, which are the place's villages (义乌村民).
 */
const STREET = /^(?:路|街|大道|大街|巷|村(?![级民委务干组党集])|纪念堂|纪念馆|公园|陵园|广场|大厦|宾馆|饭店|酒店|大桥|湾(?!区)|水库|景区)/u;

/**
 * Taiwan (71), Hong Kong (81) and Macao (82) have no local 政协 or people's congress: named in a text (港澳委员,
 * 澳门 members), they are never its body's place.
 */
const NO_LOCAL_COMMITTEE = /^(?:71|81|82)/u;

/** A verb of going right before a place's name: the place gone to (赴北京市, 前往海宁市) or measured against (对标滨湖区), not the body's own. */
const GONE_TO = /(?:赴|到|前往|来到|莅临|走进|考察|拜访|走访|对标)$/u;

/** What joins a place to the one before it in a list of places: 、, 及, 和, 与, 以及. */
const JOINED_PLACE = /^(?:、|及|和|与|以及)$/u;

/**
 * The first division of `level` named in `text`, as written; '' when none. A place gone to (赴北京市, 前往海宁市,
 * 赴武汉市蔡甸区) is another body's when it is of that level, and lies within the body's own when it is below it:
 * then its division of `level` is the body's (a 市政协 going to 海宁市 is 嘉兴市's; to 武汉市蔡甸区, 武汉市's). Places
 * listed after one gone to (赴西安市及天水市、张掖市) are gone to as well.
 */
export function firstNameOfLevel(text: string, level: RegionLevel): string {
  // Read lazily (the first name of the level is usually near the start): a chain gone to is gathered as it comes.
  let chain = '';
  let chainEnd = -1;
  const goneTo = (): string => {
    const gone = resolveRegion(chain);
    const above = level === 'city' ? gone.prefecture : level === 'province' ? gone.province : '';
    return gone.region_code !== '' && gone.region_level !== level ? above : '';
  };
  for (const { name, divisions, at } of namesIn(text)) {
    // The place gone to is the last of the chain of names written together (武汉市 + 蔡甸区).
    if (chain !== '' && at === chainEnd) {
      chain += name;
      chainEnd = at + name.length;
      continue;
    }
    // 赴陕西省西安市及甘肃省天水市、张掖市: places joined to one gone to are gone to as well.
    const joined = chain !== '' && JOINED_PLACE.test(text.slice(chainEnd, at));
    if (chain !== '') {
      const above = goneTo();
      if (above !== '') return above;
      chain = '';
    }
    if (joined || GONE_TO.test(text.slice(Math.max(0, at - 2), at))) {
      chain = name;
      chainEnd = at + name.length;
    } else if (divisions.some((d) => d.level === level && !NO_LOCAL_COMMITTEE.test(d.code))) {
      return name;
    }
  }
  return chain !== '' ? goneTo() : '';
}

/**
 * The full name of the division `accept`s that `text` names most often (by any of its names: 文山州 and
 * 文山壮族苗族自治州 count together), when it is named at least twice and more often than any other; '' else.
 * A report names its own place throughout and others in passing (对口支援…, a neighbour, 长治久安 once). An
 * autonomous prefecture or a league is also counted by its stem (文山, 恩施: the stem is inside every form of its
 * name, so the larger of the two counts is taken).
 */
export function mostNamed(text: string, accept: (d: Division) => boolean): string {
  const counts = new Map<Division, number>();
  for (const { divisions } of namesIn(text)) for (const d of divisions) if (accept(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
  // An autonomous prefecture or a league calls itself by its stem (文山, 恩施, 海西), which no name list holds.
  for (const d of allDivisions()) {
    if (d.level !== 'city' || !/(自治州|盟)$/u.test(d.name) || !accept(d)) continue;
    const stem = divisionStem(d);
    const n = stem.length >= 2 ? text.split(stem).length - 1 : 0;
    if (n > (counts.get(d) ?? 0)) counts.set(d, n);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  return best && best[1] >= 2 && (next === undefined || next[1] < best[1]) ? best[0].name : '';
}

/** A county-level city: of a county's level, its name ending in 市 (瑞安市, 嵊州市). */
function isCountyCity(d: Division): boolean {
  return d.level === 'county' && d.name.endsWith('市');
}

/**
 * The one division of `level` that holds every place `text` names below that level, when it names at least
 * `min` of them and none of `level` or above: a bare 省政协 whose page names only 商洛、宝鸡 is 陕西省's; a bare
 * 市政协 meeting 在珠山区 is 景德镇市's. Places are division names as written (namesIn) and, for a province, the
 * stems of its prefectures (咸阳, 延安), which local news writes bare. '' when the places lie in several
 * divisions of `level`, or a name could be places in several, or (for a 市政协) one is a county-level city.
 */
export function divisionHolding(text: string, level: 'province' | 'city', min: number): string {
  const held = new Set<string>();
  const places = new Set<string>();
  const take = (divisions: readonly Division[]): boolean => {
    const named = divisions.filter((d) => !NO_LOCAL_COMMITTEE.test(d.code));
    if (named.length === 0) return true;
    // A county-level city (洪湖市) writes 市政协 of itself: named by a bare 市政协's page, it may be the body's own.
    if (named.some((d) => levelRank(d.level) >= levelRank(level) || (level === 'city' && isCountyCity(d)))) return false;
    const holders = new Set(named.map((d) => (level === 'province' ? d.province : d.prefecture)));
    if (holders.size !== 1 || [...holders][0] === '') return false;
    held.add([...holders][0]!);
    places.add(named[0]!.code);
    return true;
  };
  for (const { divisions } of namesIn(text)) if (!take(divisions)) return '';
  if (level === 'province') {
    for (const d of allDivisions()) {
      const stem = d.level === 'city' ? divisionStem(d) : '';
      if (stem.length >= 2 && text.includes(stem) && !take([d])) return '';
    }
  }
  return held.size === 1 && places.size >= min ? [...held][0]! : '';
}

/**
 * The county-level city a bare 市政协's page calls its own: the one county-level city the head names, by its full
 * name (瑞安市) or at least twice by its stem (嵊州 … 嵊州; not inside a town's name, 禾丰镇), when it names no
 * prefecture-level city and no other county-level city, and never as a place gone to (赴义乌). A county-level city's
 * committee writes 市政协 of itself; a prefecture's page that names no prefecture of its own but visits one is read by
 * the place gone to instead. '' when none or several.
 */
export function countyCityNamed(head: string): string {
  const found = new Set<Division>();
  const goneTo = (at: number) => GONE_TO.test(head.slice(Math.max(0, at - 2), at));
  for (const { divisions, at } of namesIn(head)) {
    const named = divisions.filter((d) => !NO_LOCAL_COMMITTEE.test(d.code));
    if (named.some((d) => d.level === 'city')) return '';
    const cities = named.filter(isCountyCity);
    if (cities.length === 0) continue;
    if (cities.length > 1 || goneTo(at)) return '';
    found.add(cities[0]!);
  }
  for (const d of allDivisions()) {
    if (!isCountyCity(d) || found.has(d)) continue;
    const stem = divisionStem(d);
    if (stem.length < 2) continue;
    const at: number[] = [];
    for (let i = head.indexOf(stem); i !== -1; i = head.indexOf(stem, i + stem.length)) {
      // 禾丰镇镇江村: a stem inside a town's or a village's name (丰镇 + 镇) is not the city.
      if (!/^(?:镇|乡|村|街道|社区)/u.test(head.slice(i + stem.length, i + stem.length + 2))) at.push(i);
    }
    if (at.length < 2) continue;
    if (at.some(goneTo)) return '';
    found.add(d);
  }
  return found.size === 1 ? [...found][0]!.name : '';
}
