/**
 * extractTopics on the hand-annotated gold (test/fixtures/topics-gold.json) over ../shared/cppcc: the figures the
 * docs/method/topics.md reports, held as exact counts so that a regression fails; and the evaluation's own rules (schema,
 * split, matching) on small made-up cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { extractTopics } from '../../../src/pipeline/topics/extract.js';
import {
  goldPart,
  matchTopics,
  normalisePhrase,
  parseTopicGold,
  rates,
  scoreParts,
} from '../../../src/pipeline/topics/evaluate.js';
import { CPPCC, HAS_CPPCC, ROOT } from '../../helpers.js';

const GOLD_PATH = join(ROOT, 'test', 'fixtures', 'topics-gold.json');
const gold = parseTopicGold(JSON.parse(readFileSync(GOLD_PATH, 'utf8')), GOLD_PATH);

describe('the topic gold', () => {
  it('annotates 66 texts, 44 dev and 22 held-out, 101 topics', () => {
    expect(gold.texts).toHaveLength(66);
    expect(gold.texts.filter((t) => goldPart(t.file) === 'heldout')).toHaveLength(22);
    expect(gold.texts.flatMap((t) => t.topics)).toHaveLength(101);
    // Texts that state no topic measure precision.
    expect(gold.texts.filter((t) => t.topics.length === 0)).toHaveLength(43);
  });

  it('rejects a malformed gold with the file and the field', () => {
    const bad = { about: '', texts: [{ file: '001_a.txt', topics: [{ line: 0, activity: '专题调研', topic: 'x' }] }] };
    expect(() => parseTopicGold(bad, 'gold.json')).toThrow(/^gold\.json: texts\.0\.topics\.0\.line: /);
    const unknown = { about: '', texts: [{ file: '001_a.txt', topics: [{ line: 1, activity: '座谈', topic: 'x' }] }] };
    expect(() => parseTopicGold(unknown, 'gold.json')).toThrow(/texts\.0\.topics\.0\.activity/);
    const unnumbered = { about: '', texts: [{ file: 'a.txt', topics: [] }] };
    expect(() => parseTopicGold(unnumbered, 'gold.json')).toThrow(/texts\.0\.file/);
  });

  it('parts a gold by the leading number of three digits or more', () => {
    expect(['001_a.txt', '003_a.txt', '1001_a.txt', '1002_a.txt', '1005_b.txt'].map(goldPart)).toEqual(['dev', 'heldout', 'dev', 'heldout', 'heldout']);
    expect(goldPart('1104_c.txt')).toBe('heldout');
    expect(parseTopicGold({ about: '', texts: [{ file: '1101_a.txt', topics: [] }] }, 'gold.json').texts).toHaveLength(1);
  });
});

describe('matching found topics to the gold', () => {
  const at = (line: number, topic: string) => ({ line, activity: '专题调研', topic });

  it('normalises quotes, spaces, 关于 … 的 and the width of commas and brackets', () => {
    expect(normalisePhrase('关于“河长制”工作， 落实（试行）的')).toBe('河长制工作,落实(试行)');
  });

  it('pairs the same line, exact phrases first, then one containing the other at half its length or more', () => {
    const goldTopics = [at(3, '乡村振兴'), at(3, '乡村振兴工作'), at(4, '养老服务')];
    const found = [at(3, '乡村振兴工作'), at(3, '乡村振兴'), at(5, '养老服务'), at(4, '养老')];
    expect(matchTopics(goldTopics, found)).toEqual([
      [0, 1],
      [1, 0],
      [2, 3],
    ]);
    // Too short a part of the gold phrase, or another line: no match.
    expect(matchTopics([at(1, '推进城乡公共文化服务体系建设')], [at(1, '文化')])).toEqual([]);
    expect(matchTopics([at(1, '食品安全')], [at(2, '食品安全')])).toEqual([]);
  });

  it('splits by file number: held-out when divisible by 3', () => {
    expect(['003_a.txt', '005_b.txt', '099_c.txt', '100_d.txt'].map(goldPart)).toEqual(['heldout', 'dev', 'heldout', 'dev']);
  });
});

describe.skipIf(!HAS_CPPCC)('extractTopics on the topic gold (../shared/cppcc)', () => {
  const foundIn = (file: string) => {
    const source = readFileSync(join(CPPCC, file), 'utf8');
    const doc = createDocument({ path: join(CPPCC, file), file, format: 'txt', encoding: 'utf-8', source });
    return extractTopics(doc);
  };
  // Scored in beforeAll, not in this body: vitest runs a skipped describe's body too, and without ../shared the
  // texts cannot be read.
  let scores!: ReturnType<typeof scoreParts>;
  beforeAll(() => {
    scores = scoreParts(gold, foundIn);
  });

  it('dev: at least 47 of 48 gold topics found, at most 3 rows that are none (docs/method/topics.md figures)', () => {
    expect(scores.dev).toMatchObject({ texts: 44, gold: 48 });
    expect(scores.dev.matched).toBeGreaterThanOrEqual(47);
    expect(scores.dev.found - scores.dev.matched).toBeLessThanOrEqual(3);
    expect(scores.dev.sameActivity).toBeGreaterThanOrEqual(39);
  });

  it('held-out: at least 48 of 53 gold topics found, at most 3 rows that are none (docs/method/topics.md figures)', () => {
    expect(scores.heldout).toMatchObject({ texts: 22, gold: 53 });
    expect(scores.heldout.matched).toBeGreaterThanOrEqual(48);
    expect(scores.heldout.found - scores.heldout.matched).toBeLessThanOrEqual(3);
    expect(scores.heldout.sameActivity).toBeGreaterThanOrEqual(33);
  });

  it('the rules alone (no tagger) keep their own figures: dev 47 of 48 with 2 none, held-out 45 of 53 with 1', () => {
    const rulesOnly = scoreParts(gold, (file) => {
      const source = readFileSync(join(CPPCC, file), 'utf8');
      return extractTopics(createDocument({ path: join(CPPCC, file), file, format: 'txt', encoding: 'utf-8', source }), undefined, null);
    });
    expect(rulesOnly.dev).toMatchObject({ matched: 47, found: 49 });
    expect(rulesOnly.heldout).toMatchObject({ matched: 45, found: 46 });
  });

  it('the tagger adds topics the rules miss on held-out texts it never saw (087, 099)', () => {
    const added = (file: string) => {
      const source = readFileSync(join(CPPCC, file), 'utf8');
      const doc = createDocument({ path: join(CPPCC, file), file, format: 'txt', encoding: 'utf-8', source });
      const ruled = extractTopics(doc, undefined, null);
      const all = extractTopics(doc);
      // found_by marks exactly the rows the rules alone do not give.
      expect(all.filter((t) => t.foundBy === 'rule')).toEqual(ruled);
      return all.filter((t) => t.foundBy === 'tagger').map((t) => `${t.line}:${t.column} ${t.activity} ${t.topic}`);
    };
    // The tagger retrained on the page sets AB–DF (twenty-third round) finds 加快城市融合发展 as the one trained on A–M did
    // (which found 中心城区建设 too), and another subject of the same sentence.
    expect(added('087_ningbo_2016_consult.txt')).toEqual(['1:231 协商议政 加快城市融合发展', '1:240 协商议政 推进综合交通体系建设']);
    // `深入调研我区“河长制”…`: the rules read 深入 as the verb's manner since the twentieth round, so that row is theirs; the
    // retrained tagger adds another row of the same text.
    expect(added('099_dazu_2018.txt')).toEqual(['4:74 视察 河流水域治理情况']);
  });

  it('meets the targets: precision and recall at least 0.8 on both parts', () => {
    for (const part of [scores.dev, scores.heldout]) {
      const { precision, recall } = rates(part);
      expect(precision).toBeGreaterThanOrEqual(0.8);
      expect(recall).toBeGreaterThanOrEqual(0.8);
    }
  });
});
