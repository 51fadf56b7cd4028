/**
 * The shipped topic tagger's weights (src/lexicon/topic-tagger.json): reading them, checked, once per process,
 * and writing them. The file is JSON: the options it was trained with, what it was trained on, and the 8-bit
 * weights deflated and in base64. It is listed in summary.json's lexicon hashes, like the other lexicon files.
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { lexiconPath } from '../../lexicon/index.js';
import type { TaggerModel } from './tagger.js';

export const TAGGER_FILE = 'topic-tagger.json';

const TaggerFileSchema = z.object({
  format: z.literal('workreport-topic-tagger'),
  version: z.literal(1),
  trainedOn: z.array(z.object({ gold: z.string(), texts: z.number().int(), topics: z.number().int() })).describe('the annotated sets'),
  epochs: z.number().int().positive(),
  seed: z.number().int(),
  bits: z.number().int().min(8).max(24),
  scale: z.number().positive(),
  outsideBias: z.number(),
  transitions: z.array(z.number()).length(12),
  weights: z.string().describe('the 8-bit weights, deflated, in base64'),
  words: z
    .string()
    .regex(/^(?:\p{Script=Han}{2})*$/u, 'two-character Han words, written one after another')
    .describe('common two-character words (TaggerModel.words), one after another'),
});
export type TaggerFile = z.infer<typeof TaggerFileSchema>;

/** A model read from its file's JSON; a bad file gets a message naming it and the field. */
export function parseTaggerFile(json: unknown, path: string): TaggerModel {
  const parsed = TaggerFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const f = parsed.data;
  const bytes = inflateRawSync(Buffer.from(f.weights, 'base64'));
  if (bytes.length !== (1 << f.bits) * 3) throw new Error(`${path}: weights: expected ${(1 << f.bits) * 3} weights for ${f.bits} bits, found ${bytes.length}`);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const words = new Set(f.words.match(/.{2}/gu) ?? []);
  return { bits: f.bits, weights, scale: f.scale, transitions: Float32Array.from(f.transitions), outsideBias: f.outsideBias, words };
}

/** The file's JSON text for `model` (deterministic: the same model gives the same bytes). */
export function taggerFileText(model: TaggerModel, about: Pick<TaggerFile, 'trainedOn' | 'epochs' | 'seed'>): string {
  const file: TaggerFile = {
    format: 'workreport-topic-tagger',
    version: 1,
    ...about,
    bits: model.bits,
    scale: model.scale,
    outsideBias: model.outsideBias,
    transitions: [...model.transitions],
    weights: deflateRawSync(Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.length), { level: 9 }).toString('base64'),
    words: [...model.words].join(''),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

let shipped: TaggerModel | undefined;

/** The tagger shipped in src/lexicon, read once per process. */
export function shippedTagger(): TaggerModel {
  const path = lexiconPath(TAGGER_FILE);
  shipped ??= parseTaggerFile(JSON.parse(readFileSync(path, 'utf8')), path);
  return shipped;
}
