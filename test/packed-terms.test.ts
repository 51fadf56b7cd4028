import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { numberAt, packTermCounts, UNITS_PER_TERM, type PackedTermCounts } from '../src/packed-terms.js';
import type { TermCounts, TermIdCounts } from '../src/pipeline/per-document/count.js';
import { CountSpill } from '../src/spilled-counts.js';
import { hashOfRange } from '../src/string-table.js';

const counts = (terms: string[], n: number[]): TermCounts => ({ terms, counts: Uint32Array.from(n) });

/** `packed` moved through a message channel, as from a worker to the main thread. */
function moved(packed: PackedTermCounts): PackedTermCounts {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(packed);
  const received = receiveMessageOnPort(port2)!.message as PackedTermCounts;
  port1.close();
  return received;
}

describe('packTermCounts', () => {
  it('writes each term\'s end, hash and count, then the terms\' code units, and leaves what it was given as it was', () => {
    const given = counts(['协商', 'GDP', '𠀀𠮷'], [7, 3, 4294967295]);
    const { size, text } = packTermCounts(given);
    expect(size).toBe(3);
    const base = UNITS_PER_TERM * 3;
    expect(text.slice(base)).toBe('协商GDP𠀀𠮷');
    const numbers = [0, 1, 2].map((i) => [0, 2, 4].map((k) => numberAt(text, UNITS_PER_TERM * i + k)));
    const joined = text.slice(base);
    expect(numbers).toEqual([
      [2, hashOfRange(joined, 0, 2), 7],
      [5, hashOfRange(joined, 2, 5), 3],
      [9, hashOfRange(joined, 5, 9), 4294967295],
    ]);
    expect(given).toEqual(counts(['协商', 'GDP', '𠀀𠮷'], [7, 3, 4294967295]));
  });

  it('packs an empty document into an empty text', () => {
    expect(moved(packTermCounts(counts([], [])))).toEqual({ size: 0, text: '' });
  });

  it('comes back through a thread\'s message and the spill as the same terms and counts', () => {
    const long = '甲乙'.repeat(3000) + '𪚥';
    const many = Array.from({ length: 5000 }, (_, i) => `词${i}`); // more numbers than one String.fromCharCode call
    const docs = [
      // astral characters (surrogate pairs), a lone surrogate, a space inside, a term longer than a read chunk
      counts(['𠀀𠮷', '\ud800孤', '新 常态', long, '提案'], [5, 4, 3, 2, 1]),
      counts([], []),
      // 提案 seen again, 委员 seen first in this later document
      counts(['委员', '提案', '𠀀𠮷'], [9, 8, 4294967295]),
      counts(many, many.map((_, i) => 65536 + i)),
    ];
    const spill = new CountSpill();
    try {
      const back = docs.map((d) => spill.add(moved(packTermCounts(d))));
      expect(back.map((d) => d.terms)).toEqual(docs.map((d) => d.terms));
      expect(back.map((d) => [...d.counts])).toEqual(docs.map((d) => [...d.counts]));
      expect(spill.strings().slice(0, 6)).toEqual(['𠀀𠮷', '\ud800孤', '新 常态', long, '提案', '委员']);
      expect([...(back[2] as TermIdCounts).ids]).toEqual([5, 4, 0]);
    } finally {
      spill.close();
    }
  });
});
