/**
 * A learned second reader of topics: a character tagger (B / I / O) over each sentence that holds an activity stem
 * and an activity form (`cuedSentences`), trained on hand-annotated 政协 pages (docs/method/topics.md, "A learned
 * tagger"). It finds list items and subjects in shapes no rule was written for (a subject put to 调研 in the middle of
 * a sentence about the report it produced, as in cppcc's held-out 099); `extractTopics` keeps what it finds only where
 * no rule found anything.
 *
 * The model is an averaged structured perceptron (Collins 2002) over hashed features of the characters around each
 * position, of the nearest activity form ahead of and behind it in its sentence and of common two-character words;
 * decoding is Viterbi with I never after O. Pure: the weights are data (`TaggerModel`), read by
 * topics/tagger-model.ts.
 */
import { ACTIVITIES, ACTIVITY_FORMS, activityOf, formsRegex, type Activity } from './activities.js';
import type { RawTopic } from './meetings.js';
import { CLAUSE_END, SENTENCE_END, SITE_NAMED, isGenericTopic, namedAsNoTopics, proposalsLead, quoteStep, sentenceStart, trimTopic, type TopicSpan } from './text.js';

/** Tags of one position. */
export const O = 0;
export const B = 1;
export const I = 2;

/** Weights of a trained tagger: `weights[feature * 3 + tag] * scale`, transitions `[prev * 3 + tag]`, start `[9 + tag]`. */
export interface TaggerModel {
  bits: number;
  /** Quantised weights, 3 per hashed feature. */
  weights: Int8Array;
  scale: number;
  /** 12 transition scores: prev (O, B, I) × tag, then the start row. */
  transitions: Float32Array;
  /** Added to every position's O score at decoding: above 0 the tagger proposes fewer, surer spans. */
  outsideBias: number;
  /** Common two-character words: a span that starts or ends inside one (`加快海西建`, `关江苏发展`) is a fragment. */
  words: ReadonlySet<string>;
}

/** Features per position (fixed slots: an absent cue gives its slot's own "none" value). */
export const SLOTS = 28;
const NONE = 0xffff;
const FORMS = formsRegex(ACTIVITY_FORMS);
/** Words that open a subject before its activity (`围绕`, `就`, `对`, `聚焦` …), read as features, not as rules. */
const LEADS = ['围绕', '聚焦', '针对', '结合', '关于', '选择', '确定', '就', '对', '以', '将', '把', '了', '为', '：', ':'];

/** An activity form in a line: its span (line offsets) and activity. */
export interface Cue {
  start: number;
  end: number;
  activity: Activity;
}

/** The activity forms of `line` (`ACTIVITY_FORMS`), in order. */
export function cuesOf(line: string): Cue[] {
  const cues: Cue[] = [];
  for (const m of line.matchAll(FORMS)) cues.push({ start: m.index, end: m.index + m[0].length, activity: activityOf(m[0], ACTIVITY_FORMS) });
  return cues;
}

/**
 * Words one of which a sentence must hold to be tagged: the activities' stems. Looking for them first keeps the
 * activity forms' long alternation off the sentences of a government report that name no activity (most of them).
 */
const STEMS = /协商|调研|调查研究|视察|监督|评议|考察|建言|献策|议政|资政|督办|座谈|察看|查看|发言|探讨/gu;

/** A sentence the tagger reads: its offsets in the text, its text and its activity forms (sentence offsets). */
export interface CuedSentence {
  start: number;
  end: number;
  sentence: string;
  cues: Cue[];
}

/**
 * The sentences of `text` (each up to and with its `SENTENCE_END`, so never across a line) that hold a stem
 * (`STEMS`) and an activity form, in order: the only ones the tagger reads, in training and in use alike.
 */
export function cuedSentences(text: string): CuedSentence[] {
  const out: CuedSentence[] = [];
  let done = 0;
  for (const m of text.matchAll(STEMS)) {
    if (m.index < done) continue;
    const start = sentenceStart(text, m.index);
    let end = m.index;
    while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
    end = Math.min(text.length, end + 1);
    done = end;
    const sentence = text.slice(start, end);
    const cues = cuesOf(sentence);
    if (cues.length > 0) out.push({ start, end, sentence, cues });
  }
  return out;
}

function bucket(d: number): number {
  return d <= 2 ? d : d <= 4 ? 3 : d <= 8 ? 5 : d <= 16 ? 9 : d <= 32 ? 17 : 33;
}

const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9０-９]/u;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;

/** A character's class for the features: 2 Han, 3 digit, 4 Latin letter, else its code unit. */
function charClass(ch: string): number {
  return HAN.test(ch) ? 2 : DIGIT.test(ch) ? 3 : LATIN.test(ch) ? 4 : ch.charCodeAt(0);
}

/** FNV-1a over a slot number and its values: the hashed feature, before masking. */
function hash(slot: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(2166136261 ^ slot, 16777619);
  h = Math.imul(h ^ a, 16777619);
  h = Math.imul(h ^ b, 16777619);
  return Math.imul(h ^ c, 16777619) >>> 0;
}

/** The lead word (`LEADS`) ending at `k`, two characters before one, or undefined. */
function leadAt(line: string, k: number): string | undefined {
  const two = line.slice(Math.max(0, k - 1), k + 1);
  return LEADS.includes(two) ? two : LEADS.includes(line[k]!) ? line[k] : undefined;
}

/**
 * Hashed features of every position of one sentence `line` (masked to `bits`), `SLOTS` per position. `cues` are its
 * activity forms (`cuesOf(line)`). One pass; the lead word is the nearest one before the position in its clause,
 * at most 40 characters back.
 */
export function lineFeatures(line: string, cues: readonly Cue[], bits: number, words: ReadonlySet<string>): Uint32Array {
  const n = line.length;
  const mask = (1 << bits) - 1;
  const units = new Int32Array(n + 6);
  const classes = new Int32Array(n + 2);
  const commas = new Int32Array(n + 1);
  classes[0] = classes[n + 1] = 1;
  for (let i = 0; i < n; i++) {
    const ch = line[i]!;
    units[i + 3] = line.charCodeAt(i);
    classes[i + 1] = charClass(ch);
    commas[i + 1] = commas[i]! + (ch === '，' || ch === ',' ? 1 : 0);
  }
  const unit = (i: number): number => units[i + 3]!;
  const out = new Uint32Array(n * SLOTS);
  const put = (i: number, slot: number, h: number): void => {
    out[i * SLOTS + slot] = h & mask;
  };
  let depth = 0;
  let ahead = 0;
  let behind = -1;
  let lead = -1;
  let leadWord = '';
  for (let i = 0; i < n; i++) {
    const ch = line[i]!;
    const step = quoteStep(ch, depth);
    if (step > 0) depth++;
    while (ahead < cues.length && cues[ahead]!.start < i) ahead++;
    while (behind + 1 < cues.length && cues[behind + 1]!.end <= i) behind++;
    put(i, 0, hash(0, 0));
    for (let k = -3; k <= 3; k++) put(i, 4 + k, hash(4 + k, unit(i + k)));
    for (let k = -3; k <= 2; k++) put(i, 11 + k, hash(11 + k, unit(i + k), unit(i + k + 1)));
    put(i, 14, hash(14, classes[i]!, classes[i + 1]!, classes[i + 2]!));
    put(i, 15, hash(15, Math.min(depth, 1)));
    const a = cues[ahead];
    if (a) {
      const d = bucket(a.start - i);
      const c = Math.min(commas[a.start]! - commas[i]!, 2);
      const act = ACTIVITIES.indexOf(a.activity);
      put(i, 16, hash(16, act));
      put(i, 17, hash(17, d));
      put(i, 18, hash(18, act, d));
      put(i, 19, hash(19, c));
      put(i, 20, hash(20, unit(a.start - 1), unit(a.start - 2)));
      put(i, 21, hash(21, c, d));
    } else for (let slot = 16; slot <= 21; slot++) put(i, slot, hash(slot, NONE));
    const b = cues[behind];
    if (b) {
      put(i, 22, hash(22, ACTIVITIES.indexOf(b.activity)));
      put(i, 23, hash(23, bucket(i - b.end)));
      put(i, 24, hash(24, Math.min(commas[i]! - commas[b.end]!, 2)));
    } else for (let slot = 22; slot <= 24; slot++) put(i, slot, hash(slot, NONE));
    put(i, 26, hash(26, words.has(line.slice(Math.max(0, i - 1), i + 1)) ? 1 : 0));
    put(i, 27, hash(27, words.has(line.slice(i, i + 2)) ? 1 : 0));
    put(i, 25, lead >= 0 && i - lead <= 40 ? hash(25, leadWord.charCodeAt(0), leadWord.charCodeAt(1) || 0, bucket(i - lead)) : hash(25, NONE));
    if (step < 0) depth = Math.max(0, depth - 1);
    // The lead word for the positions after this one.
    if (ch === '，' || SENTENCE_END.test(ch)) lead = -1;
    else {
      const word = leadAt(line, i);
      if (word) [lead, leadWord] = [i, word];
    }
  }
  return out;
}

/**
 * Per position and tag, the sum of the features' weights (`weights[feature * 3 + tag]`) times `scale`: the float
 * weights while training (scale 1), the 8-bit ones of a trained model.
 */
export function emissions(features: Uint32Array, n: number, weights: ArrayLike<number>, scale = 1): Float64Array {
  const e = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    let o = 0;
    let b = 0;
    let inside = 0;
    for (let s = i * SLOTS; s < (i + 1) * SLOTS; s++) {
      const x = features[s]! * 3;
      o += weights[x]!;
      b += weights[x + 1]!;
      inside += weights[x + 2]!;
    }
    e[i * 3] = o * scale;
    e[i * 3 + 1] = b * scale;
    e[i * 3 + 2] = inside * scale;
  }
  return e;
}

/** The best tag sequence (Viterbi) under emissions `e` and `transitions`; I never follows O nor starts a line. */
export function viterbi(e: Float64Array, n: number, transitions: ArrayLike<number>): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * 3);
  const back = new Uint8Array(n * 3);
  for (let t = 0; t < 3; t++) score[t] = t === I ? -Infinity : e[t]! + transitions[9 + t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < 3; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < 3; p++) {
        if (t === I && p === O) continue;
        const v = score[(i - 1) * 3 + p]! + transitions[p * 3 + t]!;
        if (v > best) [best, arg] = [v, p];
      }
      score[i * 3 + t] = best + e[i * 3 + t]!;
      back[i * 3 + t] = arg;
    }
  }
  let t = 0;
  for (let k = 1; k < 3; k++) if (score[(n - 1) * 3 + k]! > score[(n - 1) * 3 + t]!) t = k;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = t;
    t = back[i * 3 + t]!;
  }
  return tags;
}

/** The tags `model` gives `sentence` (features from `lineFeatures`). */
export function tagLine(model: TaggerModel, sentence: string, cues: readonly Cue[]): Uint8Array {
  const n = sentence.length;
  const e = emissions(lineFeatures(sentence, cues, model.bits, model.words), n, model.weights, model.scale);
  for (let i = 0; i < n; i++) e[i * 3] = e[i * 3]! + model.outsideBias;
  return viterbi(e, n, model.transitions);
}

/** The spans (line offsets) a tag sequence marks: each B with the I's after it. */
export function tagSpans(tags: Uint8Array): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : O;
    if (start >= 0 && t !== I) {
      spans.push({ start, end: i });
      start = -1;
    }
    if (t === B) start = i;
  }
  return spans;
}

/**
 * The activity form a span of a sentence is put to: the first one after it, else the last one before it; `after`
 * tells which. Undefined when every form overlaps the span.
 */
function governingCue(cues: readonly Cue[], start: number, end: number): { cue: Cue; after: boolean } | undefined {
  const after = cues.find((c) => c.start >= end);
  if (after) return { cue: after, after: true };
  const before = cues.filter((c) => c.end <= start).at(-1);
  return before && { cue: before, after: false };
}

/** The 在 of `在A、B中开展调研` and what the tagger took in before it (`自觉在服务发展`): not part of the topic. */
const AT_FRAME = /^\p{Script=Han}{0,2}在/u;

/**
 * The topics `model` finds in `text` (the folded text: offsets are the document's) that no rule found: each span
 * trimmed like the rules' (`trimTopic`) and of the 在 that opens a frame (`AT_FRAME`), at least three characters, not
 * generic (`isGenericTopic`), cutting no common word at either end (`TaggerModel.words`), overlapping no span of `ruled`
 * nor put to an activity a rule already gave a topic in another clause (`claimed`), its quotes and brackets paired (a quote left out right
 * beside the span is taken in: `十二五”规划` → `“十二五”规划`; otherwise the span is dropped). Only the sentences
 * `cuedSentences` gives are tagged.
 */
export function taggedTopics(text: string, model: TaggerModel, ruled: readonly TopicSpan[]): RawTopic[] {
  const topics: RawTopic[] = [];
  // The rules' spans by start, so that each sentence looks only at those that reach into it (a long text holds
  // thousands: checking each against every span the tagger proposes cost minutes on 10 MB).
  const byStart = [...ruled].sort((a, b) => a.start - b.start);
  const longest = byStart.reduce((n, r) => Math.max(n, r.end - r.start), 0);
  for (const { start, end, sentence, cues } of cuedSentences(text)) {
    const near = byStart.slice(firstStartingAt(byStart, start - longest), firstStartingAt(byStart, end)).filter((r) => r.end > start);
    for (const span of tagSpans(tagLine(model, sentence, cues))) {
      const from = start + span.start + (AT_FRAME.exec(sentence.slice(span.start, span.end))?.[0].length ?? 0);
      const t = paired(text, trimTopic(text, from, start + span.end));
      const piece = text.slice(t.start, t.end);
      if (piece.length < 3 || isGenericTopic(piece) || !balanced(text, t) || cutsWord(text, t, model.words)) continue;
      if (near.some((r) => r.start < t.end && t.start < r.end)) continue;
      if (claimed(text, start, cues, t, near) || refused(text, start, t)) continue;
      // A span over every form of its sentence is put to the first.
      const activity = (governingCue(cues, t.start - start, t.end - start)?.cue ?? cues[0]!).activity;
      topics.push({ ...t, activity });
    }
  }
  return topics;
}

/** The quote depth at the end of `[start, end)` and the lowest it fell to, starting from 0 (`quoteStep`). */
function quoteBalance(text: string, start: number, end: number): { depth: number; lowest: number } {
  let depth = 0;
  let lowest = 0;
  for (let i = start; i < end; i++) {
    depth += quoteStep(text[i]!, depth);
    lowest = Math.min(lowest, depth);
  }
  return { depth, lowest };
}

/** Whether every quote or bracket the span opens it also closes, and the other way round (`…工作方案》` is cut). */
function balanced(text: string, span: TopicSpan): boolean {
  const { depth, lowest } = quoteBalance(text, span.start, span.end);
  return lowest === 0 && depth === 0;
}

/** `span` widened by one character at either end when that takes in the partner of a quote or bracket it cuts. */
function paired(text: string, span: TopicSpan): TopicSpan {
  let { start, end } = span;
  const { depth, lowest } = quoteBalance(text, start, end);
  if (lowest < 0 && start > 0 && quoteStep(text[start - 1]!, 0) > 0) start--;
  if (depth - lowest > 0 && end < text.length && quoteStep(text[end]!, 1) < 0) end++;
  return { start, end };
}

/** Whether `span` starts or ends inside one of `words` (two characters across its start or its end). */
function cutsWord(text: string, span: TopicSpan, words: ReadonlySet<string>): boolean {
  return (span.start > 0 && words.has(text.slice(span.start - 1, span.start + 1))) || (span.end < text.length && words.has(text.slice(span.end - 1, span.end + 1)));
}

const CLAUSE_BREAK = /[，,；;：:]/u;

/**
 * Whether the activity form that governs `span` (`governingCue`) already has a rule's topic, in another clause, between the two: `被列入“国家全域旅游示范区”名录，县政协召开全域
 * 旅游专题协商会` puts 全域旅游 to the 协商会, not the quoted name. A rule's topic in the same list (`A、B等`) claims
 * nothing.
 */
function claimed(text: string, sentenceStart: number, cues: readonly Cue[], span: TopicSpan, ruled: readonly TopicSpan[]): boolean {
  const governing = governingCue(cues, span.start - sentenceStart, span.end - sentenceStart);
  if (!governing) return false;
  const { cue, after } = governing;
  return after
    ? ruled.some((r) => r.start >= span.end && r.end <= sentenceStart + cue.start && CLAUSE_BREAK.test(text.slice(span.end, r.start)))
    : ruled.some((r) => r.start >= sentenceStart + cue.end && r.end <= span.start && CLAUSE_BREAK.test(text.slice(r.end, span.start)));
}

/** A party committee's or a government's own visit right before the span (`县委调研乡村振兴工作`): no 政协 activity. */
const NOT_OURS_BEFORE = /(?:[省市县区州旗]委|党委|[省市县区州旗](?:人民)?政府|人大)(?:书记|副书记|常委|主要领导|领导)?(?:\p{Script=Han}{2,3})?(?:调研|视察|考察)了?$/u;
/** 考察了 narrating the sites of a visit, in the clause before the span (`实地考察了林下养殖和中药材种植基地建设情况`). */
const SITES_VISITED_BEFORE = /考察了[^，,。；;：:！!？?\n]*$/u;
/** A span that names a place (…市, …城市, 基层), right before the visit's verb: where a visit went (`到基层及周边城市调研`). */
const PLACE_VISITED = /(?:省|市|州|县|区|旗|镇|乡|村|城市|基层|一线|社区|企业)$/u;
const VISIT_AFTER = /^(?:调研|视察|考察|走访)/u;
/** The strong lead words (frames.ts) still open in the clause before a span, for `refused`. */
const LEAD_BEFORE = /(?:围绕|聚焦|紧扣|紧盯|针对)[^，,。；;：:！!？?\n]*$/u;

/**
 * A span in a list the rules refuse whatever it holds: one a session's proposals are said to be about (`这些提案紧紧围绕
 * A、B`), or one its own words name as the orientation of all work or the sites of a visit (`…等中心工作`, `…等点位`);
 * and a span the rules read as no 政协 topic: a party committee's or a government's own visit (`县委调研A`), a site that
 * 考察了 narrates (`考察了…种植基地建设情况`), a place a visit went to (`到基层及周边城市调研`).
 */
function refused(text: string, sentenceStart: number, span: TopicSpan): boolean {
  const before = text.slice(sentenceStart, span.start);
  const piece = text.slice(span.start, span.end);
  const lead = LEAD_BEFORE.exec(before);
  if (lead && proposalsLead(text, sentenceStart + lead.index)) return true;
  if (NOT_OURS_BEFORE.test(before)) return true;
  if (SITES_VISITED_BEFORE.test(before) && SITE_NAMED.test(piece)) return true;
  if (PLACE_VISITED.test(piece) && VISIT_AFTER.test(text.slice(span.end, span.end + 2))) return true;
  let i = span.end;
  while (i < text.length && text[i] !== '等' && !CLAUSE_END.test(text[i]!)) i++;
  return text[i] === '等' && namedAsNoTopics(text, i);
}

/** The index of the first span of `spans` (sorted by start) that starts at or after `at`. */
function firstStartingAt(spans: readonly TopicSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
