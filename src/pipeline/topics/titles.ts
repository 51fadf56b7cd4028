/**
 * Topics named by the titles of research or consultation reports, research projects and key proposals:
 *
 * ok: `《关于砂石资源保护与开发的调研报告》` → 专题调研 `砂石资源保护与开发`;
 *     `《我区分级诊疗工作开展情况的监督性协商报告》` → 民主监督 `我区分级诊疗工作开展情况`;
 *     `开展《X研究》《X调研》等课题`, `形成《X建议》《X建议》等四份调研报告` → one topic per title, as written.
 *     `将《关于A的建议》《关于B的建议》5件提案列为年度1号提案`, `重点提案《关于A的建议》得到落实` → 重点提案督办 `A`, `B`;
 *     `审议通过常委会议协商议题《A》(稿)、《B》(稿)` → 常委会议协商 `A`, `B` (titles named as a meeting's topics);
 *     `审议通过《关于A的协商建议》`, `讨论了《关于B的建议报告(讨论稿)》`, `《关于C的对策和建议》` → the advice's subject.
 * not ok: `出台《关于加强新时代人民政协党的建设工作的实施意见》` (a document, not a research report).
 */
import type { Activity } from './activities.js';
import type { RawTopic } from './meetings.js';
import { isGenericTopic, splitList, trimTopic } from './text.js';

/** A title in 《》, or a proposal's title in quotes (`“关于A的建议”、“关于B的建议”五件提案`). */
const TITLE = /《([^《》\n]{1,80})》|“(关于[^“”《》\n]{2,78}?的(?:建议|提案))”/gu;
/** Titles are one run when only 、, 和, 及 or spaces stand between them. */
const RUN_GAP = /^(?:[（(](?:稿|草案|讨论稿|征求意见稿)[)）])?[、和及\s]*$/u;
/** What names a run of titles as the topics put to a meeting or a study: `常委会议协商议题《A》(稿)、《B》(稿)`. */
const TOPICS_BEFORE = /(常委会议?)?(协商|调研)(?:议题|课题)[为是：:]?$/u;
/** What follows a run of titles that are research projects or reports (`《关于X》的调研报告`, `《A》《B》等四份调研报告`). */
const RESEARCH_AFTER =
  /^的?等?[0-9０-９XxＸ*一二三四五六七八九十两多几余]*[份篇项个]?(?:调研报告|调查报告|调研课题|研究课题|课题)/u;
/**
 * What follows, in the same sentence, a run of proposal titles put to supervision (重点提案督办), or their handling
 * looked into (`了解《关于A的提案》《关于B的提案》等提案交办处理情况`).
 */
/** `…等11件提案进行`: counted proposals, then what is done with them. */
const COUNTED_PROPOSALS_DONE = '^等[0-9一二三四五六七八九十]+件提案进行(?:了)?';
const PROPOSAL_AFTER = new RegExp(`^[^。；;\\n]{0,60}?(?:重点提案|提案督办|重点督办|领衔督办|[1１一]号提案)|^等(?:[0-9一二三四五六七八九十]+件)?提案的?(?:交办|办理|督办|督查|落实)|${COUNTED_PROPOSALS_DONE}(?:办理协商|协商办理|督办)`, 'u');
const PROPOSAL_TITLE = /(?:建议|提案)$/u;
const HANDLING_CONSULTED = new RegExp(`${COUNTED_PROPOSALS_DONE}(?:办理协商|协商办理)`, 'u');
/** …or named as a key proposal before it: `重点提案《关于A的建议》`, `286号提案《…》`, `“一号提案”《…》`. */
const PROPOSAL_BEFORE = /(?:重点提案|重点督办提案|[0-9０-９]+号(?:重点)?提案|[1１一]号提案[”」]?)$/u;
/**
 * A title that is itself a research or consultation report, or the advice one gives (`…的协商建议`, `…的对策和建议`,
 * `…的若干建议`, `…的建议报告`, and a bare `…的建议` only as a draft: `…的建议(草案)`; a proposal's `…的建议` alone is not).
 */
const REPORT_TITLE = /(?:(?:调研|调查|协商|视察)报告|建议案|建议报告|协商建议|对策(?:和|与)?建议|若干建议|建议(?=[（(](?:草案|讨论稿|审议稿|征求意见稿)[)）]))(?:[（(](?:送审稿|草案|讨论稿|征求意见稿|审议稿|稿)[)）])?$/u;
/** What a report title says the topic was put to; a 建议案 is what a standing committee's consultation resolves. */
function titleActivity(title: string): Activity {
  if (/建议案(?:[（(][^（()）]*[)）])?$/u.test(title)) return '常委会议协商';
  if (/监督性协商报告$/u.test(title)) return '民主监督';
  if (/视察报告$/u.test(title)) return '视察';
  return /协商(?:报告|建议)$/u.test(title) ? '协商议政' : '专题调研';
}

/** Topics named by research or consultation report titles and research project titles. */
export function titleTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  const runs = titleRuns(text);
  for (const run of runs) {
    const tail = text.slice(run[run.length - 1]!.end + 1, run[run.length - 1]!.end + 40);
    const research = RESEARCH_AFTER.test(tail);
    const after = text.slice(run[run.length - 1]!.end + 1, run[run.length - 1]!.end + 80);
    const proposals = !research && (PROPOSAL_AFTER.test(after) || PROPOSAL_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 13), run[0]!.start - 1)));
    // `…等11件提案进行办理协商`: the proposals' handling consulted on, as the frame before the run reads it.
    const proposalActivity: Activity = HANDLING_CONSULTED.test(after) ? '提案办理协商' : '重点提案督办';
    const named = TOPICS_BEFORE.exec(text.slice(Math.max(0, run[0]!.start - 1 - 10), run[0]!.start - 1));
    const namedActivity: Activity | undefined = named ? (named[1] ? '常委会议协商' : named[2] === '调研' ? '专题调研' : '协商议政') : undefined;
    for (const title of run) {
      const written = text.slice(title.start, title.end);
      const proposal = proposals && PROPOSAL_TITLE.test(written);
      if (!research && !proposal && !namedActivity && !REPORT_TITLE.test(written)) continue;
      const span = trimTopic(text, title.start, title.end);
      if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) {
        out.push({ ...span, activity: research ? '专题调研' : proposal ? proposalActivity : namedActivity ?? titleActivity(written) });
      }
    }
  }
  return out;
}

/** `所提出的关于A的意见，关于B的意见`: what a consultation produced, named without 《》. */
const RESULTS = /(?:提出|形成|报送)(?:了|的)?((?:关于[^，,。；;《》\n]{2,40}?的(?:意见|建议)[，,、和及]?){1,6})/gu;
const RESULT = /关于([^，,。；;《》\n]{2,40}?)的(?:意见|建议)/gu;
/** The sentence must say a consultation produced them (a government `提出关于…的意见` is its own policy). */
const CONSULTED = /协商|议政|建言|调研|视察/u;

/** Topics named by the opinions a consultation produced (activity 协商议政). */
export function resultTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(RESULTS)) {
    const sentence = text.slice(Math.max(0, text.lastIndexOf('。', m.index) + 1), m.index);
    if (!CONSULTED.test(sentence)) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    for (const r of m[1]!.matchAll(RESULT)) {
      const start = at + r.index + 2;
      const topic = text.slice(start, start + r[1]!.length);
      if (!isGenericTopic(topic)) out.push({ start, end: start + r[1]!.length, activity: '协商议政' });
    }
  }
  return out;
}

/**
 * `讨论了关于全市宗教工作情况的调研报告(草案)和关于全市科技研发情况的调研报告(草案)`: report titles written without
 * 《》. Only 关于…的 before a report's own name, or, in a title that opens its line, 关于 with no 的 (`关于我市老旧小区改造情况
 * 调查报告`): the wrapper marks where the title starts. A 建议案's title may hold one comma (`关于大力发展临港临空产业，推进
 * 湖南经济转型发展的建议案`) and short quoted names (`关于推进“一城三区、一区多园”建设的建议案`); one named before its 办理 needs
 * no 的 (`关于石景山区大气污染防治建议案办理情况`).
 */
const UNQUOTED_REPORT = /关于((?:[^，,。；;：:《》“”「」『』"\n]|“[^”，,。；;\n]{1,20}”){2,40}?(?:[，,][^，,。；;：:《》“”「」『』"\n关]{2,30}?(?=的建议案))?)(?:的((?:调研|调查|视察|监督性协商|协商)报告|(?:常委会议?)?建议案)|(?<=[^的]{4})(建议案)(?=办理)|(?<=^关于[^，,。；;：:《》“”「」『』"\n的、]{2,40})((?:调研|调查|视察)报告))/gmu;

/**
 * `审议通过了关于“完善大交通格局,推动县域经济发展”的建议案(草案)`: the subject quoted whole between 关于 and 的 (a comma
 * inside the quotes is the subject's own); the topic is what the quotes hold.
 */
const QUOTED_SUBJECT_REPORT = /关于“([^“”\n。；;]{2,60})”的((?:调研|调查|视察|监督性协商|协商)报告|(?:常委会议?)?建议案)/gu;

/** Topics named by report titles written without 《》 or quotes (inside 《》, titleTopics reads them). */
export function unquotedReportTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(UNQUOTED_REPORT)) {
    // A title in quotes (`「关于A的建议案」等提案`) is the quoted title rules' to read.
    if (/[《「“『"]/u.test(text[m.index - 1] ?? '')) continue;
    const start = m.index + 2;
    const end = start + m[1]!.length;
    if (!isGenericTopic(text.slice(start, end))) out.push({ start, end, activity: titleActivity(m[2] ?? m[3] ?? m[4]!) });
  }
  for (const m of text.matchAll(QUOTED_SUBJECT_REPORT)) {
    if (/[《「“『"]/u.test(text[m.index - 1] ?? '')) continue;
    const start = m.index + 3;
    const end = start + m[1]!.length;
    if (!isGenericTopic(m[1]!)) out.push({ start, end, activity: titleActivity(m[2]!) });
  }
  return out;
}

/**
 * `会议协商通过我县优势种子生产基地建设的视察方案(草案)`, `《关于“以项目建设为引擎，加快推进支点建设”议政性常委会调研工作方案》`:
 * the subject of an activity's plan that a meeting consults on, adopts or issues. The verb before it marks the plan as
 * the meeting's business (`制定调研方案` alone names none).
 */
const PLAN_OF = /(?:协商通过|审议通过|讨论通过|研究通过|审议|讨论|研究|印发)了?\s*《?(?:关于)?(“[^”\n]{2,60}”|[^《》“”，,。；;：:\n]{4,80}?)(?:等相关|等)?的?(?:议政性常委会|专题)?(调研视察|视察调研|调研|视察|协商|民主监督|监督)(?:工作)?方案/dgu;
/** Another document named before the plan (`年度协商计划和调研方案`): no subject. */
const OTHER_DOCUMENT = /计划|方案|要点|报告|[和及、]$/u;
const PLAN_ACTIVITY: Record<string, Activity> = { 调研视察: '调研视察', 视察调研: '调研视察', 调研: '专题调研', 视察: '视察', 协商: '协商议政', 民主监督: '民主监督', 监督: '民主监督' };

/** Topics named as the subject of an activity's plan put to a meeting (see PLAN_OF). */
export function planSubjectTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(PLAN_OF)) {
    if (OTHER_DOCUMENT.test(m[1]!)) continue;
    const [at, end] = m.indices![1]!;
    // A list is split at its 、; one subject stays whole (`我县群众体育和全民健身工作`).
    for (const span of /、/u.test(m[1]!) ? splitList(text, at, end) : [trimTopic(text, at, end)]) {
      if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) out.push({ ...span, activity: PLAN_ACTIVITY[m[2]!]! });
    }
  }
  return out;
}

/**
 * `听取了…对市政协常委会工作报告(征求意见稿)意见建议`, `就《A(讨论稿)》提出修改意见`, `区政府就《政府工作报告(征求意见稿)》向区政协
 * 征求意见建议`: a draft known by its note, put to members for their views. The draft, note and all, is the topic (as `协商讨论《政府工作报告(征求意见稿)》` is).
 */
const DRAFT_VIEWS = /(?:对|就)\s*《?([^，,。；;：:《》\n]{4,50}?[（(](?:征求意见稿|讨论稿|草案)[)）])》?\s*(?:(?:的|提出了?)?(?:意见建议|意见和建议|修改意见|修改建议)|向[^，,。；;\n]{1,12}?征求(?:意见建议|意见和建议|意见))/dgu;

/** Drafts put to members for their views (see DRAFT_VIEWS). */
export function draftViewTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(DRAFT_VIEWS)) {
    const [at, end] = m.indices![1]!;
    const span = trimTopic(text, at, end);
    if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) out.push({ ...span, activity: '协商议政' });
  }
  return out;
}

/** Title contents (inside 《》), grouped into runs of adjacent titles. */
function titleRuns(text: string): { start: number; end: number }[][] {
  const runs: { start: number; end: number }[][] = [];
  let lastClose = -2;
  for (const m of text.matchAll(TITLE)) {
    // A quoted proposal's title is read from its 关于 on: trimTopic takes that off, as it does inside 《》.
    const title = { start: m.index + 1, end: m.index + m[0].length - 1 };
    const current = runs[runs.length - 1];
    if (current && RUN_GAP.test(text.slice(lastClose + 1, m.index))) current.push(title);
    else runs.push([title]);
    lastClose = m.index + m[0].length - 1;
  }
  return runs;
}
