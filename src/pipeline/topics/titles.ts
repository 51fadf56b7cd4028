/**
 * Research topics named by their report or project titles:
 *
 * ok: `《关于砂石资源保护与开发的调研报告》` → 专题调研 `砂石资源保护与开发`;
 *     `开展《X研究》《X调研》等课题`, `形成《X建议》《X建议》等四份调研报告` → one topic per title, as written.
 * not ok: `出台《关于加强新时代人民政协党的建设工作的实施意见》` (a document, not a research report).
 */
import type { RawTopic } from './meetings.js';
import { isGenericTopic, trimTopic } from './text.js';

const TITLE = /《([^《》\n]{1,80})》/gu;
/** Titles are one run when only 、 or spaces stand between them. */
const RUN_GAP = /^[、\s]*$/u;
/** What follows a run of titles that are research projects or reports. */
const RESEARCH_AFTER =
  /^等?[0-9０-９XxＸ*一二三四五六七八九十两多几余]*[份篇项个]?(?:调研报告|调查报告|调研课题|研究课题|课题)/u;
/** A title that is itself a research report. */
const REPORT_TITLE = /(?:调研|调查)报告$/u;

/** Topics named by research report or project titles (activity 专题调研). */
export function titleTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  const runs = titleRuns(text);
  for (const run of runs) {
    const tail = text.slice(run[run.length - 1]!.end + 1, run[run.length - 1]!.end + 40);
    const research = RESEARCH_AFTER.test(tail);
    for (const title of run) {
      if (!research && !REPORT_TITLE.test(text.slice(title.start, title.end))) continue;
      const span = trimTopic(text, title.start, title.end);
      if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) {
        out.push({ ...span, activity: '专题调研' });
      }
    }
  }
  return out;
}

/** Title contents (inside 《》), grouped into runs of adjacent titles. */
function titleRuns(text: string): { start: number; end: number }[][] {
  const runs: { start: number; end: number }[][] = [];
  let lastClose = -2;
  for (const m of text.matchAll(TITLE)) {
    const title = { start: m.index + 1, end: m.index + m[0].length - 1 };
    const current = runs[runs.length - 1];
    if (current && RUN_GAP.test(text.slice(lastClose + 1, m.index))) current.push(title);
    else runs.push([title]);
    lastClose = m.index + m[0].length - 1;
  }
  return runs;
}
