/**
 * The genre (`doc_type`) of a document from its title and opening (Simplified). Pure. Tried in order:
 *
 * 1. a speech: a title 在…上的讲话 / 致辞 / 发言 (also without 在: 全国政协…闭幕会上的讲话; also after the speaker:
 *    政协副主席在…座谈会上的讲话; a 开幕词 or 闭幕词; also run into
 *    the text on one line, 在…上的讲话2022年06月23日各位常委、同志们:), or an opening that addresses its audience (同志们：, 各位老领导、老同志：, 尊敬的各位来宾：; not 各位委员 or 各位代表) → 讲话;
 * 2. a title that names a notice, a rule or a resolution (…须知, …办法, …条例, …通知, …决议) → empty; an opening in the voice of a
 *    standing committee (我代表…常务委员会, step 3) under a title that is not a headline → 常委会工作报告 or
 *    提案工作报告, whatever else the title says (政协换届工作报告讲话); under a headline (崔某作…常务委员会工作报告) only
 *    when the page holds the report itself: its salutation on a line of its own, then the committee's voice;
 *    a title that names a genre and is not a news headline: …提案工作情况的报告 / 提案审查情况的报告 → 提案工作报告;
 *    …常务委员会工作报告 / 常委会报告 → 常委会工作报告; 述职 → 述职报告; 工作要点; (年度)协商(工作)计划 → 协商计划;
 *    讲话 / 致辞 → 讲话;
 *    经验交流 / 典型经验 / 主要做法 → 经验交流; 工作报告 / 工作总结 → 工作报告. A headline reports an event
 *    (开幕, 召开, 审议, 讨论, 热议, 作…报告, 发表, 提出 …): `市政协九届五次会议委员分组讨论常委会工作报告` is news, not the report;
 *    A headline over an opening with the news markers of step 4 is 新闻 at once (a news item quoting the report);
 * 3. an opening in the report's own voice — a line that starts 各位委员 / 我代表… / 我受…委托 (or 现在，我代表…),
 *    a “我代表…常务委员会” anywhere in an opening line, or 以下是报告全文:
 *    提案 in it or in the title → 提案工作报告; 常务委员会 / 常委会 → 常委会工作报告; else 工作报告;
 * 4. news markers in the opening: a lead that opens on a quotation and then its day (`“…”3月29日，在…`), a body named in
 *    the third person (`该县政协`), a byline (`□滕艳芸`, `文/…`) over a piece in the third person (not a memoir's
 *    我是…), 本报讯 (本报西和讯) or 本报消息, a site's 网讯 (香格里拉网讯), a repost's 原标题:, what a reporter learnt (据悉, 据了解,
 *    从…获悉), 编者按, a feature named so (…侧记, …纪实, a subtitle ——…综述), a newspaper's page line (某日报/…/第 001 版), 连日来, 紧接01版 / (上接第1版) (a newspaper page's
 *    continuation), a source that is a newspaper or news site (来源:河北日报), a line that opens 会议审议 / 会议指出…, 记者, 通讯员, 近日, 日前, 主席台, 应邀出席, a dateline
 *    (`新华网北京12月12日电`), a date line (`2022-01-18 14:12`, `2015年09月07日 10:32`, `06.01.2020 19:32`, `发布时间`, `发表于`, a date alone on its line: `2009-04-30 |`), 图为, or a line that starts
 *    with the day (`3月11日下午，`, or days: `5月29日至30日，`); one of the first two sentences of the first two lines reporting an event on a
 *    day or at an hour (`…第十六次会议26日在北京开幕`, `6日，…会议在国歌声中揭幕`, `上午9时，大会在…开幕`); or a headline title about 政协 → 新闻;
 * 5. the opening's other cues: 述职如下 → 述职报告; 特制订2017年度协商工作计划 → 协商计划; 主要做法是 → 经验交流; 向大会作/报告 → 工作报告; a speaker's
 *    按照会议议程，我就… (a line that starts so) → 讲话;
 * 6. a numbered review heading together with a plan heading (一、2023年工作及成效 … 二、2024年工作要点) → 工作报告.
 * Else empty (`other` is only ever set by a manifest).
 */
import type { DocType } from '../../types.js';
import { stripTrailingNote } from './head.js';

const TITLE_TYPES: Array<[RegExp, DocType]> = [
  [/提案.{0,8}(工作|审查|办理).{0,6}报告|关于.{0,30}提案.{0,12}的报告/, '提案工作报告'],
  [/常务委员会.{0,4}报告|常委会.{0,4}报告/, '常委会工作报告'],
  [/述职/, '述职报告'],
  [/工作要点/, '工作要点'],
  [/协商(工作)?计划/, '协商计划'],
  [/讲话|致辞|开幕词|闭幕词/, '讲话'],
  [/经验交流|典型经验|经验材料|交流发言|主要做法/, '经验交流'],
  [/工作报告|工作总结/, '工作报告'],
];
/** A notice, a rule or a set of instructions is none of the genres (反映社情民意信息须知, 提案工作条例). */
const NOTICE_TITLE = /(须知|办法|规定|规则|条例|细则|章程|通知|公告|决议|决定)$/;
/** Words of a headline that reports an event (outside its quotation marks). */
const HEADLINE = /开幕|闭幕|召开|举行|举办|讨论|审议|听取|征求|参加|出席|看望|调研|视察|考察|座谈|发布会|成立|启动|收到|确立|圆满|发表|提出|部署|强调|热议|(?<![工合协创写运操制著])作.{0,40}报告|向.{0,24}报告|报告.{0,12}情况$|代表.{0,40}报告工作/;
/** A speech names itself (在…会议上的讲话, 在…闭幕时的讲话) or opens by addressing its audience (同志们：). */
const SPEECH_TITLE = /^在?.{2,40}[上时]的(讲话|致辞|发言)$|(开幕词|闭幕词)$/;
/** 同志们：, or a salutation to guests, leaders or colleagues (各位老领导、老同志：, 尊敬的各位来宾：) — not to 委员 or 代表, whom reports address. */
/** A page that runs the speech's title into its text on one line: 在市政协五届一次常委会议上的讲话2022年06月23日各位常委、同志们: */
const RUN_ON_SPEECH = /^[^。！？在]{0,12}在[^。！？]{2,80}?[上时]的(讲话|致辞)(?:[^。！？]{0,40}?同志们[：:，,]|各位|尊敬的|刚才[，,])/;
/** A title run into the salutation on one line: `区政协闭幕式讲话各位委员、同志们:`. */
const RUN_ON_TITLE = /^[^。！？，,]{2,30}(?:讲话|致辞|开幕词|闭幕词)(?:各位|同志们|尊敬的)/;
/**
 * 各位委员、同志们： opens a report as often as a speech: the report then speaks in its own voice (我代表… / 我受…委托);
 * a speech does not. A page may run the speaker and the date into it (`孙伟(2023年1月16日)各位委员,同志们:`).
 */
const COMRADES = /^(?:[\u4e00-\u9fff]{2,4}\s*[（(][^（）()]{4,16}[）)]\s*)?(?:各位委员|各位代表)[、,，]\s*(?:各位)?同志们?\s*[：:]/;
const SPEECH_VOICE = /^同志们[：:，,！!]|^(?:各位|尊敬的)(?:(?!委员|代表)[^：:。]){0,30}(?:同志|领导|来宾|嘉宾|朋友)们?[：:]$/;
/** A salutation that greets guests (各位委员，各位来宾、同志们：): a speech's, never a report's, even under a photo's caption. */
const GUESTS = /^(?:各位|尊敬的)[^：:。]{0,30}(?:来宾|嘉宾)[^：:。]{0,12}[：:]$/;
const COMMITTEE_VOICE = /我(代表|受).{0,40}(常务委员会|常委会)/;
/**
 * A report's own voice: its salutation on a line of its own (各位委员：), 我代表… / 我受…委托, or 以下是报告全文. 各位委员，新一届
 * 政协… in running text addresses the audience, as any speech does.
 */
const REPORT_VOICE = /^(现在[，,])?(?:(?:各位委员|各位代表)(?:\s*[：:]?\s*$|\s*[：:，,]\s*(?:现在[，,])?我(?:代表|受))|我代表|我受)|我(?:代表|受).{0,40}(常务委员会|常委会)|^(以下是|下面是)?报告全文/;
const NEWS_MARKER = /本报[\u4e00-\u9fff]{0,4}讯|本报消息|原标题[:：]|据了解|据悉|获悉|编者按|侧记|纪实|——.{0,30}综述$|日报.{0,20}第\s*\d+\s*版|^[\s|•·]*\d{4}[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?[\s|•·]*$|[”"]\s*\d{1,2}月\d{1,2}日[上下中]?午?[，,]|该[县区市州旗]政协|[\u4e00-\u9fff]{1,6}网讯|记者|通讯员|近日|日前|连日来|紧接\d+版|[上下]接第?\d+版|来源[:：]\s*\S{0,8}(?:日报|晚报|政协报|新闻网|新华社|电视台|融媒体)|\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}|^会议(?:审议|听取|传达|研究|讨论|通报|强调|指出|要求|认为|决定)|主席台|应邀出席|\d{1,2}月\d{1,2}日电|发布时间|发布日期|发表于|发表日期|图为|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}|^[（(]?[^（）()]{0,8}[）)]?\s*(\d{1,2}月\d{1,2}日(?:[至到—－-](?:\d{1,2}月)?\d{1,2}日)?|昨日|昨天|今天|今日)[上下中]?[午]?[，,]|^\d{1,2}日[上下]午[，,]/;
/** A signed newspaper piece: a line that is only its author's name after a mark (□滕艳芸) or 文/… . */
const BYLINE = /^(?:[□■◇◆]\s*|(?:文|文\/图|图\/文|撰稿)\s*[：:/／]\s*)\p{Script=Han}{2,4}$/u;
/** A narrator's 我 (我是…, 我从…), not the 我市 / 我县 / 我们 of a body's news. */
const NARRATOR = /我(?![市县区省州国们党])/u;
/** The first sentence reports an event on a day: `…委员会第三次会议26日在北京开幕`, `1月12日下午，参加…`. */
const NEWS_EVENT = /(\d{1,2}月\d{1,2}日|\d{1,2}日|今天|昨天|昨日|[上下]午\d{1,2}[时点])(上午|下午|晚上|晚)?[，,]?[^。]{0,60}?(开幕|闭幕|揭幕|落幕|召开|举行|举办|开展|视察|调研|考察|座谈|参加|出席|揭牌|启动|成立)/;
const OPENING_TYPES: Array<[RegExp, DocType]> = [
  [/述职如下|述职报告/, '述职报告'],
  // 根据…，特制订2017年度协商工作计划: the plan's own preamble.
  [/(特|现)?制[订定](本|如下|\d{4}年度?)?(重点)?协商(工作)?计划/, '协商计划'],
  [/主要做法(是|如下)|经验做法/, '经验交流'],
  [/向大会(作|报告)/, '工作报告'],
  // 按照会议议程，我就…予以通报: a speaker at a meeting, not a report to a plenary (我代表… is step 3's).
  [/^(按照|根据)(会议|大会)的?(议程|安排)[，,]\s*我(就|把|将)/, '讲话'],
];
const REVIEW_HEADING = /^[一二三四五六七八九十]+、.{0,12}年.{0,6}(回顾|成效|总结|完成情况)/m;
const PLAN_HEADING = /^[一二三四五六七八九十]+、.{0,12}年.{0,6}(要点|安排|打算|计划|思路|任务)/m;

/** The genre the title, the opening and the head's text show; '' when nothing says. */
export function genreOf(title: string, opening: readonly string[], head: string): DocType | '' {
  const named = stripTrailingNote(title);
  if (SPEECH_TITLE.test(named.replace(/^.{0,12}?(?=在)/, '')) || SPEECH_VOICE.test(opening[0] ?? '') || RUN_ON_SPEECH.test(opening[0] ?? '') || RUN_ON_TITLE.test(opening[0] ?? '')) return '讲话';
  if (opening.slice(0, 4).some((l) => GUESTS.test(l))) return '讲话';
  const headline = HEADLINE.test(named.replace(/“[^”]*”|《[^》]*》/g, ''));
  if (NOTICE_TITLE.test(named)) return '';
  // 我代表…常务委员会 identifies the standing committee's report whatever else the title says (…报告讲话);
  // a government's 我代表省人民政府 does not.
  if (!headline && opening.some((l) => COMMITTEE_VOICE.test(l))) return reportVoice(named, opening);
  // …and under a headline that names the report delivered (崔某作市政协…常务委员会工作报告), when the page holds the report
  // itself: its salutation on a line of its own (各位委员：), then the committee's voice.
  if (headline && addressedByCommittee(head)) return reportVoice(named, opening) || '常委会工作报告';
  // A page with no headline of its own has its first sentence for a title: a genre named in a clause that the sentence
  // goes on from (结合…工作要点，自5月中旬…) is not the title's genre.
  const lastClause = named.replace(/[，,；;。\s]+$/u, '').split(/[，,；;。]/u).pop() ?? '';
  if (!headline) for (const [re, type] of TITLE_TYPES) if (re.test(lastClause)) return type;
  const reproduced = reproducedReport(opening) || reportBody(named, opening, head);
  if (reproduced) return reproduced;
  const voice = reportVoice(named, opening);
  // 各位委员、同志们： with no title and no report's voice after it: a speech (its 今天，…开幕了 is no news item's).
  if (!named && !voice && opening.slice(0, 2).some((l) => COMRADES.test(l))) return '讲话';
  const news = isNews(opening);
  // A headline over a news item that quotes the report (…作工作报告 / 记者…) is the news item.
  if (headline && news) return '新闻';
  if (voice) return voice;
  if (news || (headline && /政协/.test(named))) return '新闻';
  for (const line of opening.slice(0, 4)) for (const [re, type] of OPENING_TYPES) if (re.test(line)) return type;
  if (REVIEW_HEADING.test(head) && PLAN_HEADING.test(head)) return '工作报告';
  return toldAsNews(named, opening, head) ? '新闻' : '';
}

/**
 * A title that names a document or a text of another kind than a news item: a notice, resolution or rules (…的通知,
 * 政治决议, 民主测评办法), a yearbook's or gazetteer's part (年鉴, 政协志, 第三章…, 第二节…), a report, brief or study
 * (调研报告, 工作简报, 制度建设研究), a list, agenda, abstract or introduction, a body's own name as a site's heading
 * (中国人民政治协商会议济宁市委员会), an adoption note (（2014年7月21日…通过）), a call for proposals (征集, 即日起), a
 * narrator's (讲述人：…) or only its authors' names (顾建军 王柳 曹伟).
 */
const NOT_NEWS_TITLE =
  /通知|公告|通告|通报|决议|决定|办法|条例|规则|规定|章程|年鉴|志$|志[（(\s]|第[一二三四五六七八九十\d]+[章节编]|简报|目录|简介|官网|报告|名单|议程|摘要|开播词|大事记|介绍|说明|草案|研究|征集|即日起|讲述人|工作$|委员会[（(]?\d*[）)]?$|^[(（[]|^\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})+$/u;
/** A document set out under numbered headings (一、…), as a report or a plan is and a news item is not. */
const NUMBERED_HEADING = /^\s*[一二三四五六七八九十]+、/mu;
/** The opening tells of a 政协 body or its members: 市政协…, 政协委员…, 委员们…. */
const TELLS_OF_BODY = /政协|委员/u;

/**
 * Nothing else says: an opening that tells of a 政协 body or its members in the third person (not a narrator's 我是…,
 * 我曾任…), under a title that names no document, is a news item — as most public pages on a 政协's work are
 * (a feature, an interview, a year's review in a paper: `2024年，区政协妇联界别…`, `近年来，来宾市政协…`).
 */
function toldAsNews(title: string, opening: readonly string[], head: string): boolean {
  if (NUMBERED_HEADING.test(head)) return false;
  // A page with no title of its own has its first short line for one (网站介绍：, （…会议通过）).
  const heading = opening.slice(0, 2).filter((l) => l.length <= 40 && !/[。！？]/u.test(l));
  if ([title, ...heading].some((l) => NOT_NEWS_TITLE.test(l.trim()))) return false;
  const first = opening.slice(0, 3).join('');
  return TELLS_OF_BODY.test(first) && !NARRATOR.test(first.slice(0, 80));
}

/** A report's review heading set on its own line: `一、2018年工作回顾`, `2009年工作回顾`, `一、五年工作的回顾`, `一、过去五年工作回顾`. */
const REVIEW_LINE = /^(?:[一二三四五六七八九十]+、)?\s*(?:\d{4}年|过去(?:一|五)年|五年|一年来)?(?:来)?的?(?:工作)?的?回顾$/u;
/** A report's first numbered heading (`一、坚持党的领导，在提高站位中彰显政协本色`), right after the line that introduces it. */
const FIRST_HEADING = /^一、\S/u;
/** The line that introduces the report: …向大会作工作报告, 发表工作报告:, 代表…常务委员会向大会报告工作. */
const DELIVERED = /(?:作|发表|宣读).{0,12}工作报告|报告工作|工作报告\s*[:：]?$/u;

/**
 * A page that sets the report out after a line of news introducing it (`…开幕，全国政协主席汪洋发表工作报告:` then
 * `一、2018年工作回顾`): the report itself, not the news — a review heading of its own, or its first numbered heading
 * right after it (`…代表…委员会，向大会报告工作。` then `一、坚持党的领导…`), follows the line that says who delivers it,
 * at a 政协 (not a government's report to a people's congress). 提案 there → 提案工作报告, else the
 * standing committee's (a 政协's plenary hears its report).
 */
function reproducedReport(opening: readonly string[]): DocType | '' {
  const review = opening.findIndex((l, i) => REVIEW_LINE.test(l) || (i > 0 && FIRST_HEADING.test(l) && DELIVERED.test(opening[i - 1]!)));
  if (review < 0) return '';
  const before = opening.slice(0, review);
  // A 政协's report, named on the line that introduces it: a government's (省长…作政府工作报告, 我代表市人民政府…
  // then 一、2019年工作回顾) is step 2's and government.ts's.
  const introduced = before.some((l) => DELIVERED.test(l) && /政协|常务委员会|常委会/.test(l) && !/政府|人民代表大会/.test(l));
  if (!introduced || before.some((l) => /政府工作|人民代表大会/.test(l))) return '';
  return before.some((l) => /提案/.test(l)) ? '提案工作报告' : '常委会工作报告';
}

/** What may stand above a report's body when its title is cut off: a bracketed date, the speaker's name, a contents line. */
const ABOVE_BODY = /^(?:\s*|[（(][^（）()]{4,24}[）)]|\p{Script=Han}{2,4}|目录.{0,8}|提纲.{0,8})$/u;

/**
 * A page that holds a report's body without its title (`(2026年2月7日)`, `牛越丽`, then `一、2025年工作回顾`): the
 * review heading comes first, with nothing but a date, a name or a contents line above it, and the head is a
 * 政协's (not a government's). 提案 in the heading → 提案工作报告, else the standing committee's.
 */
function reportBody(title: string, opening: readonly string[], head: string): DocType | '' {
  const lines = [title, ...opening].slice(0, 4);
  const review = lines.findIndex((l) => REVIEW_LINE.test(l.replace(/提案/u, '')));
  if (review < 0 || !lines.slice(0, review).every((l) => ABOVE_BODY.test(l.trim()))) return '';
  if (!/政协/u.test(head) || /政府工作报告|人民代表大会|[省市县区]长|人民政府/u.test(lines.join('\n') + head.slice(0, 500))) return '';
  return /提案/u.test(lines[review]!) ? '提案工作报告' : '常委会工作报告';
}

/** A report's salutation on a line of its own: `各位委员：`, `各位委员、同志们：`. */
const SALUTATION_LINE = /^(?:各位委员|各位代表)(?:[、，,]\s*(?:各位)?同志们?)?\s*[：:]$/u;

/** How many of the head's first lines may hold a report's salutation (its title block, occasion, date and speaker come first). */
const HEAD_LINES = 16;

/**
 * The salutation on a line of its own among the head's first lines, then within two lines the standing committee's
 * voice (我受…常务委员会委托).
 */
function addressedByCommittee(head: string): boolean {
  const lines = head.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, HEAD_LINES);
  const at = lines.findIndex((l) => SALUTATION_LINE.test(l));
  return at >= 0 && lines.slice(at + 1, at + 3).some((l) => COMMITTEE_VOICE.test(l));
}

/** The genre the report's own voice gives (我代表…常务委员会 → 常委会工作报告), or '' when it does not speak. */
function reportVoice(named: string, opening: readonly string[]): DocType | '' {
  // 各位委员、同志们： alone is no report's voice (see COMRADES).
  const speaks = (l: string) => REPORT_VOICE.test(l) && !(COMRADES.test(l) && !/我(?:代表|受)/.test(l));
  const at = opening.findIndex(speaks);
  if (at < 0) return '';
  const voice = opening.filter(speaks).join('\n');
  if (/提案/.test(voice) || /提案/.test(named)) return '提案工作报告';
  // The body that reports (…常务委员会作工作报告。以下是报告全文：) may be named on the line before.
  return /常务委员会|常委会/.test([...opening.slice(0, at), voice].join('\n')) ? '常委会工作报告' : '工作报告';
}

/** News markers anywhere in the opening, or an event on a day in the first sentences of its first two lines. */
function isNews(opening: readonly string[]): boolean {
  const firstSentences = opening.slice(0, 2).map((l) => /^[^。！？]*[。！？]?[^。！？]*/.exec(l)![0]);
  return opening.some((l) => NEWS_MARKER.test(l)) || firstSentences.some((l) => NEWS_EVENT.test(l)) || isSignedReport(opening);
}

/** A signed piece in the third person reports (…宁波市政协始终坚持…); one told by its author (我是1989年进入…) is a memoir. */
function isSignedReport(opening: readonly string[]): boolean {
  const at = opening.slice(0, 4).findIndex((l) => BYLINE.test(l.trim()));
  return at >= 0 && !opening.slice(at + 1, at + 4).some((l) => NARRATOR.test(l));
}
