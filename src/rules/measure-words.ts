/**
 * The measure words a count stands before (共收到提案 件 lacks its number), and what may stand right before one
 * without a number: a determiner (其次, 这个, 每次, 首批) or the first character of an ordinary word that ends in
 * the measure word (市场, 文件, 国家, 各位). A space inside such a word — a PDF's line wrap, `市 场，` — is no
 * blank slot. Measured on real reports: docs/method/placeholders.md.
 *
 * ok:     endsWord('发展市 场', 4, '场') → true (市场), isDeterminer('每') → true (每次)
 * not ok: endsWord('共收到提案 件', 5, '件') → false: 提案 件 lacks its number (案件 is a word, 提案 a counted noun)
 */

/**
 * Longest first: 人次 before 人. 期 is left out: too many words end in it (机遇期, 攻坚期, 过渡期 …); 第 期 is
 * found from its 第.
 */
export const COUNT_MEASURES = ['人次', '件', '次', '名', '人', '项', '个', '场', '篇', '条', '家', '位', '份', '届', '批', '户'];

/**
 * Characters that make a word with any measure word (其次, 这个, 那位, 此次, 该项, 某人, 哪家, 每次, 首批). 各, 本,
 * 上 and the like do so before a noun (各位代表, 本次会议), which no slot found here has after it; before
 * punctuation they are more often a count's place (培育小企业各 个。, 降成本 条，, 亿元以上 个).
 */
const DETERMINERS = new Set('其这那此该某哪每首'.split(''));

/**
 * By measure word, the characters that make a common word with it (文件, 层次, 报名, 老人 …); multi-character
 * words by the character before the measure word (负责人 → 责). Determiners need no entry; two characters before
 * the gap that call for a count win over a word (`COUNTED`). Words whose first character more often ends a
 * counted noun are not here: 工厂 家 (not 厂家), 航线 条 (not 线条), 科技进步奖 项 (not 奖项).
 */
const WORD_STARTS: Readonly<Record<string, string>> = {
  件: '文事条案软硬证信邮函稿部零配附物要原组构快急器元',
  次: '层档其首再依历批名车航位席届轮场人频主屡渐架累等班户剂件',
  名: '著报命提排知署签点更冠题实匿功罪地书姓联除盛闻驰出同化英美虚真',
  人: '工老他本别病商军敌主证名新能个私女男匠传法亲友世艺外诗文伟巨育感惊喜迷宜诱逼服利害树立真古今路常贤猎牧渔僧游国责系头疾年器卷的做求理纪伙班白好于管到导换跟华家己减动用杀持留任',
  项: '事款专强弱单立选要',
  场: '市现广立农机战考林牧渔球职官登到在入收下当主卖秀冰菜靶操商车殖排理育验磁草动剧电过埋射工',
  篇: '开长全短诗名终续中新',
  条: '萧苗面金链便纸油教封头',
  家: '国大专作农商独自人老回安起当持居全东管画名皇公儒道法学干之业',
  位: '单地岗到职席学方定站就座床车泊摊水区点补错归换品价机越缺进高部低晋各',
  份: '身省年月股部成备人',
  届: '应往换',
  批: '审报分大成获限揭',
  户: '住用客农门商散窗账开落大专到入保困联业牧明帐',
};

/**
 * Nouns a report counts, and 达到, whose last character makes a word with the measure word: before the gap they
 * call for a count (提案 件, 来信 件, 企业 家, 干部 位, 活动 场, 达到 户), not a split word (案件, 信件, 业家, 部位,
 * 动场, 到户).
 */
const COUNTED = new Set(['提案', '议案', '草案', '立案', '结案', '来信', '来函', '企业', '干部', '活动', '达到']);

/** A determiner, which takes a measure word without a number (每次会议, 这个问题). */
export const isDeterminer = (c: string | undefined): boolean => c !== undefined && DETERMINERS.has(c);

/**
 * True when the character before the gap at `gap` and `measure` make an ordinary word (市场, 文件), so that the
 * space splits a word, unless the two characters before the gap are a counted noun (提案 件).
 */
export function endsWord(text: string, gap: number, measure: string): boolean {
  const prev = text[gap - 1];
  if (prev === undefined || !(WORD_STARTS[measure]?.includes(prev) ?? false)) return false;
  return !COUNTED.has(text.slice(gap - 2, gap));
}
