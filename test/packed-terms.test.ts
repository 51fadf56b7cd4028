import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { packedColumns, packTermCounts, type PackedTermCounts } from '../src/packed-terms.js';
import type { TermCounts, TermIdCounts } from '../src/pipeline/per-document/count.js';
import { CountSpill } from '../src/spilled-counts.js';
import { hashOfCodes } from '../src/string-table.js';

const counts = (terms: string[], n: number[]): TermCounts => ({ terms, counts: Uint32Array.from(n) });

/** `packed` moved through a message channel, as from a worker to the main thread (its buffer transferred). */
function moved(packed: PackedTermCounts): PackedTermCounts {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(packed, [packed.buffer]);
  const received = receiveMessageOnPort(port2)!.message as PackedTermCounts;
  port1.close();
  return received;
}

describe('packTermCounts', () => {
  it('lays out ends, hashes and counts, then the code units, and leaves the counts it was given as they were', () => {
    const given = counts(['协商', 'GDP', '𠀀𠮷'], [7, 3, 4294967295]);
    const packed = packTermCounts(given);
    expect(packed.size).toBe(3);
    expect(packed.buffer.byteLength).toBe(12 * 3 + 2 * (2 + 3 + 4));
    const { ends, hashes, counts: n, codes } = packedColumns(packed);
    expect([...ends]).toEqual([2, 5, 9]);
    expect([...n]).toEqual([7, 3, 4294967295]);
    expect(String.fromCharCode(...codes)).toBe('协商GDP𠀀𠮷');
    expect([...hashes]).toEqual([hashOfCodes(codes, 0, 2), hashOfCodes(codes, 2, 5), hashOfCodes(codes, 5, 9)]);
    expect(given).toEqual(counts(['协商', 'GDP', '𠀀𠮷'], [7, 3, 4294967295]));
  });

  it('packs an empty document into an empty buffer', () => {
    const packed = packTermCounts(counts([], []));
    expect([packed.size, packed.buffer.byteLength]).toEqual([0, 0]);
    const { ends, codes } = packedColumns(moved(packed));
    expect([ends.length, codes.length]).toEqual([0, 0]);
  });

  it('comes back through a thread\'s message and the spill as the same terms and counts', () => {
    const long = '甲乙'.repeat(3000) + '𪚥';
    const docs = [
      // astral characters (surrogate pairs), a lone surrogate, a space inside, a term longer than a read chunk
      counts(['𠀀𠮷', '\ud800孤', '新 常态', long, '提案'], [5, 4, 3, 2, 1]),
      counts([], []),
      // 提案 seen again, 委员 seen first in this later document
      counts(['委员', '提案', '𠀀𠮷'], [9, 8, 4294967295]),
    ];
    const spill = new CountSpill();
    try {
      const back = docs.map((d) => spill.add(moved(packTermCounts(d))));
      expect(back.map((d) => d.terms)).toEqual(docs.map((d) => d.terms));
      expect(back.map((d) => [...d.counts])).toEqual(docs.map((d) => [...d.counts]));
      expect(spill.strings()).toEqual(['𠀀𠮷', '\ud800孤', '新 常态', long, '提案', '委员']);
      expect([...(back[2] as TermIdCounts).ids]).toEqual([5, 4, 0]);
    } finally {
      spill.close();
    }
  });
});
