/**
 * The topic tagger: decoding, the sentences it reads, training on made-up lines (deterministic), the filters on what
 * it proposes, and the shipped model's file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../../src/pipeline/topics/fold.js';
import { B, I, O, SLOTS, cuedSentences, lineFeatures, tagSpans, taggedTopics, viterbi, type TaggerModel } from '../../../src/pipeline/topics/tagger.js';
import { parseTaggerFile, shippedTagger, taggerFileText } from '../../../src/pipeline/topics/tagger-model.js';
import { commonWords, trainTagger, trainingLines } from '../../../src/pipeline/topics/tagger-train.js';
import { lexiconPath } from '../../../src/lexicon/index.js';

describe('viterbi and tagSpans', () => {
  it('takes the best sequence under the emissions and never puts I after O or first', () => {
    const none = new Float64Array(12);
    // Position 0 prefers I, which may not start a line: B is the best legal tag there. Position 3 prefers I, which
    // may not follow the O that position 2 wants more: B.
    const e = Float64Array.from([0, 1, 5, /**/ 0, 0, 3, /**/ 5, 0, -1, /**/ 0, 0.5, 4]);
    expect([...viterbi(e, 4, none)]).toEqual([B, I, O, B]);
  });

  it('reads each B and the I after it as one span', () => {
    expect(tagSpans(Uint8Array.from([O, B, I, I, O, B, B, I]))).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 6 },
      { start: 6, end: 8 },
    ]);
    expect(tagSpans(new Uint8Array(0))).toEqual([]);
  });
});

describe('cuedSentences', () => {
  it('gives only the sentences with an activity form, with their offsets and forms', () => {
    const text = '今年经济平稳。县政协围绕乡村振兴开展专题调研；会议通过了决议。\n委员们就养老服务建言献策。';
    const got = cuedSentences(text);
    expect(got.map((s) => [s.start, s.end, s.sentence])).toEqual([
      [7, 23, '县政协围绕乡村振兴开展专题调研；'],
      [32, 45, '委员们就养老服务建言献策。'],
    ]);
    expect(got[0]!.cues.map((c) => [c.start, c.end, c.activity])).toEqual([[11, 15, '专题调研']]);
    // 协商 named as a noun (协商民主) is a stem but no activity form: no sentence.
    expect(cuedSentences('坚持和发展协商民主。')).toEqual([]);
  });
});

describe('lineFeatures', () => {
  it('gives SLOTS features per position, each below 2^bits, the same each time', () => {
    const line = '围绕乡村振兴开展专题调研。';
    const [sentence] = cuedSentences(line);
    const words = new Set(['乡村', '振兴']);
    const f = lineFeatures(line, sentence!.cues, 12, words);
    expect(f).toHaveLength(line.length * SLOTS);
    expect(Math.max(...f)).toBeLessThan(1 << 12);
    expect(lineFeatures(line, sentence!.cues, 12, words)).toEqual(f);
    // The common words are features: without them, the positions inside 乡村 and 振兴 read differently.
    const bare = lineFeatures(line, sentence!.cues, 12, new Set());
    const differ = [...Array(line.length).keys()].filter((i) => f.slice(i * SLOTS, (i + 1) * SLOTS).some((x, s) => x !== bare[i * SLOTS + s]));
    expect(differ).toEqual([2, 3, 4, 5]);
  });
});

const SHAPES = [
  ['县政协围绕乡村振兴开展专题调研。', '乡村振兴'],
  ['市政协围绕文旅融合发展开展专题调研。', '文旅融合发展'],
  ['区政协围绕老旧小区改造开展专题调研。', '老旧小区改造'],
  ['县政协围绕农村饮水安全开展专题调研。', '农村饮水安全'],
  ['市政协围绕营商环境优化开展专题调研。', '营商环境优化'],
  ['区政协围绕学前教育发展开展专题调研。', '学前教育发展'],
] as const;

function trained(words: readonly string[] = []): TaggerModel {
  const lines = SHAPES.flatMap(([text, topic]) => trainingLines(text, foldToSimplified(text), [{ line: 1, topic }]).lines);
  return trainTagger(lines, { bits: 14, epochs: 5, seed: 7, outsideBias: 0, words });
}

describe('trainingLines', () => {
  it('tags each annotated topic on its line and counts those not found', () => {
    const text = '今年经济平稳。\n县政协围绕乡村振兴开展专题调研。';
    const got = trainingLines(text, text, [
      { line: 2, topic: '乡村振兴' },
      { line: 2, topic: '城市更新' },
      { line: 9, topic: '乡村振兴' },
    ]);
    expect(got.missing).toBe(2);
    expect(got.lines).toHaveLength(1);
    expect([...got.lines[0]!.tags].join('')).toBe('0000012220000000');
  });
});

describe('trainTagger and taggedTopics', () => {
  it('learns a shape from made-up lines and finds a new subject in it', () => {
    const text = '县政协围绕城乡供水一体化开展专题调研。';
    expect(taggedTopics(text, trained(), []).map((t) => [text.slice(t.start, t.end), t.activity])).toEqual([['城乡供水一体化', '专题调研']]);
  });

  it('adds nothing where a rule found a topic, nor a piece that cuts a common word', () => {
    const text = '县政协围绕城乡供水一体化开展专题调研。';
    expect(taggedTopics(text, trained(), [{ start: 5, end: 9 }])).toEqual([]);
    // With 化开 taken as a common word, the span (…一体化) and the character after it (开) would cut it.
    expect(taggedTopics(text, trained(['化开']), [])).toEqual([]);
  });

  it('adds nothing to an activity a rule gave a topic in another clause, and keeps a list item beside a rule', () => {
    const pairs = [
      ['乡村振兴', '文旅融合'],
      ['学前教育', '农村饮水'],
      ['营商环境', '城市更新'],
      ['养老服务', '河湖治理'],
      ['招商引资', '人才引进'],
    ];
    const lines = pairs.flatMap(([a, b]) => {
      const clauses = `县政协围绕${a}，围绕${b}开展专题调研。`;
      const list = `县政协围绕${a}、${b}开展专题调研。`;
      return [clauses, list].flatMap((t) => trainingLines(t, t, [{ line: 1, topic: a! }, { line: 1, topic: b! }]).lines);
    });
    const model = trainTagger(lines, { bits: 14, epochs: 5, seed: 7, outsideBias: 0, words: [] });
    const text = '县政协围绕农村电商，围绕社区治理开展专题调研。';
    const found = (source: string, ruled: { start: number; end: number }[]) =>
      taggedTopics(source, model, ruled).map((t) => source.slice(t.start, t.end));
    expect(found(text, [])).toEqual(['农村电商', '社区治理']);
    // 社区治理 found by a rule claims 专题调研 for its clause: the earlier clause's subject is not put to it.
    expect(found(text, [{ start: 12, end: 16 }])).toEqual([]);
    // In a list (`A、B`), a rule's B claims nothing: A stays.
    const list = '县政协围绕农村电商、社区治理开展专题调研。';
    expect(found(list, [{ start: 10, end: 14 }])).toEqual(['农村电商']);
  });

  it('is deterministic: the same lines and seed give the same file, byte for byte', () => {
    const about = { trainedOn: [{ gold: 'made-up', texts: 6, topics: 6 }], epochs: 5, seed: 7 };
    expect(taggerFileText(trained(['一个']), about)).toBe(taggerFileText(trained(['一个']), about));
  });
});

describe('commonWords', () => {
  it('keeps two-Han-character words, most frequent first, ties in code-unit order', () => {
    const dict = ['中国 100 ns', '发展 300 vn', 'AB 900 eng', '一个 300 m', '人民代表 500 n', '工作 50 vn', ''].join('\n');
    expect(commonWords(dict, 3)).toEqual(['一个', '发展', '中国']);
  });
});

describe('the tagger file', () => {
  const about = { trainedOn: [{ gold: 'made-up', texts: 6, topics: 6 }], epochs: 5, seed: 7 };

  it('round-trips a model', () => {
    const model = trained(['一个', '中国']);
    const back = parseTaggerFile(JSON.parse(taggerFileText(model, about)), 'm.json');
    expect(back.bits).toBe(14);
    expect([...back.weights]).toEqual([...model.weights]);
    expect([...back.transitions]).toEqual([...model.transitions]);
    expect([...back.words]).toEqual(['一个', '中国']);
  });

  it('names the file and the field when the file is bad', () => {
    const good = JSON.parse(taggerFileText(trained(), about)) as Record<string, unknown>;
    expect(() => parseTaggerFile({ ...good, bits: 30 }, 'm.json')).toThrow(/^m\.json: bits: /);
    expect(() => parseTaggerFile({ ...good, words: '一个x' }, 'm.json')).toThrow(/^m\.json: words: two-character Han words/);
    expect(() => parseTaggerFile({ ...good, bits: 13 }, 'm.json')).toThrow(/^m\.json: weights: expected 24576 weights for 13 bits, found 49152$/);
  });

  it('ships a model in src/lexicon, trained on the page sets and the gold dev part only', () => {
    const file = JSON.parse(readFileSync(lexiconPath('topic-tagger.json'), 'utf8')) as { trainedOn: { gold: string }[] };
    expect(file.trainedOn.map((s) => s.gold)).toContain('topics-gold.json (dev part)');
    expect(file.trainedOn.some((s) => s.gold === 'topics-gold.json')).toBe(false);
    const model = shippedTagger();
    expect(model.bits).toBe(19);
    expect(model.words.size).toBe(5000);
    expect(model.words.has('建设')).toBe(true);
  });
});
