/**
 * Topic families: the wordings of one subject grouped, so that 优化营商环境, 营商环境优化, 持续优化营商环境 and
 * 优化法治化营商环境 are counted as one topic across reports. Pure.
 *
 * Method (documented in docs/method/topic-families.md, with the measured precision):
 * 1. a wording is a distinct (topic, theme) pair; its key is in Simplified characters and drops punctuation, spaces and the intensifiers a report
 *    puts before any subject (持续, 进一步, 深入, 全面, 加快, 大力 …), which say how hard, not what;
 * 2. wordings are visited most frequent first (topic rows, then documents, then code-unit order); each joins the
 *    family whose label is most similar to it — the Dice coefficient of the keys' character bigrams at or above
 *    `FAMILY_SIMILARITY`, same theme — or starts a family of its own (natural's `DiceCoefficient` gives the same
 *    values 5–7× slower, rebuilding both bigram sets at every call: see docs/method/topic-families.md);
 * 3. comparing with the label only (not with every member) keeps a family from drifting along a chain of
 *    wordings each like the next; the label is the family's most frequent wording;
 * 4. a family's id is `t` + 10 hex digits of the sha256 of its theme and label: the same family gets the same id
 *    in every run whose most frequent wording is the same.
 */
import { createHash } from 'node:crypto';
import { compareStrings } from '../../compare.js';
import { foldToSimplified } from './fold.js';

/**
 * Bigram Dice at or above which a wording joins a family. Of the 39 pairs of extracted topics with Dice ≥ 0.5
 * (cppcc, provinces, cities; test/fixtures/topic-families/pairs-extracted.csv, each judged by hand), 10 reach
 * 0.7 and 9 of those are one subject (precision 0.90); at 0.6 precision falls to 0.79, at 0.8 only 2 of the 23
 * same-subject pairs are joined. The earlier sample of 100 mostly harvested phrases (pairs.csv) gave 0.92 at 0.7.
 */
export const FAMILY_SIMILARITY = 0.7;

/** A topic as families need it: the wording, its theme and the document's docvars. */
export interface FamilyInput {
  topic: string;
  theme: string;
  doc: string;
  region: string;
  year: number | null;
}

export interface TopicFamily {
  id: string;
  label: string;
  theme: string;
  /** Most frequent first. */
  wordings: string[];
  topics: number;
  docs: Set<string>;
  regions: Set<string>;
  years: number[];
}

/** Intensifiers and aspect words that open a topic without naming its subject (持续优化营商环境 → 优化营商环境). */
const LEADING_MODIFIERS = /^(?:持续|进一步|深入|全面|加快|加速|大力|着力|切实|不断|积极|扎实|推动|推进)+/u;
const NOT_WORDING = /[\s\p{P}\p{S}]/gu;

/**
 * A wording's comparison key: in Simplified characters (優化營商環境 is 优化营商环境), without punctuation, spaces or
 * leading intensifiers (a key never goes empty).
 */
export function wordingKey(topic: string): string {
  const bare = foldToSimplified(topic).replace(NOT_WORDING, '');
  const core = bare.replace(LEADING_MODIFIERS, '');
  return core.length >= 2 ? core : bare;
}

/** Group the topics' wordings into families (see the module header); families in order of first sight. */
export function topicFamilies(topics: readonly FamilyInput[], threshold = FAMILY_SIMILARITY): TopicFamily[] {
  const wordings = new Map<string, { topic: string; theme: string; rows: FamilyInput[]; docs: Set<string> }>();
  for (const t of topics) {
    const k = `${t.theme}\t${t.topic}`;
    let w = wordings.get(k);
    if (!w) wordings.set(k, (w = { topic: t.topic, theme: t.theme, rows: [], docs: new Set() }));
    w.rows.push(t);
    w.docs.add(t.doc);
  }
  const ordered = [...wordings.values()].sort(
    (a, b) => b.rows.length - a.rows.length || b.docs.size - a.docs.size || compareStrings(a.topic, b.topic) || compareStrings(a.theme, b.theme),
  );
  const families: TopicFamily[] = [];
  const leaders = leaderIndex();
  for (const w of ordered) {
    const key = wordingKey(w.topic);
    let family = leaders.closest(key, w.theme, threshold);
    if (family === undefined) {
      family = { id: familyId(w.theme, w.topic), label: w.topic, theme: w.theme, wordings: [], topics: 0, docs: new Set(), regions: new Set(), years: [] };
      families.push(family);
      leaders.add(key, w.theme, family);
    }
    family.wordings.push(w.topic);
    family.topics += w.rows.length;
    for (const r of w.rows) {
      family.docs.add(r.doc);
      if (r.region !== '') family.regions.add(r.region);
      if (r.year !== null) family.years.push(r.year);
    }
  }
  return families;
}

/**
 * The families' labels by theme and character bigram. A wording meets only the labels of its theme that share a
 * bigram with it (any other scores 0), and the shared bigrams counted on the way give the Dice coefficient
 * exactly: 2·|A∩B| / (|A| + |B|) over the two sets of bigrams.
 */
function leaderIndex() {
  const byBigram = new Map<string, { order: number; size: number; family: TopicFamily }[]>();
  let count = 0;
  return {
    add(key: string, theme: string, family: TopicFamily): void {
      const grams = bigrams(theme, key);
      const leader = { order: count++, size: grams.size, family };
      for (const b of grams) {
        const list = byBigram.get(b);
        if (list) list.push(leader);
        else byBigram.set(b, [leader]);
      }
    },
    /** The family whose label is most similar to `key` (≥ threshold; on a tie the earlier family). */
    closest(key: string, theme: string, threshold: number): TopicFamily | undefined {
      const grams = bigrams(theme, key);
      const shared = new Map<number, { size: number; family: TopicFamily; both: number }>();
      for (const b of grams) {
        for (const l of byBigram.get(b) ?? []) {
          const s = shared.get(l.order);
          if (s) s.both++;
          else shared.set(l.order, { ...l, both: 1 });
        }
      }
      let best: { order: number; score: number; family: TopicFamily } | undefined;
      for (const [order, s] of shared) {
        const score = (2 * s.both) / (s.size + grams.size);
        if (score >= threshold && (best === undefined || score > best.score || (score === best.score && order < best.order))) best = { order, score, family: s.family };
      }
      return best?.family;
    },
  };
}

/** The key's character bigrams, each tagged with the theme (a one-character key is its own bigram). */
function bigrams(theme: string, key: string): Set<string> {
  const chars = Array.from(key);
  if (chars.length < 2) return new Set([`${theme}\t${key}`]);
  return new Set(chars.slice(1).map((c, i) => `${theme}\t${chars[i]}${c}`));
}

function familyId(theme: string, label: string): string {
  return `t${createHash('sha256').update(`${theme}\t${label}`).digest('hex').slice(0, 10)}`;
}
