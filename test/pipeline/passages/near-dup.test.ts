import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS, NEAR_DUP_JACCARD } from '../../../src/pipeline/passages/minhash.js';
import { nearDuplicateClusters, type NearDupInput } from '../../../src/pipeline/passages/near-dup.js';

import { CORPUS } from '../../helpers.js';
import { bandValues, unitKey } from './string-forms.js';

/** Clause keys of the seed reports and variants one edit away (so that clusters form), deduplicated. */
function corpusKeys(): string[] {
  const keys = ['000_178bb20f8e3f1132', '001_f639e6b0dd93e5af', '002_ff152d5763ca33a0', '003_b45dcb9941570f9a', '004_bbe205343de10782']
    .flatMap((name) => readFileSync(join(CORPUS, `${name}.txt`), 'utf8').split(/[。！？；，：\n]/))
    .map(unitKey).filter((k) => k.length >= 10);
  const variants = keys.flatMap((k) => [`${k.slice(0, 5)}了${k.slice(5)}`, k.slice(0, 4) + k.slice(6), k.slice(1), `${k}的`]);
  return [...new Set([...keys, ...variants])];
}

/** The clustering as first written: buckets by a Map per band, Set-based Jaccard, three state arrays. */
function reference(input: NearDupInput): Int32Array {
  const keyOf: string[] = [];
  input.eachKey((k, codes, from, to) => (keyOf[k] = String.fromCharCode(...codes.subarray(from, to))));
  const grams = Array.from({ length: input.count }, (_, k) => {
    const key = keyOf[k]!;
    return new Set(Array.from({ length: Math.max(1, key.length - 1) }, (_, i) => key.slice(i, i + 2)));
  });
  const jaccard = (a: number, b: number) => {
    let common = 0;
    for (const g of grams[a]!) if (grams[b]!.has(g)) common++;
    return common / (grams[a]!.size + grams[b]!.size - common);
  };
  const buckets = Array.from({ length: BANDS }, (_, b) => {
    const byValue = new Map<number, number[]>();
    for (let k = 0; k < input.count; k++) {
      const v = input.bandTable[b * input.count + k]!;
      byValue.set(v, [...(byValue.get(v) ?? []), k]);
    }
    return byValue;
  });
  const clusterOf = new Int32Array(input.count).fill(-1);
  const verifiedBy = new Int32Array(input.count).fill(-1);
  const passed = new Uint8Array(input.count);
  for (const centre of input.order) {
    if (clusterOf[centre] !== -1) continue;
    clusterOf[centre] = centre;
    for (let b = 0; b < BANDS; b++) {
      let scanned = 0;
      for (const other of buckets[b]!.get(input.bandTable[b * input.count + centre]!)!) {
        if (scanned >= 512) break;
        if (clusterOf[other] !== -1) continue;
        scanned++;
        if (verifiedBy[other] !== centre) {
          verifiedBy[other] = centre;
          passed[other] = jaccard(centre, other) >= NEAR_DUP_JACCARD ? 1 : 0;
        }
        if (passed[other]) clusterOf[other] = centre;
      }
    }
  }
  return clusterOf;
}

function inputOf(keys: string[], band: (key: string, b: number) => number): NearDupInput {
  const bandTable = new Uint32Array(keys.length * BANDS);
  keys.forEach((key, k) => {
    for (let b = 0; b < BANDS; b++) bandTable[b * keys.length + k] = band(key, b);
  });
  // a priority order that is neither the ids' nor their reverse
  const order = Int32Array.from({ length: keys.length }, (_, i) => (i * 7919) % keys.length);
  expect(new Set(order).size).toBe(keys.length);
  const codes = keys.map((key) => Uint16Array.from({ length: key.length }, (_, i) => key.charCodeAt(i)));
  const eachKey: NearDupInput['eachKey'] = (visit) => keys.forEach((key, k) => visit(k, codes[k]!, 0, key.length));
  return { count: keys.length, bandTable, eachKey, order };
}

describe('nearDuplicateClusters', () => {
  const keys = corpusKeys();

  it('clusters seed-report clauses and their variants as the plain algorithm does', () => {
    expect(keys.length).toBeGreaterThan(3000);
    const input = inputOf(keys, (key, b) => bandValues(key)[b]!);
    const clusters = nearDuplicateClusters(input);
    expect(Array.from(clusters)).toEqual(Array.from(reference(input)));
    expect(clusters.filter((c, k) => c !== k).length).toBeGreaterThan(1500);
  });

  it('also with a handful of band values: buckets of hundreds of keys, the 512-key scan limit, values with equal low bits', () => {
    // values 0, 2^16, 2·2^16 …: every key falls into one low-16-bit group, in a few hundred-key runs
    const input = inputOf(keys, (key, b) => (bandValues(key)[b]! % 4) * 65536 + (b === 0 ? 0 : 1));
    const clusters = nearDuplicateClusters(input);
    expect(Array.from(clusters)).toEqual(Array.from(reference(input)));
    expect(clusters.filter((c, k) => c !== k).length).toBeGreaterThan(1000);
  });
});
