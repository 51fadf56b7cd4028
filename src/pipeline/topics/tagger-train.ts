/**
 * Training the topic tagger (topics/tagger.ts) from annotated texts: the lines to learn from, and an averaged
 * structured perceptron over them. Pure and deterministic: the same lines, options and seed give the same model,
 * byte for byte. Used by scripts/train-topic-tagger.mjs; not on any command's path.
 */
import { B, I, SLOTS, cuedSentences, emissions, lineFeatures, viterbi, type Cue, type TaggerModel } from './tagger.js';

/** One sentence to learn from: its folded text, its activity forms and the tag of each position. */
export interface TrainingLine {
  line: string;
  cues: Cue[];
  tags: Uint8Array;
}

/**
 * What one annotated text gives to learn from: the sentences the tagger reads (`cuedSentences` of `folded`), with
 * each annotated topic found on its line of `raw` (the text as written; `folded` is its Simplified copy, same
 * offsets). `missing` counts topics not found verbatim on their line.
 */
export function trainingLines(
  raw: string,
  folded: string,
  topics: readonly { line: number; topic: string }[],
): { lines: TrainingLine[]; missing: number } {
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') lineStarts.push(i + 1);
  const spans: { start: number; end: number }[] = [];
  let missing = 0;
  for (const t of topics) {
    const s = lineStarts[t.line - 1];
    const e = t.line < lineStarts.length ? lineStarts[t.line]! - 1 : raw.length;
    let at = s === undefined ? -1 : raw.indexOf(t.topic, s);
    while (at >= 0 && at + t.topic.length <= e && spans.some((x) => x.start === at)) at = raw.indexOf(t.topic, at + 1);
    if (at < 0 || at + t.topic.length > e) {
      missing++;
      continue;
    }
    spans.push({ start: at, end: at + t.topic.length });
  }
  const lines: TrainingLine[] = [];
  for (const { start, end, sentence, cues } of cuedSentences(folded)) {
    const tags = new Uint8Array(end - start);
    for (const x of spans) {
      if (x.start < start || x.end > end) continue;
      tags[x.start - start] = B;
      for (let k = x.start - start + 1; k < x.end - start; k++) tags[k] = I;
    }
    lines.push({ line: sentence, cues, tags });
  }
  return { lines, missing };
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  outsideBias: number;
  /** Common two-character words, kept with the model (`TaggerModel.words`). */
  words: readonly string[];
}

/**
 * The `top` most frequent two-Han-character words of a jieba dictionary (`word frequency tag` lines), most frequent
 * first, ties in code-unit order.
 */
export function commonWords(dictionary: string, top: number): string[] {
  const words: [number, string][] = [];
  for (const line of dictionary.split('\n')) {
    const [word, freq] = line.split(' ');
    if (word !== undefined && /^\p{Script=Han}{2}$/u.test(word) && freq !== undefined) words.push([Number(freq), word]);
  }
  words.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [...new Set(words.map(([, w]) => w))].slice(0, top);
}

/** A deterministic linear congruential generator in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Train on `lines` (shuffled with `seed` each epoch), average the weights and quantise them to 8 bits. */
export function trainTagger(lines: readonly TrainingLine[], options: TrainOptions): TaggerModel {
  const size = (1 << options.bits) * 3;
  const w = new Float32Array(size);
  const total = new Float64Array(size);
  const since = new Int32Array(size);
  const tr = new Float64Array(12);
  const trTotal = new Float64Array(12);
  const trSince = new Int32Array(12);
  let step = 1;
  const bump = (weights: Float32Array | Float64Array, sums: Float64Array, at: Int32Array, i: number, by: number): void => {
    sums[i] = sums[i]! + (step - at[i]!) * weights[i]!;
    at[i] = step;
    weights[i] = weights[i]! + by;
  };
  const wordSet = new Set(options.words);
  const features = lines.map((l) => lineFeatures(l.line, l.cues, options.bits, wordSet));
  const next = random(options.seed);
  const order = lines.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { line, tags: gold } = lines[k]!;
      const n = line.length;
      const f = features[k]!;
      const guess = viterbi(emissions(f, n, w), n, tr);
      if (guess.some((t, i) => t !== gold[i])) {
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const p = guess[i]!;
          if (g !== p) {
            for (let s = 0; s < SLOTS; s++) {
              const x = f[i * SLOTS + s]! * 3;
              bump(w, total, since, x + g, 1);
              bump(w, total, since, x + p, -1);
            }
          }
          const gPrev = i === 0 ? 9 : gold[i - 1]! * 3;
          const pPrev = i === 0 ? 9 : guess[i - 1]! * 3;
          if (g !== p || gPrev !== pPrev) {
            bump(tr, trTotal, trSince, gPrev + g, 1);
            bump(tr, trTotal, trSince, pPrev + p, -1);
          }
        }
      }
      step++;
    }
  }
  let largest = 0;
  const averaged = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    averaged[i] = (total[i]! + (step - since[i]!) * w[i]!) / step;
    largest = Math.max(largest, Math.abs(averaged[i]!));
  }
  const scale = largest === 0 ? 1 : largest / 127;
  const weights = new Int8Array(size);
  for (let i = 0; i < size; i++) weights[i] = Math.round(averaged[i]! / scale);
  const transitions = new Float32Array(12);
  for (let i = 0; i < 12; i++) transitions[i] = (trTotal[i]! + (step - trSince[i]!) * tr[i]!) / step;
  return { bits: options.bits, weights, scale, transitions, outsideBias: options.outsideBias, words: wordSet };
}

