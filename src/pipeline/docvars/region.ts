/**
 * The region of the issuing body, from how 政协 texts (and government reports) name it. Pure. The title and
 * then each opening line are read in turn; the earliest line that names the body wins. In a line:
 *
 * 1. the body's formal name: 中国人民政治协商会议第七届磐安县委员会, 政协咸安区第六届委员会, 政协第十三届广东省
 *    委员会, 政协XX县委员会 — the session (第七届) is never part of the name, and the name must be a division
 *    (or a masked name such as XX县, or a name with a division's suffix);
 * 2. a name written right before 政协: 古蔺县政协, 江西省政协, 内蒙古政协, 湖北荆门政协 (a chain), X区政协;
 *    a two-character county name (沛县, 和县) only after a boundary, so 县委和县政协 names none;
 * 3. (title only) a government report's own name: 云南省2003年政府工作报告, ——…在广西壮族自治区第十二届人民代表
 *    大会…, a byline 鄂尔多斯市市长 … (government.ts);
 * a bare 县政协 / 旗政协 / 区政协 / 市政协 / 州政协 / 盟政协 / 省政协 / 自治区政协 sets the level instead, and names of another level
 * found after it are passed over (市政协主席…参加省政协… stays a city's). With no name found, the region is the
 * first division of that level the head names (区政协十届五次常委会召开 … 大渡口区), else the place a news page's
 * source line is named after (来源:民权网 → 民权县), else a place named in passing (我市清新区 → 清远市; 州政协 and the
 * stem of one autonomous prefecture, 延边 → 延边朝鲜族自治州; 市政协 and one municipality named, 上海 → 上海市; 自治区政协 and one
 * autonomous region named, 宁夏 → 宁夏回族自治区; a county's
 * stem with its prefecture's, 陇南…两当 → 两当县: place.ts), else the place the page's host is named after
 * (yongqing.gov.cn → 永清县: host.ts), else the one province or prefecture that holds every place the head names below
 * it, two at least (省政协 … 先后在咸阳、延安调研 → 陕西省: names.ts), else, for a bare 市政协, the one county-level city it names
 * and no prefecture (瑞安市; 嵊州 twice: names.ts). A prefecture the head lists after the province, as a level above
 * the page (在诸暨的省、绍兴市政协委员, 省委和泉州市委), is not the page's own place: its 市 is a county-level city's, of a
 * county's level even when unnamed. The page's own level comes from 我县 / 我市 first, or from the bare bodies
 * that 陪同 a visit (place.ts). A government report that names no place gives the level of the government
 * that speaks (我代表州人民政府, 在市…人大…, 县长 …: government.ts), and its region is the place of that level and
 * kind the head names most often (names.ts), not the first one. 全国政协 counts only when nothing else does; 并请省政协委员
 * 提出意见 (a government report inviting comments) is no cue. Else the formal name anywhere in the head.
 *
 * ok: `政协乐平市第六届委员会常务委员会…` → 乐平市; not ok: `十六届市政协` gives no name (市 alone is not one).
 */
import { MAX_NAME_LENGTH, divisionsNamed, divisionsOfStem, resolveRegion, stemOf, type Division } from './region-code.js';
import { atBoundary, countyCityNamed, divisionHolding, firstNameOfLevel, isShortCounty, mostNamed, WORD_LIKE } from './names.js';
import { regionOfHost } from './host.js';
import { autonomousPrefectureOfStem, ownLevel, prefectureOfOwnPlace, regionOfStem, sourceName } from './place.js';
import { levelOfRegion, levelRank, toRegionLevel } from './values.js';
import { governmentName, governmentSeat } from './government.js';
import type { RegionLevel } from '../../types.js';

const MASKED = '[X×xＸ*＊_]{1,4}';
const SUFFIX = '(?:自治区|自治州|自治县|特别行政区|地区|新区|省|市|县|区|旗|盟|州)';
const SESSION = '(?:第?[一二三四五六七八九十百\\d]+届)';
/**
 * 政协乐平市第六届委员会, 中国人民政治协商会议第七届磐安县委员会; or a session's meeting named the short way, with no
 * 委员会 (政协永州市六届三次会议, 政协歙县十三届二十三次常委会议), where the name must be a known place's.
 */
const FORMAL_NAME = new RegExp(`(?:中国人民政治?协商会议|政协)${SESSION}?((?:(?!政协)[^\\s，。、；：:,（()“”"第届]){1,20}?)(?:${SESSION}?(委员会|工作委员会|工委)|${SESSION}[一二三四五六七八九十百\\d]+次(?:全体|常委会?|常务委员会)?会议)`, 'gu');
const MASKED_NAME = new RegExp(`^${MASKED}${SUFFIX}`, 'u');
const MASKED_BEFORE = new RegExp(`(?:^|[^\\p{Script=Han}]|以来|全)(${MASKED}${SUFFIX}(?:${MASKED}${SUFFIX})?)$`, 'u');
const NAME = `(?:(?!全|我|本|该|各|兄弟|外地|上级|中共|自治)[\\u4e00-\\u9fff]{2,8}?)${SUFFIX}`;
const SUFFIXED_NAME = new RegExp(`^${NAME}$`, 'u');
/** A page that says a visit came to it: 来我县, 到我市, 莅临我区. */
const HOST_VOICE = /(?:来|到|莅临|走进)我[县市区州旗省]/u;
/** The municipalities directly under the central government: province-level, their committees called 市政协. */
const MUNICIPALITY = /^(北京|天津|上海|重庆)市?$/u;

/** The region as written and the level a bare 县政协 / 市政协 … cue gives when no name was found. */
export interface RegionFound {
  region: string;
  cueLevel: RegionLevel | '';
}

/**
 * A committee above the page's own at work in its place: `省政协调研组来我县`, `率省政协督查组到我市`, `省政协副主席带队在我市调研`,
 * `市政协副主席到太康县调研`, `省政协…一行就…到白山调研`, `全市政协…工作会议在我区召开`; `省、市政协调研组来我县` is the
 * higher of the two. The national committee likewise (`率领全国政协经济委员会调研组…在山西开展专题调研`,
 * `全国政协副主席…率…考察团到我省考察`). The committee is bare (`乐山市政协来我县` is a peer's visit: the page's own body
 * stays its host), and itself at work, not its members (`组织在昆的省、市政协委员赴吴江区视察`; `全国政协常委、省政协副主席…
 * 带领…到衡水市督办` is the province's), and the place is the page's own (我县) or named, below the committee's level; in
 * one sentence.
 */
const SUPERIOR = /(?:^|[^\p{Script=Han}]|[率领由和与及、的同])(?:全?(省|市|州)(?:、[市州])?政协(?!委员(?!会|工作))|(全国)政协(?!(?:委员|常委)(?!会|工作)))/gu;
/** Going to or being at a place: 到, 来, 赴, 前往, 深入, 莅临, 走进, 在. */
const AT_PLACE = /(?:来到|前往|深入|莅临|走进|[来到赴在])(我[县区市旗]|\p{Script=Han}{2,8})/gu;

/** The province or prefecture whose committee works at the page's place, or at a place it names; undefined when none does. */
function superiorAtWork(near: string, host: string): { name: string; level: 'national' | 'province' | 'city' } | undefined {
  for (const m of near.matchAll(SUPERIOR)) {
    const level = m[2] ? 'national' : m[1] === '省' ? 'province' : 'city';
    const rest = near.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const sentence = rest.slice(0, /[。；;！!？?\n]/u.exec(rest)?.index ?? rest.length);
    // The first place the sentence names after a verb of going or being (`在…的带领下，到我县`: the second).
    for (const at of sentence.matchAll(AT_PLACE)) {
      const own = at[1]!.startsWith('我');
      const place = own ? (at[1] === '我市' && level === 'city' ? undefined : resolveRegion(host, near)) : namedPlace(at[1]!, sentence.slice(at.index + at[0].length));
      if (!place?.region_level) continue;
      if (levelRank(place.region_level) >= levelRank(level)) break;
      // `市政协主席会议在洪湖市召开`: a county-level city writes 市政协 of its own committee, which meets at home (but
      // does not go there: `市政协主席率队前往海宁市调研` is the prefecture's).
      if (level === 'city' && place.region_level === 'county' && /市/u.test(at[1]!) && at[0].startsWith('在')) break;
      // A municipality's 市政协 (重庆, 北京 …) is of a province's level: its counties and districts have no prefecture.
      const municipal = level === 'city' && place.prefecture === '' && MUNICIPALITY.test(place.province);
      if (level === 'national') return { name: '全国', level };
      const holding = level === 'province' || municipal ? place.province : place.prefecture;
      if (holding) return { name: holding, level: municipal ? 'province' : level };
      break;
    }
  }
  return undefined;
}

/**
 * The division a name at the start of `words` resolves to alone (`太康县调研…` → 太康县, `白山调研` → 白山市), longest
 * first; undefined when none does, or when it opens a list of places (`商洛、宝鸡、黄山`: divisionHolding weighs those).
 * `after` is the text that follows `words`.
 */
function namedPlace(words: string, after: string): ReturnType<typeof resolveRegion> | undefined {
  for (let len = words.length; len >= 2; len--) {
    const code = resolveRegion(words.slice(0, len));
    if (code.region_code) return /^[、和及与]/u.test(words.slice(len) + after) ? undefined : code;
  }
  return undefined;
}

/**
 * The issuing body's region from the title, the opening and the head's text. A page that reports a committee above
 * its own at work in its place (SUPERIOR) reports what that committee did: the province or prefecture holding the
 * place.
 */
export function regionOfText(title: string, opening: readonly string[], head: string, url = ''): RegionFound {
  const near = [title, ...opening].join('\n');
  const found = hostRegionOfText(title, opening, near, head, url);
  const holding = superiorAtWork(near, found.region);
  // 市政协组织住我市的苏州市政协委员赴昆山市: the page names that prefecture as a level above its own 市.
  if (!holding || (holding.level === 'city' && listedAboveOwn(head, holding.name))) return found;
  if (!found.region) return { region: holding.name, cueLevel: '' };
  // Only a place below the committee and within its province or prefecture gives way (全国, or 淮安市政协 at work in
  // 扬州's 宝应县, stay).
  const own = resolveRegion(found.region, near);
  const below = own.region_level !== '' && levelRank(own.region_level) < levelRank(holding.level);
  return below && (holding.level === 'national' || own.province === holding.name || own.prefecture === holding.name) ? { region: holding.name, cueLevel: '' } : found;
}

/** The region of the page's own body (regionOfText before a committee above it is weighed); `near` is the title and opening. */
function hostRegionOfText(title: string, opening: readonly string[], near: string, head: string, url: string): RegionFound {
  // 到我市 / 来我县: the page speaks for a body of that level, whoever else's 政协 it names first.
  let cueLevel: RegionLevel | '' = ownLevel(near);
  let national = false;
  // 重庆市政协委员、綦江区政协主席某某: a person's membership of another body; it counts only when nothing else does.
  let member = '';
  // 广西政协报 (a page of that newspaper): its owner's place, when the page names no body of its own.
  let paper = '';
  // The character of the first bare cue (县政协, 州政协 …): a 州政协 is an autonomous prefecture's, which no 市 is.
  let cueWord = '';
  const consistent = (name: string) => cueLevel === '' || (fitsLevel(name, levelOf(name, near), cueLevel) && !(cueWord === '州' && name.endsWith('市')));
  for (const [i, line] of [title, ...opening].entries()) {
    const formal = formalName(line, near);
    // 贾庆林代表政协第十一届全国委员会常务委员会…: the national committee named in a local item's running text.
    if (formal === '全国' && i > 0) national = true;
    else if (formal && consistent(formal)) return { region: formal, cueLevel: '' };
    for (const mention of bodyMentions(line, near)) {
      if (mention.newspaper) {
        paper ||= mention.name;
        continue;
      }
      // 全国政协 is often named in a local news item (全国政协委员、市政协主席…): it counts only when nothing else does.
      // …but a headline about 全国政协 itself (全国政协…调研组来琼调研) is the national body's.
      if (mention.name === '全国' && i === 0 && !mention.member) return { region: '全国', cueLevel: '' };
      if (mention.name === '全国') national ||= !mention.member;
      else if (mention.name !== '' && mention.member) member ||= mention.name;
      else if (mention.name !== '' && consistent(mention.name)) return { region: mention.name, cueLevel: '' };
      // 宝鸡市政协到金台区开展…专题调研: a headline that opens with the body is about what it does, on whichever
      // body's page (the host's 我区 notwithstanding).
      // (A page that says the visit came to it, 来我县 / 到我市, stays the host's.)
      else if (mention.name !== '' && i === 0 && line.startsWith(`${mention.name}政协`) && !HOST_VOICE.test(near)) return { region: mention.name, cueLevel: '' };
      if (mention.name === '' && cueLevel === '') {
        cueLevel = mention.level;
        cueWord = mention.cue ?? '';
      }
    }
    const government = i === 0 ? governmentName(title, opening) : '';
    if (government) return { region: government, cueLevel: '' };
  }
  if (paper && consistent(paper)) {
    const cued = levelFromCues(head);
    if (cued === '' || fitsLevel(paper, levelOf(paper, near), cued)) return { region: paper, cueLevel: '' };
  }
  // A government report that names no place still says whose government speaks (我代表州人民政府, 在市…人大…);
  // it names its own place throughout, others in passing: the most named place of that kind is its own.
  const seat = governmentSeat(opening);
  if (!cueLevel && seat) cueLevel = seat.level;
  if (cueLevel) {
    const level = cueLevel;
    const fits = (d: Division) => fitsLevel(d.name, d.level, level);
    const first = seat?.level === level ? mostNamed(head, (d) => fits(d) && d.name.endsWith(seat.word.slice(-1))) : firstNameOfLevel(head, level);
    // 在诸暨的省、绍兴市政协委员, 省委和泉州市委…: a prefecture listed after the province, as the levels above the page's
    // own 市 (a county-level city's), is not the page's own place (nor its members' committee).
    const above = level === 'city' && !seat ? [first, member].filter((name) => name !== '' && listedAboveOwn(head, name)) : [];
    const own = above.includes(first) ? '' : first;
    const aboveCodes = new Set(above.map((name) => resolveRegion(name, near).region_code));
    const byStem = () => (level === 'city' ? prefectureOfOwnPlace(near) || (/州政协/u.test(near) ? autonomousPrefectureOfStem(head) : '') : '') || regionOfStem(head, (d) => fits(d) && !aboveCodes.has(d.code));
    const byHost = () => regionOfHost(url, fits, `${near}\n${head}`);
    const ownMember = member !== '' && consistent(member) && !above.includes(member) ? member : '';
    // 市政协 of a page that names no city but one municipality (…将上海打造成为…, 来源:解放日报): that municipality's.
    // A government report's 市 (援疆 partners such as 北京) is no such cue: only a page whose body is a bare 市政协.
    const byMunicipality = () => (level === 'city' && /(?<!\p{Script=Han})市政协/u.test(near) ? oneNamed(`${near}\n${head}`, MUNICIPALITIES) : '');
    // 自治区政协 of a page that names one autonomous region, even as a place visited (…总书记考察宁夏重要讲话精神).
    const byAutonomousRegion = () => (level === 'province' && /(?<!\p{Script=Han})自治区政协/u.test(near) ? oneNamed(`${near}\n${head}`, AUTONOMOUS_REGIONS) : '');
    // 省政协 of a page that names only 商洛、宝鸡: the one province that holds every place it names.
    const byPlaces = () => (level === 'province' || level === 'city' ? divisionHolding(head, level, level === 'city' ? 1 : 2) : '');
    // 市政协 of a page that names one county-level city and no prefecture (瑞安市, 嵊州 … 嵊州): that city's own
    // (a page that writes 州政协 is an autonomous prefecture's).
    const byCountyCity = () => (level === 'city' && /市政协/u.test(near) && !/州政协/u.test(near) ? countyCityNamed(head) : '');
    const region = own || ownMember || sourceName(near, level) || byStem() || byHost() || byMunicipality() || byAutonomousRegion() || byPlaces() || byCountyCity();
    // A 市 below a prefecture it names above itself is a county-level city, of a county's level, even unnamed.
    return { region, cueLevel: region === '' && above.length > 0 ? 'county' : cueLevel };
  }
  // The national body itself (全国政协副秘书长…) before a member of another (新一届甘肃省政协委员…).
  if (national) return { region: '全国', cueLevel: '' };
  if (member) return { region: member, cueLevel: '' };
  // A page that names no body at all (马某副主席率团赴宁夏…考察) on a province's committee's own site (gdszx.gov.cn,
  // hunanzx.gov.cn) is that committee's.
  return { region: formalName(head, near) || regionOfHost(url, (d) => d.level === 'province', `${near}\n${head}`), cueLevel: '' };
}

/**
 * Whether `head` lists the prefecture `name` after the province, as one of the levels above a page's own body:
 * `省、绍兴市政协委员`, `省、绍兴市及市政协委员`, `省委和泉州市委`, `福建省委政协工作会议、泉州市委政协工作会议`; or its
 * committee's members who live in the page's place (`住我市的苏州市政协委员`, `在嵊的绍兴市政协委员`). A prefecture's
 * own page writes those levels bare (省、市政协委员).
 */
function listedAboveOwn(head: string, name: string): boolean {
  const stem = stemOf(name);
  if (stem.length < 2) return false;
  return new RegExp(`省(?:委|政协|人大|政府)?[^。，,；;\\n]{0,10}?(?:[、和及与]|以及)${stem}市?(?:委|政协|人大|政府|及|和|、)|[在住驻][^，。、的\\n]{1,4}的${stem}市?政协委员`, 'u').test(head);
}

/** The municipalities by their short names, each not as part of a longer name (上海路, 北京站). */
const MUNICIPALITIES = ['北京', '天津', '上海', '重庆'].map((m) => [new RegExp(`${m}(?![路街道站港])`, 'u'), `${m}市`] as const);
/** The five autonomous regions by their short names. */
const AUTONOMOUS_REGIONS = ([['内蒙古', '内蒙古自治区'], ['广西', '广西壮族自治区'], ['西藏', '西藏自治区'], ['宁夏', '宁夏回族自治区'], ['新疆', '新疆维吾尔自治区']] as const)
  .map(([short, name]) => [new RegExp(short, 'u'), name] as const);

/** The full name of the one place of `places` (its short name's pattern, its full name) a text names; '' for none or several. */
function oneNamed(text: string, places: readonly (readonly [RegExp, string])[]): string {
  const named = places.filter(([re]) => re.test(text));
  return named.length === 1 ? named[0]![1] : '';
}

/**
 * Whether a name of `level` fits a bare cue of `cue` level: 市 is written by county-level cities too (宜城市政协
 * says 市政协 and 我市) and by the four municipalities, whose committees are 市政协 though of a province's level
 * (文 市政协研究室 … 北京市政协…), and 区 by autonomous regions (我区 in a 广西壮族自治区 text).
 */
function fitsLevel(name: string, level: RegionLevel | '', cue: RegionLevel): boolean {
  return level === cue || (cue === 'city' && level === 'county' && name.endsWith('市')) || (cue === 'district' && name.endsWith('自治区'))
    || (cue === 'city' && MUNICIPALITY.test(name));
}

function levelOf(name: string, near: string): RegionLevel | '' {
  return resolveRegion(name, near).region_level || levelOfRegion(name);
}

/** 政协<名>委员会 (or 工作委员会, 工委) with the session dropped; '' when the name is not a region. */
function formalName(text: string, near: string): string {
  for (const m of text.matchAll(FORMAL_NAME)) {
    const name = m[1]!;
    if (name === '全国') return name;
    // 政协阿勒泰地区工委, 政协四川天府新区工委: a prefecture's or a new area's committee that a higher one set up, called
    // a 工作委员会; only a known place's or a 新区's (not 政协…界别地区工委, a sector's). A session's meeting named the short
    // way (m[2] empty) likewise.
    if (m[2] !== '委员会') {
      if (resolveRegion(name, near).region_code !== '' || /.新区$/u.test(name)) return name;
      continue;
    }
    if (MASKED_NAME.test(name) || isRegion(name, near)) return name;
  }
  return '';
}

function isRegion(name: string, near: string): boolean {
  return resolveRegion(name, near).region_level !== '' || (SUFFIXED_NAME.test(name) && levelOfRegion(name) !== '');
}

/** The province listed right before a body's name, as one of the levels above a page's own: `省、`, `省和`, `省委、`. */
const LEVELS_ABOVE_BEFORE = /省(?:委|政协)?(?:[、和及与]|以及)$/u;

/**
 * Each 政协 in `text`, in order, with the name written before it: a masked name (X县), the longest chain of
 * known names (湖北荆门), 全国; or none, with the level a bare 县/区/市/州/省/自治区 before it gives.
 */
function bodyMentions(text: string, near: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/政协/g)) {
    const before = text.slice(0, m.index);
    // 广西政协报, 重庆政协报 (a newspaper's masthead, and …政协主管主办 likewise), 湖南政协新闻网 (a site named after its
    // owner): the owner's place is a fallback only (see regionOfText).
    const newspaper = /^(?:报(?!告)|主管|主办|新闻网|网(?!络))/u.test(text.slice(m.index + 2, m.index + 5));
    const masked = MASKED_BEFORE.exec(before)?.[1];
    if (masked) {
      out.push({ name: masked, level: levelOfRegion(masked), member: false });
      continue;
    }
    if (before.endsWith('全国')) {
      // 全国政协委员考察团 / 视察团 / 调研组: a group of the national committee's members that it sends, the committee at work.
      // Not the members who live in a province (住宁全国政协委员考察团), whom that province's committee gathers.
      const sent = NATIONAL_GROUP.test(text.slice(m.index + 2)) && !/[住驻在]\p{Script=Han}{1,3}$/u.test(before.slice(0, -2));
      out.push({ name: '全国', level: 'national', member: !sent && MEMBER.test(text.slice(m.index + 2)) });
      continue;
    }
    const chain = chainEndingAt(text, m.index) || townshipCounty(text, m.index);
    const named = m.index - chain.length;
    // 赴北京市政协考察, 到九龙坡区政协学习: the body gone to, not the one that went.
    if (chain !== '' && DESTINATION_BEFORE.test(text.slice(Math.max(0, named - 2), named))) continue;
    // 全国、省、青岛市政协三级全会, 协助省、扬州市政协来邮…: a body listed after the province, as a level above the page's own.
    if (chain !== '' && LEVELS_ABOVE_BEFORE.test(text.slice(Math.max(0, named - 6), named))) continue;
    if (chain !== '' && isRegion(chain, near)) out.push({ name: chain, level: levelOf(chain, near), member: MEMBER.test(text.slice(m.index + 2)), ...(newspaper ? { newspaper } : {}) });
    else if (newspaper) continue;
    else {
      // 华州政协, 罗田政协: a place's stem names that place's body (one that ends in 州 is no bare 州政协).
      const stemmed = stemBody(before);
      if (stemmed) {
        out.push({ name: stemmed.name, level: stemmed.level, member: MEMBER.test(text.slice(m.index + 2)) });
        continue;
      }
      // 区市政协, 县市区政协: a column of many bodies (区市政协|蓬莱区政协召开…), no cue of one level;
      // 省、市政协, 省市县政协: the committees above a page's own, listed (省、市政协分别召开部署会。随后，婺城区政协…), no cue of one level.
      const generic = /(?<![县区市])(?:[县区市]{2,3}$)|(?:省|自治区|市|州)、?(?:市|州|县|区)(?:、?[县区])?$/u.test(before) ? undefined : /(自治区|省|市|州|盟|县|旗|区)$/.exec(before)?.[1];
      // 并请省政协委员提出意见: a government report inviting comments; that 政协 is not the issuing body.
      const invited = generic !== undefined && /请(各位)?$/.test(before.slice(0, -generic.length));
      if (generic && !invited) out.push({ name: '', level: toRegionLevel(generic), member: false, cue: generic });
    }
  }
  return out;
}

/**
 * The one current division whose stem ends `before` after a boundary (华州 → 华州区, 罗田 → 罗田县); undefined else.
 * A stem that ends in a level's character other than 州 (和县, 城区) is left to the bare cue; a quoted one (“同心政协”)
 * is a brand's name.
 */
function stemBody(before: string): Division | undefined {
  if (/[县区市旗盟省]$/u.test(before)) return undefined;
  for (const len of [4, 3, 2]) {
    const start = before.length - len;
    if (start < 0) continue;
    const found = divisionsOfStem(before.slice(start));
    if (found.length === 1 && atBoundary(before, start) && !/[“‘"「『]/u.test(before[start - 1] ?? '')) return found[0];
  }
  return undefined;
}

/** A 政协 named in a text: the name before it ('' for a bare cue), its level, and whether it is a person's membership. */
interface Mention {
  name: string;
  level: RegionLevel | '';
  /** 重庆市政协委员、…: a title a person holds (not 委员会, the body's own name). */
  member: boolean;
  /** 广西政协报: a newspaper named after its owner. */
  newspaper?: boolean;
  /** The bare cue's own word (县, 区, 市, 州 …) when no name was written. */
  cue?: string;
}

/** A verb of going before a body's name: the body visited (赴北京市政协, 到九龙坡区政协, 考察北京市政协). */
const DESTINATION_BEFORE = /(?:赴|到|前往|来到|莅临|走进|考察|拜访|走访)$/u;

/** What follows 全国政协 when its members go as a group it sends: 委员考察团, 委员视察团, 委员调研组. */
const NATIONAL_GROUP = /^委员(?:考察|视察|调研)[团组]/u;
/** What follows 政协 in a person's membership title: 委员 or 常委, then a list mark or a name, not 委员会. */
const MEMBER = /^(?:委员|常委)(?!会)/u;

/** The names (湖北 + 荆门) that end at `end`, joined; a two-character name only after a boundary (not 县委和县). */
function chainEndingAt(text: string, end: number): string {
  let chain = '';
  for (let name = nameEndingAt(text, end); name !== ''; name = nameEndingAt(text, end)) {
    chain = name + chain;
    end -= name.length;
  }
  return isShortCounty(chain) && !atBoundary(text, end) ? '' : chain;
}

/**
 * `社旗县桥头镇政协联络室`, `天长市千秋街道政协联络组`: a township's 政协 group (its name ending in 镇, 乡 or 街道) is its
 * county's or district's committee at work there; the county-level name written right before the township's ('' when none).
 */
function townshipCounty(text: string, end: number): string {
  if (!/(?:镇|乡|街道)$/u.test(text.slice(Math.max(0, end - 2), end))) return '';
  for (let len = 2; len <= 6 && len < end; len++) {
    const chain = chainEndingAt(text, end - len);
    if (chain !== '' && /[县区市旗]$/u.test(chain)) return chain;
  }
  return '';
}

/** The longest known division name that ends at `end` in `text` ('' when none). */
function nameEndingAt(text: string, end: number): string {
  for (let len = Math.min(MAX_NAME_LENGTH, end); len >= 2; len--) {
    const name = text.slice(end - len, end);
    if (divisionsNamed(name).length > 0 && !WORD_LIKE.test(name)) return name;
  }
  return '';
}

/** 县政协, and the unnamed formal name of a template (政协区第十届委员会). */
const LEVEL_CUE = /(自治区|全国|省|市|州|盟|县|旗|区)政协|政协(自治区|省|市|县|区)(?=第)/g;

/** The level of the bare cue (县政协, 市政协 …) the text writes most often (the earliest on a tie); '' when none. */
export function levelFromCues(text: string): RegionLevel | '' {
  const counts = new Map<RegionLevel, number>();
  for (const m of text.matchAll(LEVEL_CUE)) {
    const level = toRegionLevel(m[1] ?? m[2]);
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best: RegionLevel | '' = '';
  for (const [level, n] of counts) if (best === '' || n > counts.get(best)!) best = level;
  return best;
}
