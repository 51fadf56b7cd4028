/**
 * Consultation topics: the concrete subjects a report says were put to consultation (专题协商会, 专题资政会 …),
 * research (专题调研, 调研报告), inspection (调研视察) or supervision (民主监督, 民主评议).
 *
 * ok: `召开全域旅游专题协商会` → { activity: 专题协商会, topic: 全域旅游 };
 *     `聚焦脱贫攻坚、学前教育等民生热点，深入基层开展调研视察` → two 调研视察 topics.
 * not ok: `围绕中心工作开展调研`, `扎实开展民主监督` (generic: no concrete topic).
 * The pattern families live in topics/{meetings,frames,titles,objects,projects,plans}.ts; the activity list in
 * topics/activities.ts; the learned tagger, which adds what they miss, in topics/tagger.ts.
 */
import { locatorOf, sourceSpan } from '../../document/span.js';
import type { TopicRow } from '../../schemas/topics.js';
import type { DocMeta, ReportDoc } from '../../types.js';
import type { Activity } from './activities.js';
import { foldToSimplified } from './fold.js';
import { droppedPinyinNotes } from '../../document/pinyin-notes.js';
import { joinedSoftBreaks, withoutSoftBreaks } from '../../document/soft-breaks.js';
import { frameTopics } from './frames.js';
import { meetingTopics, type RawTopic } from './meetings.js';
import { objectTopics } from './objects.js';
import { planTopics } from './plans.js';
import { projectTopics } from './projects.js';
import { draftViewTopics, planSubjectTopics, resultTopics, titleTopics, unquotedReportTopics } from './titles.js';
import { taggedTopics, type TaggerModel } from './tagger.js';
import { isUnitNamed } from './text.js';
import { shippedTagger } from './tagger-model.js';

export { ACTIVITIES, type Activity } from './activities.js';

/** One consultation topic of a document. `start`/`end` are `doc.text` offsets of the topic text. */
export interface Topic {
  /** 1-based source line where the topic text starts. */
  line: number;
  /** 1-based source column (code points) where the topic text starts. */
  column: number;
  /** 1-based source line where the topic text ends (the same line but for a list across a line break). */
  endLine: number;
  /** Exclusive 1-based end column (code points) on `endLine`. */
  endColumn: number;
  activity: Activity;
  /** The topic as written (`doc.text.slice(start, end)`). */
  topic: string;
  start: number;
  end: number;
  /** Who found it: one of the clause-shape rules, or the learned tagger where no rule found anything. */
  foundBy: FoundBy;
}

/** `rule` or `tagger` (the topics.csv column `found_by`). */
export type FoundBy = 'rule' | 'tagger';

/**
 * Every consultation topic of `doc`, in document order, each (place, activity) once. Pure. The rules read `folded`,
 * a Simplified copy of the same offsets (`foldToSimplified(doc.text)`, given when the caller has it); topics are cut
 * from the text as written.
 */
export function extractTopics(
  doc: ReportDoc,
  folded: string = foldToSimplified(doc.text),
  tagger: TaggerModel | null = shippedTagger(),
): Topic[] {
  // A page with a faulty conversion's pinyin after each character (`開(kāi)展`) is read without it; what is found
  // maps back to the text as written, notes and all (document/pinyin-notes.ts).
  const dropped = droppedPinyinNotes(folded);
  // A text wrapped at a fixed width (from a PDF, a printed page) is read with its soft breaks joined (document/soft-breaks.ts).
  const joined = joinedSoftBreaks(dropped?.text ?? folded);
  const read = joined?.text ?? dropped?.text ?? folded;
  const noted = (j: number): number => (dropped ? dropped.at[j]! : j);
  const back = (i: number): number => noted(joined ? joined.at[i]! : i);
  // A span's end is read just after its last character, so that it does not take in a soft break after it.
  const backEnd = (i: number): number => noted(joined && i > 0 ? joined.at[i - 1]! + 1 : i);
  // Where the soft breaks stand in the text as written.
  const softBreaks = joined?.breaks.map(noted);
  const ruled: RawTopic[] = [
    ...meetingTopics(read),
    ...frameTopics(read),
    ...titleTopics(read),
    ...resultTopics(read),
    ...unquotedReportTopics(read),
    ...planSubjectTopics(read),
    ...draftViewTopics(read),
    ...objectTopics(read),
    ...projectTopics(read),
    ...planTopics(read),
  ];
  const found: (RawTopic & { foundBy: FoundBy })[] = [
    ...ruled.map((r) => ({ ...r, foundBy: 'rule' as const })),
    ...(tagger ? taggedTopics(read, tagger, ruled).map((r) => ({ ...r, foundBy: 'tagger' as const })) : []),
  ].filter((r) => !isUnitNamed(read.slice(r.start, r.end)));
  const raw = dropped || joined ? found.map((r) => ({ ...r, start: back(r.start), end: backEnd(r.end) })) : found;
  raw.sort((a, b) => a.start - b.start || a.end - b.end || (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : 0));
  const locator = locatorOf(doc);
  const topics: Topic[] = [];
  for (const r of raw) {
    const last = topics[topics.length - 1];
    if (last && last.start === r.start && last.end === r.end && last.activity === r.activity) continue;
    const span = sourceSpan(doc, r.start, r.end);
    const { line, column } = locator.at(span.start);
    const end = locator.at(span.end);
    // A soft break inside the topic (a word cut by the wrapping) is not part of it.
    const topic = softBreaks ? withoutSoftBreaks(doc.text, r.start, r.end, softBreaks) : doc.text.slice(r.start, r.end);
    topics.push({ line, column, endLine: end.line, endColumn: end.column, activity: r.activity, topic, start: r.start, end: r.end, foundBy: r.foundBy });
  }
  return topics;
}

/**
 * topics.csv rows of one document; `themeOf` maps a topic to a theme id (or ''); `meta` gives the document's
 * region and year, repeated on each row so that a researcher needs no join with documents.csv.
 */
export function topicRows(
  doc: ReportDoc,
  topics: readonly Topic[],
  themeOf: (topic: string) => string,
  meta: Pick<DocMeta, 'region' | 'year'>,
): TopicRow[] {
  return topics.map((t) => ({
    doc_id: doc.id,
    file: doc.file,
    line: t.line,
    activity: t.activity,
    topic: t.topic,
    theme: themeOf(t.topic),
    column: t.column,
    end_line: t.endLine,
    end_column: t.endColumn,
    region: meta.region,
    year: meta.year,
    found_by: t.foundBy,
  }));
}
