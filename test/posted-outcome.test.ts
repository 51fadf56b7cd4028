import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../src/analyze-file.js';
import { CountSpill } from '../src/spilled-counts.js';
import type { DocAnalysis } from '../src/pipeline/per-document/analyze-document.js';
import { documentPassages, passageBuffers } from '../src/pipeline/passages/index.js';
import { utf8Parts } from '../src/pipeline/per-document/rows.js';
import { postedBuffers, postedOutcome, type PostedOutcome } from '../src/posted-outcome.js';
import type { ReportDoc } from '../src/types.js';

const TEXT = '一、坚持和完善中国共产党领导的多党合作和政治协商制度。';

function analysed(): Extract<FileOutcome, { ok: true }> {
  const analysis = {
    row: { doc_id: 'a', year: 2020 }, meta: { region: '北京' },
    terms: { terms: ['协商', '制度'], counts: Uint32Array.from([2, 1]) },
    phrases: { terms: ['政治 协商'], counts: Uint32Array.from([1]) },
    themes: [{ theme: 'consult', hits: 2, matched: [['协商', 2]] }],
    passages: documentPassages({ text: TEXT } as ReportDoc),
  };
  return { ok: true, bytes: 10, analysis: analysis as unknown as DocAnalysis, tables: utf8Parts({ terms: 'a,协商,2\n', sections: 'a,s\n' } as never) };
}

describe('postedOutcome', () => {
  it('packs the term and phrase counts, keeps theme hits as counts, and lists every buffer to move', () => {
    const given = analysed();
    const posted = postedOutcome(given);
    if (!posted.ok) throw new Error('not ok');
    expect(posted.analysis.themes).toEqual([{ theme: 'consult', hits: 2 }]);
    expect([posted.analysis.terms.size, posted.analysis.phrases.size]).toEqual([2, 1]);
    expect(posted.analysis.row).toBe(given.analysis.row);
    const buffers = postedBuffers(posted);
    expect(buffers).toEqual([...passageBuffers(given.analysis.passages), ...Object.values(given.tables).map((p) => p.buffer)]);
    expect(new Set(buffers).size).toBe(buffers.length);
  });

  it('moves through a message with those buffers transferred, none copied', () => {
    const posted = postedOutcome(analysed());
    const buffers = postedBuffers(posted);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(posted, buffers);
    const received = receiveMessageOnPort(port2)!.message as PostedOutcome;
    port1.close();
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true); // detached here: moved, not copied
    if (!received.ok) throw new Error('not ok');
    const spill = new CountSpill();
    try {
      const terms = spill.add(received.analysis.terms);
      expect([terms.terms, [...terms.counts]]).toEqual([['协商', '制度'], [2, 1]]);
      expect(spill.add(received.analysis.phrases).terms).toEqual(['政治 协商']);
    } finally {
      spill.close();
    }
    expect(Buffer.from(received.tables.terms!).toString()).toBe('a,协商,2\n');
  });

  it('passes a failed file on as it is, with nothing to move', () => {
    const failed: PostedOutcome = { ok: false, bytes: 0, error: { file: 'b.txt', stage: 'decode', message: 'binary', severity: 'error', fatal: true } };
    expect(postedOutcome(failed)).toBe(failed);
    expect(postedBuffers(failed)).toEqual([]);
  });
});
