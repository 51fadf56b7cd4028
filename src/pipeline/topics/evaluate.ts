/**
 * Measuring the topic extractor against a hand-annotated gold (test/fixtures/topics-gold.json): the gold's
 * schema, its deterministic dev / held-out split, the matching rule, and precision / recall per part.
 *
 * Matching rule: a found topic matches a gold topic of the same file and the same line when their normalised
 * phrases (quotes, brackets, spaces and the 关于 / 的 wrappers dropped; full-width and ASCII commas and
 * parentheses made equal) are equal, or one contains the other and the shorter is at least half as long.
 * Each gold topic matches at most one found topic and the other way round (exact matches are paired first).
 * The activity is not part of the match; how often the matched pairs agree on it is reported apart.
 */
import { z } from 'zod';
import { ACTIVITIES } from './activities.js';

const GoldTopicSchema = z.object({
  line: z.number().int().positive().describe('1-based line where the topic phrase starts'),
  activity: z.enum(ACTIVITIES).describe('the activity the topic was put to'),
  topic: z.string().min(1).max(200).describe('the topic as written (a long title may run past 80 characters)'),
});
export const TopicGoldSchema = z.object({
  about: z.string(),
  texts: z.array(z.object({ file: z.string().regex(/^\d{3,}_/u), topics: z.array(GoldTopicSchema) })).min(1),
});
export type TopicGold = z.infer<typeof TopicGoldSchema>;
export type GoldText = TopicGold['texts'][number];

/** The gold parsed and checked; a bad file gets a message naming it and the field. */
export function parseTopicGold(json: unknown, path: string): TopicGold {
  const parsed = TopicGoldSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
}

/** The part a gold text belongs to: `heldout` when its number (the leading digits, three or more) is divisible by 3. */
export function goldPart(file: string): 'dev' | 'heldout' {
  return Number.parseInt(/^\d+/u.exec(file)![0], 10) % 3 === 0 ? 'heldout' : 'dev';
}

/** What the extractor found at one place (line and phrase), as the evaluation needs it. */
export interface FoundTopic {
  line: number;
  activity: string;
  topic: string;
}

/** Counts of one evaluation; precision and recall follow from them. */
export interface TopicScore {
  texts: number;
  gold: number;
  found: number;
  matched: number;
  /** Matched pairs whose activities are equal. */
  sameActivity: number;
}

const MARKS = /[“”‘’"'《》「」『』\s]/gu;
const WRAPPERS = /^关于|的$/gu;

/** A phrase as compared: quote marks, spaces and the 关于 … 的 wrappers dropped, punctuation widths unified. */
export function normalisePhrase(phrase: string): string {
  return phrase.replace(/，/gu, ',').replace(/（/gu, '(').replace(/）/gu, ')').replace(MARKS, '').replace(WRAPPERS, '');
}

function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) && short.length * 2 >= long.length;
}

/** Pairs of (gold index, found index) under the matching rule, exact phrase matches first. */
export function matchTopics(gold: readonly FoundTopic[], found: readonly FoundTopic[]): [number, number][] {
  const g = gold.map((t) => normalisePhrase(t.topic));
  const f = found.map((t) => normalisePhrase(t.topic));
  const usedFound = new Set<number>();
  const pairs: [number, number][] = [];
  for (const exact of [true, false]) {
    for (let i = 0; i < gold.length; i++) {
      if (pairs.some(([gi]) => gi === i)) continue;
      const j = found.findIndex(
        (t, k) => !usedFound.has(k) && t.line === gold[i]!.line && (exact ? f[k] === g[i] : overlaps(f[k]!, g[i]!)),
      );
      if (j < 0) continue;
      usedFound.add(j);
      pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Score the topics found in each gold text (`foundIn(file)`) against the gold. */
export function scoreTopics(texts: readonly GoldText[], foundIn: (file: string) => readonly FoundTopic[]): TopicScore {
  const score: TopicScore = { texts: texts.length, gold: 0, found: 0, matched: 0, sameActivity: 0 };
  for (const text of texts) {
    const found = foundIn(text.file);
    const pairs = matchTopics(text.topics, found);
    score.gold += text.topics.length;
    score.found += found.length;
    score.matched += pairs.length;
    score.sameActivity += pairs.filter(([g, f]) => text.topics[g]!.activity === found[f]!.activity).length;
  }
  return score;
}

/** Precision and recall of a score (1 when there is nothing to divide by). */
export function rates(score: TopicScore): { precision: number; recall: number } {
  return {
    precision: score.found === 0 ? 1 : score.matched / score.found,
    recall: score.gold === 0 ? 1 : score.matched / score.gold,
  };
}

/** Scores of the dev and the held-out part of the gold. */
export function scoreParts(gold: TopicGold, foundIn: (file: string) => readonly FoundTopic[]): Record<'dev' | 'heldout', TopicScore> {
  return {
    dev: scoreTopics(gold.texts.filter((t) => goldPart(t.file) === 'dev'), foundIn),
    heldout: scoreTopics(gold.texts.filter((t) => goldPart(t.file) === 'heldout'), foundIn),
  };
}
