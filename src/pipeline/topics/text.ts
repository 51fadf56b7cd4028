/**
 * Small text helpers shared by the topic patterns: clause bounds, quote-aware list splitting, trimming a
 * topic to the words that name it, and the filter that drops generic phrases.
 */

/** Proposals (or who tabled them) as the subject of a lead word: `提案紧紧围绕`, `提案内容聚焦`, `提案者围绕`. */
const PROPOSALS_BEFORE = /提案(?:者|人)?(?:内容)?(?:主要|紧紧|始终|大多|多|重点)?$/u;
/** A lead word whose subject is a session's proposals (`这些提案紧紧围绕A、B…`), at `lead`: what readers count as no consultation's topic. */
export function proposalsLead(text: string, lead: number): boolean {
  return PROPOSALS_BEFORE.test(text.slice(Math.max(0, lead - 8), lead));
}

/** A list its own words name as the orientation of all work: `围绕A、B、C等中心工作，积极开展调研协商`. */
const ORIENTATION_AFTER = /^等(?:[^，,。；;]{0,6}的)?(?:中心工作|工作大局)/u;
/** A list its own words name as places or units visited: `…等点位`, `…等地`, `…等地区`, `…等5家企业`, `…等村（社区）`. */
const SITES_AFTER = /^等(?:[0-9一二三四五六七八九十两多]+[个家处所])?(?:点位|地(?![区域方])|地区(?!的)|地方|单位|企业|村|社区|乡镇|镇|现场|基地|场所|园区|学校|医院)/u;
/** A list of what members report of their own duties: `围绕加强学习、履行委员职责等方面的情况，进行了述职交流`. */
const DUTY_REPORT_AFTER = /^等[^。；;！!？?]{0,10}?[，,]?\s*(?:进行了?|作了?|开展)?述职/u;
/** Whether the 等 at `etc` closes a list its own words name as no topics: the orientation of all work, the sites of a visit, or members' own duties. */
export function namedAsNoTopics(text: string, etc: number): boolean {
  return SITES_AFTER.test(text.slice(etc, etc + 10)) || ORIENTATION_AFTER.test(text.slice(etc, etc + 14)) || DUTY_REPORT_AFTER.test(text.slice(etc, etc + 20));
}

/** A half-open span of `doc.text` holding one topic. */
export interface TopicSpan {
  start: number;
  end: number;
}

// Paired by position; the straight quote opens and closes (see quoteStep).
const OPEN = '“‘「『《（("';
const CLOSE = '”’」』》）)"';
/** A round bracket after a quoted item is its note (`《政府工作报告》(征求意见稿)`), not the next item. */
const ROUND_OPEN = '（(';
/** Ends a clause (list items never contain these outside quotes). */
export const CLAUSE_END = /[，,。；;：:！!？?\n]/u;
/** Ends a sentence: the farthest an activity may be from its topic list. */
export const SENTENCE_END = /[。；;！!？?\n]/u;

/** A full stop: the end of a sentence whose parts ；separates (`会议强调：要A；要围绕B…`). */
export const FULL_STOP = /[。！!？?\n]/u;

/** Where the sentence that holds `at` starts: after the last of `ends` before it (SENTENCE_END unless given), else 0. */
export function sentenceStart(text: string, at: number, ends: RegExp = SENTENCE_END): number {
  let start = at;
  while (start > 0 && !ends.test(text[start - 1]!)) start--;
  return start;
}

/** Offset just after the last clause end before `at` (or 0). */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return 0;
}

/** Quote depth change of one character: +1 opening, -1 closing, 0 otherwise (straight `"` counts as both). */
export function quoteStep(ch: string, depth: number): number {
  if (ch === '"') return depth > 0 ? -1 : 1;
  if (OPEN.includes(ch)) return 1;
  if (CLOSE.includes(ch)) return -1;
  return 0;
}

/**
 * Split `[start, end)` into list items at `、` and between adjacent quoted items (`“A”“B”`), never inside
 * quotes or brackets: `“改善人居环境、建设宜居宜业和美乡村”` stays one item.
 */
export function splitList(text: string, start: number, end: number): TopicSpan[] {
  const items: TopicSpan[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    const before = depth;
    depth = Math.max(0, depth + quoteStep(ch, depth));
    if (before === 0 && ch === '、' && !sessionsNumbered(text, i)) {
      items.push({ start: from, end: i });
      from = i + 1;
    } else if (before === 0 && depth > 0 && i > from && CLOSE.includes(text[i - 1]!) && !ROUND_OPEN.includes(ch)) {
      items.push({ start: from, end: i });
      from = i;
    }
  }
  items.push({ start: from, end });
  // `加快教育、文化、卫生、体育事业发展`, `加快宜居、宜业、宜游“三宜”石泉建设`: bare words of two characters sharing the head the
  // last one carries are one topic, not a list.
  if (sharesHead(text, items)) return [trimTopic(text, start, end)].filter((s) => s.end > s.start);
  const owned = ownerItems(text, items);
  if (owned) return owned.map((s) => trimTopic(text, s.start, s.end)).filter((s) => s.end > s.start);
  // `A、B和C`: in a list already cut at 、, 和 / 及 / 以及 / 与 join the last item to the others; `A和B` alone is two
  // topics when each side is a phrase of its own (four characters or more: 示范小城镇建设和现代农业发展情况).
  if (items.length > 1) items.push(...splitLastConjunct(text, items.pop()!, 2));
  else items.push(...splitConjuncts(text, items.pop()!, 4));
  return items.flatMap((s, i) => (i < items.length - 1 ? splitAfterQuote(text, s) : [s])).map((s) => trimTopic(text, s.start, s.end)).filter((s) => s.end > s.start);
}

/** A closing quote, then 以及 (never inside a word, unlike 和 / 及 / 与, which also join two quoted names before one head: `“A”与“B”外溢效应`). */
const QUOTE_THEN_CONJUNCT = /[”」』"]以及/gu;

/**
 * `就“A”、“B”以及C、D等方面的工作进行调研`: inside a list, a quoted item closed right before 以及 is an item of its own,
 * whichever place the item holds (the last item's conjunctions are read by splitLastConjunct).
 */
function splitAfterQuote(text: string, item: TopicSpan): TopicSpan[] {
  const piece = text.slice(item.start, item.end);
  for (const m of piece.matchAll(QUOTE_THEN_CONJUNCT)) {
    let depth = 0;
    for (let i = 0; i <= m.index; i++) depth = Math.max(0, depth + quoteStep(piece[i]!, depth));
    const cut = m.index + 1;
    if (depth === 0 && piece.length - m.index - m[0].length >= 2) {
      return [{ start: item.start, end: item.start + cut }, ...splitAfterQuote(text, { start: item.start + m.index + m[0].length, end: item.end })];
    }
  }
  return [item];
}

/** `十届一、二次会议`, `十三届一、二、三次全会`: the 、 between sessions' numbers, inside one name. */
function sessionsNumbered(text: string, i: number): boolean {
  return /[一二三四五六七八九十]/u.test(text[i - 1] ?? '') && /^[一二三四五六七八九十]+(?:、[一二三四五六七八九十]+)*[次届]/u.test(text.slice(i + 1, i + 12));
}

/** What a phrase `A与B…` ends with when it names how A and B relate (融合, 衔接 …): one topic. */
const RELATION_END = /(?:融合|结合|衔接|互动|联动|协同|并重|共进|统筹|对接|一体化)(?:发展)?$/u;
/** A verb a topic may open with (推进…, 统筹推进…, 加快…): before the first side of 和 alone, it governs both. */
const VERB_FIRST = /^(?:统筹|全面|持续|大力|着力|加快)?(?:推进|推动|促进|加强|加快|提升|深化|完善|优化|实施|打造|做好|抓好|助推|助力|建设|发展|培育|强化|保障|改善|解决)/u;
const SHARED_VERB = /^(?:统筹|全面|持续|大力|着力)(?:推进|推动|促进|加强|加快|提升|抓好|做好)/u;
const BARE_DOING = /^(?:综合|科学|合理|规范|长效|有效|后续|日常)?(?:管理|建设|发展|运营|运行|保护|修复|利用|传承|改造|治理|使用|维护|开发|服务)(?:情况|工作)?$/u;
/** A fused pair named in one abbreviated word (农文旅, 文旅, 产城, 城乡, 医养 …): its 融合 is its own, not a relation with what comes before. */
const FUSED_PAIR = /^(?:农文旅|文体旅|商文旅|文旅|农旅|产城|城乡|产教|医养|体医|军民|数实|两业|[一二三]产)(?:深度)?融合(?:发展)?$/u;

/**
 * Whether the items cut at 、 are bare words that share a head (`加快教育、文化、卫生、体育事业发展`): three or more, every one
 * between the first and the last a word of one or two characters, the last one longer and joining nothing (a last item
 * with 和 / 及 / 与 closes a true list: `经济、政治、文化、社会和生态文明建设`).
 */
function sharesHead(text: string, items: readonly TopicSpan[]): boolean {
  if (items.length < 3) return false;
  const words = items.map((i) => text.slice(i.start, i.end));
  const last = words[words.length - 1]!;
  return words.slice(1, -1).every((w) => /^\p{Script=Han}{1,2}$/u.test(w)) && /^\p{Script=Han}{2}/u.test(last) && last.length >= 5 && !/[和及与]/u.test(last);
}

/**
 * The items cut at 、 when they are doings of one thing named before 的 in the first (`历史文化建筑的保护、开发、利用`, `农村公路的
 * 规划、建设和管养`): one topic, the first item ending on 的 and a word of one or two characters, every later one such a word;
 * a last item that joins a longer phrase with 和 / 及 / 与 (`…利用和复工复产`) gives that phrase as a topic of its own.
 * `undefined` when the items are not so.
 */
function ownerItems(text: string, items: readonly TopicSpan[]): TopicSpan[] | undefined {
  if (items.length < 2) return undefined;
  const words = items.map((i) => text.slice(i.start, i.end));
  if (!/的\p{Script=Han}{1,2}$/u.test(words[0]!) || !words.slice(1, -1).every((w) => /^\p{Script=Han}{1,2}$/u.test(w))) return undefined;
  const last = items[items.length - 1]!;
  const m = /^\p{Script=Han}{1,2}(?:(和|及|与)(\p{Script=Han}+))?$/u.exec(words[words.length - 1]!);
  if (!m) return undefined;
  if (m[2] === undefined || m[2].length <= 2) return [{ start: items[0]!.start, end: last.end }];
  const joined = last.start + m[0].length - m[2].length - m[1]!.length;
  return [{ start: items[0]!.start, end: joined }, { start: joined + m[1]!.length, end: last.end }];
}

/** A bracketed note closing a phrase: `(征求意见稿)`, `（草案）`. */
const NOTE_END = /[（(][^（()）]*[）)]$/u;

/** A conjunction at depth 0 that joins a list's last item: not inside a word (和美, 和谐, 及时, 普及, 参与, 呼和浩特); 和美丽乡村 is 和 + 美丽. */
const CONJUNCT = /(?<![温平缓总共饱调柔随附应唱混呼])(?:以及|和|及|与)(?![谐平睦解时早会否]|美(?!丽))/gu;
const ONE_CONJUNCT = new RegExp(CONJUNCT.source, 'u');

/** Whether a piece joins two items with a conjunction (`A和B`), not one that sits inside a word (和美乡村, 和谐, 参与). */
export function holdsConjunct(piece: string): boolean {
  return ONE_CONJUNCT.test(piece);
}

/** `A和B及C` → A, B, C: the conjunctions of one item, from the last, while each side keeps `min` characters. */
function splitConjuncts(text: string, item: TopicSpan, min: number): TopicSpan[] {
  const parts = splitLastConjunct(text, item, min);
  return parts.length === 1 ? parts : [...splitConjuncts(text, parts[0]!, min), parts[1]!];
}

/** The last item of a list split at its last conjunction (`B和C` → `B`, `C`), when both sides keep `min` characters. */
function splitLastConjunct(text: string, item: TopicSpan, min: number): TopicSpan[] {
  const piece = text.slice(item.start, item.end);
  // `…电子与信息学院教授陈某…提交的《关于X的提案》`: an item that describes a title is cut to the title, not split.
  if (KIND_THEN_TITLE.test(piece)) return [item];
  let at = -1, length = 0, depth = 0, scanned = 0;
  for (const m of piece.matchAll(CONJUNCT)) {
    // The quote depth at the conjunction: each character read once, from where the last match left off.
    for (; scanned < m.index; scanned++) depth = Math.max(0, depth + quoteStep(piece[scanned]!, depth));
    if (depth === 0) { at = m.index; length = m[0].length; }
  }
  // A bracketed note (`决定(征求意见稿)`) is no part of the words that make a side a phrase of its own.
  const right = piece.slice(at + length).replace(NOTE_END, '');
  if (at < min || right.length < min || /^(?:[普涉波危参给赋])/u.test(piece.slice(at - 1, at))) return [item];
  // `产业升级与乡村振兴融合`, `城乡统筹与区域协调`: the two sides of one relation, not two topics — unless the right side
  // names its own fused pair (`公园城市建设和农文旅融合发展`: 农文旅 is what fuses).
  if (RELATION_END.test(piece.slice(at + length)) && !FUSED_PAIR.test(piece.slice(at + length))) return [item];
  // `统筹推进疫情防控和经济社会发展工作`: one verb before both sides governs them; a side with a verb of its own
  // (`推动文旅融合和促进消费`) is a topic of its own.
  if (SHARED_VERB.test(piece.slice(0, at)) && !VERB_FIRST.test(piece.slice(at + length))) return [item];
  // `全市农贸市场建设与管理情况`, `湿地保护与利用情况`, `秸秆禁烧及综合利用工作`: a bare second doing of the same thing (a
  // manner before it at most), not a topic of its own.
  if (BARE_DOING.test(piece.slice(at + length))) return [item];
  return [{ start: item.start, end: item.start + at }, { start: item.start + at + length, end: item.end }];
}

// Leading connectors (和/及/对) are left to the patterns that know them: 和美乡村, 对口帮扶 are topics; 以及 is no word's start. A body before a
// quoted name (县政协“A”) or before 关于 (吕梁市政协关于推进…, 《政协某市委员会关于…的建议案》) is who, not what; so is the body that set the subject
// (县委提出的“吨半粮”生产能力建设), and when a problem is met (当前普遍存在的上学难); a proposal's number before its 关于
// (`5号关于树立品牌意识…的提案`) is which one, not what; a consultation's brand before · or —— in a quoted name (`有事好商量·A`,
// `兴有善议·A`, `协商面对面——A`) is its format, when three characters or more are left for the subject.
const LEADING = /^(?:\s|\p{Script=Han}{2,8}?(?:协商|商量|善议|议事|面对面|会客厅)(?:[·・•]|——)(?=\p{Script=Han}{3})|(?:第?[0-9０-９]+号(?:提案)?)?关于对?|的|以及|(?:[省市县区州旗]|全国)?政协(?=[“「《"])|\p{Script=Han}{0,8}政协关于|(?:中国人民政治协商会议|政协)\p{Script=Han}{1,12}?委员会(?:常务委员会|委员)?关于|(?:[省市县区州旗]委|党委)?(?:[省市县区州旗](?:人民)?政府)?(?<=[委府])(?:提出|确定|部署)的|(?:政协)?委员们?(?:提出|反映)的(?:关于)?|(?:当前|目前|现阶段)(?:普遍)?存在的)+/u;
/** A title named by its kind or its tabling before it (`市政协五届二次会议重点提案《关于X的提案》`, `…教授陈某在…会议上提交的《关于X的提案》`): the title is the topic. */
const KIND_THEN_TITLE = /^[^《》“”]{2,60}(?:提案|建议案|议案|报告|建议|提交的|提出的)(?=《[^《》]+》(?:提案|建议案|的?办理(?:工作|情况)?)?$)/u;
/** A quoted name named by its kind after it (`全国政协十一届五次会议“A”重点提案`): the name is the topic. */
const QUOTED_THEN_KIND = /^[^“”]{2,30}“([^“”]+)”(?:重点)?(?:提案|建议案|议案)$/u;
/** What may follow a topic and is no part of it: a kind of title, a tabling note, a report's wrapper, a connector, 等; after a
 * quoted name, the rhythm of its meeting (`“A”月度`) and the body that holds it (`就“A”市政协开展…`); a day run on from a
 * headline (`调研汉江湾建设11月4日下午`); a second doing after 并 (`视察光伏小镇并听取建设情况介绍`). */
const TRAILING = /(?:\s|(?<=\p{Script=Han}{2})[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[上下中]午|晚上?|早上?)?|(?<=\p{Script=Han}{2})并(?:听取|召开|座谈|参观|察看|查看|走访|看望|慰问)[^，,。；;]*|(?<=\p{Script=Han}{4})(?:专项|专题)民主监督工作|(?<=\p{Script=Han}{2})(?:来|到|赴)(?:我|本)(?:省|市|州|县|区|旗|镇|乡)|(?<=\p{Script=Han}{2})[作做]了|(?<=[”」])(?:月度|双月|双周|季度|(?:[省市县区]|全国)?政协)|(?<=》)(?:(?:重点)?提案|建议案|的?办理(?:工作|情况)?)|[（(][0-9０-９]+号[)）]|(?<=报告)[（(](?:送审稿|讨论稿|稿)[)）]|(?<=(?:调研|调查|视察|协商)报告》?|建议案》?|建议》?)[（(](?:草案|征求意见稿|讨论稿|审议稿)[)）]|的建议案|的?(?:建议报告|协商建议|对策(?:和|与)?建议|若干建议)|(?<=[”」])向\p{Script=Han}{2,24}?(?:委|政府|人大)(?:[、和及]\p{Script=Han}{1,12}?(?:委|政府|人大))*|的(?:调研|调查|视察)报告|(?:调研|调查|视察)报告|的?(?:监督性)?协商报告|的(?:建议|提案)|的|(?<=\p{Script=Han}{2})(?:以及|和|(?<![普涉波危])及|与)|(?<=\p{Script=Han}{2})(?<![高初中同对均相次上优特头超])(?<!(?<![水公])平)等)+$/u;
/** A site named in what 考察了 looked at: a base, a park, a works, a hall (objects.ts; the tagger's spans too). */
export const SITE_NAMED = /基地|园区|产业园|工厂|厂区|场馆|展馆|纪念馆/u;
/** A bracketed list of examples or a caption note after a topic: `乡村经济主体(如农村专业合作社、…)`, `… (资料图片)`. */
const EXAMPLES = /(?:[（(](?:如|包括|含|例如)|\s[（(])[^（()）]*[）)]$/u;
/** `开展以“乡村振兴”为主题的专题调研`, `召开以增加城乡居民收入为议题的专题常委会`: the theme inside. */
const AS_THEME = /^以(.+)为(?:主题|议题|题)$/u;

/**
 * Narrow a span to the topic as written: spaces, enclosing quotes or 《》, a leading 关于, a trailing
 * `的调研报告` and an `以…为主题` frame fall outside. Inner quotes stay (`打好“三大攻坚战”`).
 */
export function trimTopic(text: string, start: number, end: number): TopicSpan {
  let s = start;
  let e = end;
  for (let changed = true; changed && e > s; ) {
    changed = false;
    const piece = text.slice(s, e);
    const lead = LEADING.exec(piece)?.[0].length ?? KIND_THEN_TITLE.exec(piece)?.[0].length ?? 0;
    const trail = TRAILING.exec(piece)?.[0].length ?? EXAMPLES.exec(piece)?.[0].length ?? 0;
    const framed = AS_THEME.exec(piece) ?? QUOTED_THEN_KIND.exec(piece);
    if (lead > 0 || trail > 0) {
      s += lead;
      e = Math.max(s, e - trail);
      changed = true;
    } else if (framed) {
      s += framed.index + framed[0].indexOf(framed[1]!);
      e = s + framed[1]!.length;
      changed = true;
    } else if (isWrapped(piece)) {
      s += 1;
      e -= 1;
      changed = true;
    }
  }
  return { start: s, end: e };
}

/** True when the whole piece is one quoted or bracketed unit: `“A”` but not `“A”“B”` or `“A”活动`. */
function isWrapped(piece: string): boolean {
  const k = OPEN.indexOf(piece[0] ?? '');
  if (piece.length < 2 || k < 0 || piece[piece.length - 1] !== CLOSE[k]) return false;
  let depth = 0;
  for (let i = 0; i < piece.length - 1; i++) {
    depth += quoteStep(piece[i]!, depth);
    if (depth === 0) return false;
  }
  return true;
}

/**
 * Ends of phrases that name a kind of work, not a topic (`围绕中心工作`, `围绕重要议题`, `重点问题`; `相关工作` only after less than a
 * subject of its own: `我市践行绿色发展相关工作` names it), and a photo's caption (`…政协供图`).
 */
const GENERIC_END =
  /(?:供图|各项事业发展|中心工作|任务|重要议题|重点议题|议题|课题|主题|(?:重大|重点|热点|难点|焦点|突出|关键|共性|民生|具体|实际|中的|存在的|战略)问题|存在的困难和问题|(?:可能)?遇到的(?:困难和|问题和)?(?:问题|困难)|部署|(?:战略|决策|总体|工作|全局)布局|大局|(?:重大|重要|有关|相关)事项|重点工作|点题|(?<!\p{Script=Han}{4})(?:有关|相关)工作|各项工作|工作报告|热点|难点|焦点|急难愁盼”?|关心关注的事|关心的事|[操烦揪闹]心事|履职(?:情况)?|年(?:度)?工作(?:谋划|思路|计划|安排|要点)|(?:其他|有关|各项)报告|规划纲要(?:草案)?|(?:今年|明年|本年度|新一年|下一步)的?工作|(?:总体|工作|调研|活动)方案|[”」](?:重大|重点|分))$/u;
/** No letter or digit (`“`), one Han character (`组织好…活动` → `好`) or a formula of counts (`4+X`, `4+1`); a placeholder `X` stays. */
const NO_WORD = /^(?:[^\p{L}\p{N}]*|\p{Script=Han}|[0-9０-９]+(?:[+＋][0-9０-９A-Za-zＸ]*)+)$/u;
/**
 * Phrases that qualify what follows rather than name it (`围绕事关改革发展稳定等重大问题`, `选取一些有意义的选题`, `一系列微协商`,
 * `6期网络议政`, `以上三家单位的提案办理工作`, `上述专题`, `对所要视察的工作`), the triads of orientation (`党政所想、发展所需、
 * 群众所盼`) and the criteria of a choice (`选择党委重视、群众关注的热点问题`), times (`决策执行中`, `一年来`),
 * `重点` + two characters (`重点地区`), counts of checks (`两次大规模督查`) and of activities (`5项重点视察`), an activity's
 * time and turn (`今年第一次重点项目`, `2021年度年终集中`).
 */
const QUALIFIER_START = /^(?:事关|涉及|关系到|关乎|最|一些|一系列|以上|上述|所要|前来|(?:党委|党政|政府|群众|社会|百姓)(?:重视|关注|关心|关切|期盼)|\p{Script=Han}{2}所[想需盼急望向求思]$|若干|[0-9０-９一二三四五六七八九十两多]+期|(?:重大|重要)(?:问题|事项))|(?:之前|之后|过程中|执行中)$|[0-9０-９一二三四五六七八九十两]+个(?:关键|重要|主要)?环节$|^(?:一年来|近年来|多年来|今年以来)$|^[0-9０-９一二三四五六七八九十两多几]+[项个场](?:重点|专题|集体)?(?:调研|视察|协商|监督|评议)|^重点\p{Script=Han}{2}$|^第[一二三四五六七八九十0-9]+(?:阶段|批|轮)$|^(?:今年|本年度?|[0-9０-９]{4}年度?)\s*(?:第[一二三四五六七八九十0-9]+次|首次|年终|年中|年初)|^[0-9０-９一二三四五六七八九十两多几]+[次轮]/u;
/** A manner, not a subject: `如何更好地`, `高度重视`, `从不同角度`; a place's noun is no manner (`生产基地`, `耕地`, `湿地`, `阵地`, `目的地`, `人才高地`). */
const MANNER = /(?<![基耕土用湿林草绿阵腹产盆山田营陆内外本各当属实墓洼源场的高福圣宝胜领天园要])地$|^高度重视$|从(?:不同|多个|各个|各自)(?:角度|方面|层面)$/u;
/** The eight democratic parties, by the names reports use: a party's committee or branch is who, not what. */
const PARTIES = '民革|民盟|民建|民进|农工党|致公党|九三学社|台盟';

/**
 * A body (`区委`, `州党委`, `区政府`, `市人民法院`, `省政协主席会议`) or a unit or place visited (`西宁植物园`, `刘邦家庭农场`, `…示范点`,
 * `…指挥部`, `…活动室`, `…委员工作室`, `县木器厂`, `石化集团`, `…美术馆`, `党和政府`, `各党派团体`; a democratic party's committee or branch:
 * `所联系的农工党呼和浩特市委会`; whatever ends on a tier's 政协: `县级政协`, `如何统筹好2015年市政协` cut before 调研工作): who or where, not what about. A unit to be built or supported (`建设新能源电动车生产基地`;
 * the verb may stand inside: `连云港建设空港产业园`, `着力打造汉寿蔬菜公园`)
 * is a topic.
 */
const BODY_OR_UNIT = new RegExp(String.raw`^\p{Script=Han}{0,6}(?:${PARTIES})\p{Script=Han}{0,10}(?:委员会|委会|支部|总支)$|^(?:主席会议|常委会议?|常委会会议|\p{Script=Han}{1,8}[省市县区州旗](?:委|人民政府|政府|政协|人大)|发挥政协|[省市县区州旗]党?委|[省市县区州旗]?(?:人民)?(?:政府|法院|检察院|人大)|(?:[省市县区州旗]|全国|人民)?政协(?:主席会议|常委会|党组|专委会|专门委员会)?|党委|党和政府|党委和政府|党委政府|异地|政治协商制度|各?(?:民主)?党派(?:团体)?)$|^.{0,16}(?:[省市县区州旗]|级|的)政协$|^(?!(?:支持|建设|建立|推进|推动|加快|促进|打造|创建|培育|发展|规划|提升|完善|优化)\p{Script=Han})(?!\p{Script=Han}*?(?:建设|建立|打造|创建|培育)\p{Script=Han}{2,}(?:园|园区|基地)$)\p{Script=Han}*(?:园|园区|农场|示范点|指挥部|活动室|工作室|工作站|联络站|基地|公司|企业|工地|合作社|厂|集团|馆)$`, 'u');
const STEM = '(?:协商|议政|资政|调研|调查研究|视察|监督|评议|座谈|督办|考察|通报|论坛|重点提案办理|提案)';
/**
 * A consultation's brand is its format, no topic: `请你来协商`, `榕你来商量`, `身边事好商量`, `冰城商量`, `协商于民` (a subject
 * named after it is: `“协商于民”政协委员工作站建设`; so is 基层协商, 社区协商, a kind of consultation as a subject).
 */
const BRAND = /^(?:[\p{Script=Han}]{1,5}?(?:来|好)(?:协商|商量)|\p{Script=Han}{2}商量|协商于民)$/u;

/**
 * The name of an activity is no topic: `举办专题议政性常委会会议、专题协商会、双周协商座谈会…` lists kinds
 * of meeting, `参加视察、考察和协商活动` kinds of work, `网络议政远程协商` two of them, `重点提案办理` one (`提案办理` may be what a study visit learns). A topic may still name an activity (`基层协商`).
 */
const ACTIVITY_NAME = new RegExp(
  `^(?:.*${STEM}[^、]{0,6}(?:会|会议|活动)|(?:(?:主席会议|常委会议?|全会|深入|广泛|积极|各类|各项|多种|相关|有关|专题|专项|重点|集体|委员|远程|网络|双周|双月|对口|界别|民主|监督性|专家)*${STEM}性?[和及与、]?)+)$`,
  'u',
);
/**
 * Whole phrases that are no topic: qualifiers, actors, counts, a field's bare name (`政治`, `文化`, `建设`), the stages
 * of a review (`动员、问题查找、集中整改`), what follows up (`落实情况`, `整改成效`), a platform's or a format's name
 * (`京华议事厅`, `协商面对面`; a quoted topic before it stays: `“A”民生议事堂`), the name of a way of consulting (`有事商量着办`, a place's
 * brand of it: `渝事好商量`, `赣事好商量·委员市长面对面`), the duties
 * every 政协 states (`在服务发展、服务决策、服务落实中开展视察调研`), doing a committee's work well (`做好新时代政协工作`,
 * `推进2024年政协工作`; 政协工作 itself, or a tier's, is a topic another body studies: `调研乡村振兴和政协工作`,
 * `就基层政协工作进行专题调研`).
 */
const GENERIC_WHOLE =
  /^(?:学习|(?:相关|有关)问题|重点|专项|专门|年度|有关|相关|各类|各项|多项|重要|重大|全面|战略|中心|今年|明年|改进工作|全县|全区|全市|全省|全州|全旗|进行|开展|会前|会后|高标准|高质量|征求意见稿|讨论稿|送审稿|草案|县委|政协|县政协|区政协|市政协|人民政协|各级政协|委员|政协委员|部分委员|常委|党外|基层|现场|联合|集中|深入|(?:专题|专项)?跟踪|一线|公开|(?:(?:全国|[省市县区州旗])?政协)?[0-9０-９]+年度?|\p{Script=Han}?事(?:好|来|多)?(?:商量|协商)(?:着办)?(?:[\s·・].*)?|动员|问题查找|查找问题|集中整改|整改落实|落实情况|整改成效|办理情况|(?:推进)?中国式现代化|[0-9０-９]{4}年(?:度)?政协|\p{Script=Han}{0,4}(?:议事厅|议事堂|会客厅)|\p{Script=Han}{0,6}面对面|服务(?:大局|全局|发展|决策|落实|中心工作)|大事要事|大事难事|要事|(?:院坝|坝坝|庭院|小院|板凳)(?:协商|议事)会?|团结联谊|文史资料(?:工作)?|大会发言|(?:人民)?群众(?:需求|所需|所盼|关切|期盼)|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间)?|跨区域|跨界别|跨地区|多层次|多领域|全方位|(?:重要)?政治|经济|文化|社会|建设|管理|保障|发展|布局|规划|运营|营运|改革|提案建议|意见建议|(?:各种|各类)\p{Script=Han}{0,4}(?:话题|问题|议题)|(?:如何)?(?:(?:做好|推动|推进|加强|提升|进一步提升|改进|加强和改进)(?:新时代|新形势下|今年|明年|[0-9０-９]{4}年度?)?|(?:新时代|新形势下|今年|明年|[0-9０-９]{4}年度?))(?:(?:人民)?政协|界别)(?:各项)?工作)$/u;
/**
 * Who acts, not what about: `组织委员走访视察`, `召开民主党派委员…座谈会`, `市政协调研组到北辰`, `住贵政协委员` (not what members
 * have or do as a thing studied: `委员工作室建设`, `委员活动室建设情况`, `委员履职管理`), an office
 * and a name (`市委书记陈敏尔`), the departments consulted with (`就A与相关部门进行协商`).
 */
const ACTOR_START = new RegExp(String.raw`(?:调研|视察|考察|督查)[组团]|(?:联络|工作|督导|指导)组$|(?:委员|教授|研究员|负责人|专家学者|顾问|企业家|人士|党政领导|主席集体|(?<=组|会)成员)$|^(?:(?:[省市县区州]委)?(?:副?书记|副?主席|[省市县区]长)\p{Script=Han}{2,3}$)|^(?:(?:[省市县区]|全国)?(?:人大代表|政协委员|政协常委(?!会))|委员|全体委员|部分委员|全体常委|部分常委|各民主党派|民主党派|党外人士|界别群众|(?:${PARTIES}|工商联)(?:[省市县区]委会?|[省市县区]?支部|$))(?!工作室|工作站|联络站|活动室|之家|履职|队伍|管理|培训|联络|活动组|作用)|^(?:各?(?:相关|有关)|职能|承办|主办|协办)(?:部门|单位)$`, 'u');
/** A count such as `X次`, `3项`, `多次`, `调研162次`, `18件重点提案`, `市领导确定的三个重点提案`, `主席会议6次`: what 开展…专题调研 reports when no topic is named. */
const COUNT = /^(?:[^的、]{1,8}的)?(?:(?:开展|进行|组织)?(?:调研|视察|协商|考察|监督)(?:活动)?)?[0-9０-９XxＸ*一二三四五六七八九十百千两多余几]*[次项场个篇轮期批件](?:左右|以上)?(?:重点|专题|重要)?(?:提案|建议|议题|课题)?$|^\p{Script=Han}{0,10}?(?:会议?|活动)[0-9０-９]+[次场期](?:左右|以上)?$/u;

/**
 * A whole place's development as such (`为全区经济社会发展出谋划策`, `围绕推进青海经济社会高质量发展建言献策`,
 * `为甘肃的发展献计献策`, `紧扣高质量发展议政建言`, `为建设…社会主义现代化新拉萨建言`, `奋力谱写中国式现代化甘谷篇章`): the
 * orientation of all work, not a topic. A sector's (`民营经济高质量发展`) is one; so is the state a visit looks at
 * (`到某县调研经济社会发展情况`).
 */
const ORIENTATION = /^(?:推进|推动|促进|助推|助力|服务)?(?:全[县区市省州旗]|我[县区市省州旗]|\p{Script=Han}{2,4}?)?(?:经济社会|经济和社会|社会经济)(?:(?:高质量)?发展|建设)$|^(?:全[县区市省州旗]|我[县区市省州旗]|\p{Script=Han}{2,4}的)发展$|^高质量(?:发展)?$|^(?:推进|推动|促进)?经济发展$|^(?:社会主义)?现代化建设(?:和改革开放)?$|^改革开放$|现代化新\p{Script=Han}{1,4}$|^(?:奋力)?谱写.*篇章$/u;

/** The items of the list in `[start, end)` that name a topic (see isGenericTopic), each put to `activity`. */
export function topicItems<A>(text: string, start: number, end: number, activity: A): (TopicSpan & { activity: A })[] {
  return splitList(text, start, end).filter((item) => !isGenericTopic(text.slice(item.start, item.end))).map((item) => ({ ...item, activity }));
}

/**
 * Pieces of a sentence cut at the wrong place: a word of form or manner alone (`民主`, `专题`, `对口`, `月度`, `线上`,
 * `如何`, `使用`, `实地走访`), a pointer back (`这项工作`, `此项内容`, `该系列提案`; a place pointed to stays: `该县经济发展`),
 * a session's name alone (`十届`, `六届六次常委会会议`) and a verb with only one character or a field's bare name after it
 * (`推进村`, `加快教育`, `打造产业`; a named piece of work stays: `推进棚改`); pointers (`这个`, `此次`, `此问题`), a kind alone
 * (`各类政治`), the activity with its period (`年度调研`), a piece cut after a conjunction or an adverb (`和调研`, `或者考察`,
 * `将以此`, `针对这一实际`; not `和美`, `和谐`), a plan's next step (`下基层`, `下步工作`), the steps of a study (`围绕听意见、找问题、谋举措展开`), `建议案` alone; a year and the word before an
 * activity's noun, the noun cut off (`省政协2021年度民主`, `2020年联合`, `区政协2020重点`, `2019年度集中` before 视察), a span of years (`五年`), a
 * way of working (`以问题为导向`).
 */
const FRAGMENT =
  /^(?:民主|专题|对口|月度|双月|双周|线上|线下|网上|主席|咨政|资政|(?:如何|怎样)(?:更好地?|高质量|进一步)?|使用|拓展|实地走访|走访|各自职能)$|^(?:这|此|该)(?:项|些|系列)|^(?:这|此|该|本)(?:个|次|类)$|^此\p{Script=Han}{1,2}$|^这一\p{Script=Han}{1,2}$|^\p{Script=Han}(?:、\p{Script=Han})+$|^(?:听|找|查|谋|提|出|献|寻|想|解|补|求)(?:意见|问题|举措|建议|实招|良策|对策|办法|主意|难题|短板|差距|思路|实效)$|^(?:和(?![美谐睦平])|或者?|并|将|即将|以此)\p{Script=Han}{0,3}$|^(?:下基层|下步工作|下一步工作|实际情况|报告内容|建议案|构建|前瞻性|[后下]半篇文章)$|^(?:各类|各种|各项)\p{Script=Han}{1,2}$|[0-9０-９]{4}(?:年度?)?(?:民主|联合|重点|专项|专题|集中)$|^[0-9０-９一二三四五六七八九十两]+年$|(?:问题|目标|需求|结果)为?导向$|^(?:(?:今年|明年|去年|本年度?|下一步|新一年)的?)?(?:年度|月度|季度|专题|重点)?(?:调研|视察|协商|监督|考察)$|^(?:相关|有关)的|^第?[一二三四五六七八九十]+届(?:[一二三四五六七八九十]+次)?(?:常委会?会议|全体会议|会议|全会)?$|^(?:推动|推进|加快|加强|打造)(?:\p{Script=Han}|教育|产业|项目|经济|文化|科技|民生|政协)$/u;

/**
 * Not subjects put to an activity, by the definition (docs/method/topics.md): a count of people (`20多名委员深入…`), a piece
 * that ends on its verb (`部门进行了`, `希望大家为即将召开`), a place where a meeting sat (`在某村一个家庭旅馆的别院里`), the concerns of the public and decisions as such (`人民群众关注关心的问题`, `重大决策`),
 * 社情民意 work and information (`反映社情民意信息工作`) and a body's theory research (`2017年县政协理论研究`), the study of a meeting's line (`学习宣传贯彻党的二十大`, `省委十一届四次全会精神`), a proposal's or a count's number alone (`今年第192号`, `217号提案`, `4`), choosing topics (`选题`, `“海选”协商课题`), a year's work put as questions (`干什么、怎么干`, `怎么建设`, `还存在哪些短板`; a 如何 subject stays one),
 * the activity's own doings (`视察的所见所闻`), departments as such (`部门工作`), the scale or manner of an activity
 * (`大规模的年终`, `全县政协联络处交叉` before 视察, a `回头看`), a piece of the sentence that holds who acts and the verb
 * (`市政协围绕港珠澳合作`), and what orients the work (`“口岸强州”战略定位`, `高质量发展要求`, `…这个目标`, `…关键领域`,
 * `国之大者`); a setting (`…背景下`), a sector of members (`少数民族界`, `界别`; not `边界`, `世界`), what a visit saw
 * (`观摩情况`), the problems a study finds (`存在问题`), a body's own year plan (`区政协2012年主要工作安排`),
 * a piece whose head the sentence cut off (`工作的具体举措`, `课题的调研方式方法`), a verb with no object
 * (`如何加强`, `进一步做好`), what members care about as such (`各自关心`), proposals named by who chose them, not what
 * they ask (`省政协重点提案`, `主席会议领衔督办的6个重点提案`; a quoted theme before them is read on its own), the problems a visit
 * found with what comes after them (`视察过程中发现的问题和委员们…`), a way of working (`通过“实地考察+座谈协商”的形式`), proposals
 * counted and pointed back at (`反映此类问题的8件提案`).
 */
const NOT_A_SUBJECT = /^[0-9０-９一二三四五六七八九十百]+[余多]?名|^在[^，,。；;]{2,30}(?:里|内)$|(?:即将|将要|正在)(?:召开|举行|举办)$|^选题$|^(?:海选|征集|遴选|筛选)$|^(?:深入)?(?:学习宣传贯彻|学习贯彻|宣传贯彻)(?:落实)?(?:党的)?(?:[一二三四五六七八九十]+大|[^、，,《》]{0,12}全会)|(?:全会|大会|会议|讲话|指示|批示)精神$|^贯彻落实(?:党中央|中央|省委|市委|县委|党委|政府)?$|^(?:今年|去年|本年度?)?第?[0-9０-９]+号(?:提案)?$|^[0-9０-９]+$|(?:干什么|怎么干|如何干?)$|^(?:基层|机关|党员|村|乡镇)干部$|^\p{Script=Han}{1,3}[果菜茶橘桔蔗渔牧花药瓜]农$|^(?:还)?(?:怎么|哪些|存在哪些)|哪些短板$|(?:进行了?|开展了)$|(?:关注关心|关心关注|关注|关心)的(?:(?:重点|热点|难点)?问题|重点|热点|难点)$|^(?:党委|政府|党委政府|党委和政府)?(?:重大|重要)(?:方针政策|决策(?:部署)?)(?:的新情况新问题)?$|(?:会议|全会)以来(?:[（(][^（()）]*[)）])?$|^(?:今年|明年|去年)(?:在|[省市县区]?政协)|一行(?:来|到|赴)|真知灼见$|^(?:举措|措施|改进措施|办法|专题学习|促进工作|提升水平|研究方向|商量|准备工作)$|^(?:如何|进一步)?(?:做好|加强|抓好)$|^(?:各自|共同|普遍)关心的?$|^(?:工作|课题)的|重点提案$|^[^、]{0,6}社情民意(?:信息)?(?:工作)?$|^[^、]{0,10}理论研究(?:工作)?$|^(?:视察|调研|考察|协商|监督|督查)的|^部门(?:工作)?$|^大规模|交叉$|^回头看$|(?:背景|形势|情况|前提)下$|^\p{Script=Han}{0,8}(?<![边世眼视疆国]|(?<!环)境)界(?:别)?(?:委员)?(?:专题)?$|^(?:观摩|视察|调研|考察)的?情况$|^(?:存在的?|面临的?)?(?:问题|困难)(?:和|与|及)?(?:问题|困难)?$|^\p{Script=Han}{1,2}之(?:大者|大计|大事|关切|所盼|所需|所急|所忧|所愿|所向|所望)$|^(?:\p{Script=Han}{0,4}政协)?(?:[0-9０-９]{4}年度?|今年|明年)?(?:主要)?工作(?:安排|要点|计划)$|政协(?:围绕|来|到|赴)|(?:战略定位|发展要求|这个目标|这一目标|(?:关键|重点)领域)$|^\p{Script=Han}{0,4}领域$|^(?:\p{Script=Han}{0,4}政协)?第[0-9０-９一二三四五六七八九十]+次$|^大会发言(?:安排)?$|^年度(?:协商|调研|视察)?工作(?:安排|要点|计划)$|(?:调研|视察|考察|监督)(?:过程)?中发现的(?:一些)?问题|^通过[^，,。；;]{0,40}(?:形式|方式|方法|途径|渠道)$|^(?:反映)?(?:此类|这类|该类|上述)[^，,。；;]{0,6}(?:问题)?的?[0-9０-９一二三四五六七八九十两]+件(?:政协)?提案/u;

/**
 * A government bureau named alone (县住建局, 农业局, 市财政局, 省教育厅, 县农业农村局3个单位; not 产业布局, 城市格局, 议事厅, 城市客厅), or
 * the units as a class (主责落实部门).
 */
const BUREAU = /^\p{Script=Han}{1,10}(?:(?<![布格结开当全大时政残僵])局|(?<=[财民邮]政)局|(?<![客大展餐会事])厅)(?:[0-9０-９一二三四五六七八九十]+[个家])?(?:单位)?$|^(?:[0-9０-９一二三四五六七八九十百两多几]+家)?\p{Script=Han}{0,6}(?:部门|单位)$/u;

/**
 * True when `topic` is a unit named alone, under any activity: the units a visit went to (`对县住建局、农业局等提案承办大户…
 * 进行了视察`), and the bureaus a 民主评议 or 民主监督 reviews (`对市财政局、市公安局…的提案办理工作进行民主评议`) — what the
 * work was about is the work reviewed, which readers never give as the bureau's name (none of some 4,400 topics
 * annotated on public pages, five pages that review bureaus among them).
 */
export function isUnitNamed(topic: string): boolean {
  return BUREAU.test(topic);
}

/**
 * A plenary session's or a meeting's own papers, put to members for the record, not for consultation: its election
 * rules, name lists and resolutions (`…第五次会议选举办法(草案)和监票人`, `总监票人名单(草案)`, `…有关决议(草案)`,
 * `…常务委员补选候选人建议名单(草案)`, `…列席人员建议名单(讨论稿)`), its agenda and schedule, how members are grouped and the decision
 * that calls it (`关于召开…会议的决定`).
 */
const SESSION_PAPER = /(?:选举办法|监票人|候选人|名单|议程|日程|决议|分组办法|会议的决定》?)(?:[（(](?:草案|讨论稿)[）)])?$/u;

/** True when `topic` is a session's own paper (see SESSION_PAPER): `…副秘书长建议名单(讨论稿)`, `《关于召开…会议的决定》(讨论稿)`. */
export function isSessionPaper(topic: string): boolean {
  return SESSION_PAPER.test(topic);
}

/**
 * A session named as whose proposals are meant (`十届四次会议重点督办`, `八届五次会议重点提案办理情况`, `市政协六届四次会议第0312号
 * 重点提案`, `十二届二次全体会议确定的5件重点提案`, `十届一、二次会议重点提案`): which proposals, not what they are about.
 */
const SESSION_PROPOSALS = /^(?:\p{Script=Han}{0,6}政协)?(?:第?[一二三四五六七八九十]+届)?[一二三四五六七八九十]+(?:、[一二三四五六七八九十]+)*次(?:全体)?会议(?:以来)?(?:确定的)?(?:[0-9０-９一二三四五六七八九十]+件|第?[0-9０-９]+号)?(?:重点)?(?:督办)?(?:提案)?(?:办理(?:工作|情况)?)?$/u;

/**
 * A kind of matter named by its class, with no count that makes it a set (`民生实事`, `改革发展大事`, `社会治理难事`, `党政中心
 * 要事`): what work is about in general. `十件民生实事` and `民生建设十大实事` name a year's set of projects and stay.
 */
const KIND_OF_MATTER = /^(?!.*[0-9０-９一二三四五六七八九十百]+[件大项])\p{Script=Han}{0,6}(?:大事|要事|实事|难事|急事)$/u;

/** True when `topic` is a generic phrase, an actor or a count, not a concrete topic. */
export function isGenericTopic(topic: string): boolean {
  return (
    GENERIC_END.test(topic) ||
    GENERIC_WHOLE.test(topic) ||
    ACTOR_START.test(topic) ||
    COUNT.test(topic) ||
    ORIENTATION.test(topic) ||
    MANNER.test(topic) ||
    BODY_OR_UNIT.test(topic) ||
    QUALIFIER_START.test(topic) ||
    NO_WORD.test(topic) ||
    FRAGMENT.test(topic) ||
    NOT_A_SUBJECT.test(topic) ||
    ACTIVITY_NAME.test(topic) ||
    BRAND.test(topic) ||
    SESSION_PAPER.test(topic) ||
    KIND_OF_MATTER.test(topic) ||
    SESSION_PROPOSALS.test(topic) ||
    halfTitle(topic)
  );
}

/**
 * A piece cut across a title's or a heading's brackets (`“月例会”助力乡村振兴》`, `…的建议》被`, `】 调研…`): its start or end
 * is inside them.
 */
function halfTitle(topic: string): boolean {
  const count = (re: RegExp) => topic.match(re)?.length ?? 0;
  return count(/《/gu) !== count(/》/gu) || count(/【/gu) !== count(/】/gu);
}
