import { describe, expect, it } from 'vitest';
import { postedOutcome, type PostedOutcome } from '../src/posted-outcome.js';
import { memoryOutput } from '../src/analyze.js';
import { keepInCorpusOrder } from '../src/corpus-order.js';
import type { DocAnalysis } from '../src/pipeline/per-document/analyze-document.js';
import { documentPassages, sharedPassagesTables } from '../src/pipeline/passages/index.js';
import { utf8Parts } from '../src/pipeline/per-document/rows.js';
import type { ReportDoc } from '../src/types.js';

const SHARED = '坚持和完善中国共产党领导的多党合作和政治协商制度';

/**
 * A document outcome as a worker posts it, whose rows of the per-document tables name it; its text is `text` (for
 * its passage units).
 */
function ok(id: string, terms: string[], text = '', year = 2020, termRows = `${id},t\n`): PostedOutcome {
  const analysis = {
    row: { doc_id: id, year, region: '', chars: text.length }, terms: { terms, counts: new Uint32Array(terms.length) },
    phrases: { terms: [], counts: new Uint32Array(0) }, passages: documentPassages({ text } as ReportDoc),
    themes: terms.length === 0 ? [] : [{ theme: 'consult', hits: terms.length, matched: terms.map((t) => [t, 1]) }],
  };
  const tables = utf8Parts({ terms: termRows, sections: `${id},s\n`, themes: '', placeholders: `${id},某某\n`, topics: '', quantities: '' });
  return postedOutcome({ ok: true, bytes: 10, analysis: analysis as unknown as DocAnalysis, tables });
}
const failed = (file: string): PostedOutcome => ({ ok: false, bytes: 0, error: { file, stage: 'decode', message: 'binary', severity: 'error', fatal: true } });

describe('keepInCorpusOrder', () => {
  it('writes each document\'s rows after the headers in corpus order, whatever order the outcomes come in', async () => {
    const output = memoryOutput();
    const kept = keepInCorpusOrder(4, output, {} as never);
    kept.add(ok('c', ['协商'], `${SHARED}。`, 2019), 2);
    kept.add(failed('b.txt'), 1);
    kept.add(ok('d', ['监督', '协商']), 3);
    kept.add(ok('a', ['协商'], `一、${SHARED}。`), 0);
    const { analyses, errors, passages } = await kept.all();
    expect(analyses.map((a) => a.row.doc_id)).toEqual(['a', 'c', 'd']);
    expect(analyses.some((a) => 'passages' in a)).toBe(false);
    // the terms as packed by the worker, read back from the spill
    expect(analyses.map((a) => a.terms.terms)).toEqual([['协商'], ['协商'], ['监督', '协商']]);
    // theme hits kept as counts: the matched terms went out with the document's themes.csv rows
    expect(analyses.map((a) => a.themes)).toEqual([[{ theme: 'consult', hits: 1 }], [{ theme: 'consult', hits: 1 }], [{ theme: 'consult', hits: 2 }]]);
    // the passage as first written: in c, of 2019, though a came first
    expect(sharedPassagesTables(passages).topPassages.map((p) => [p.text, p.docs, p.example_doc])).toEqual([[SHARED, 2, 'c']]);
    kept.close();
    expect(errors.map((e) => e.file)).toEqual(['b.txt']);
    const files = output.files();
    expect(files.get('terms.csv')).toBe('doc_id,term,count,per_10k_chars\na,t\nc,t\nd,t\n');
    expect(files.get('sections.csv')!.split('\n').slice(1)).toEqual(['a,s', 'c,s', 'd,s', '']);
    expect(files.get('themes.csv')!.split('\n')).toHaveLength(2); // header only
    expect(files.get('placeholders.csv')!.split('\n').slice(1)).toEqual(['a,某某', 'c,某某', 'd,某某', '']);
  });

  it('gathers the documents\' rows into writes of about a megabyte, in corpus order', async () => {
    const output = memoryOutput();
    const writes: string[] = [];
    const counting = { append: async (name: string, text: string | Uint8Array) => (writes.push(name), output.append(name, text)) };
    const rows = (d: number) => `d${d},${'协'.repeat(13_330)}\n`; // 40,000 bytes of UTF-8 (and the id)
    const kept = keepInCorpusOrder(40, counting, {} as never);
    for (let d = 39; d >= 0; d--) kept.add(ok(`d${d}`, [], '', 2020, rows(d)), d);
    await kept.all();
    kept.close();
    // The header, the first 27 documents (1 MB reached), the other 13 at the end.
    expect(writes.filter((n) => n === 'terms.csv')).toHaveLength(3);
    expect(output.files().get('terms.csv')).toBe(`doc_id,term,count,per_10k_chars\n${Array.from({ length: 40 }, (_, d) => rows(d)).join('')}`);
    expect(output.files().get('sections.csv')!.split('\n')).toHaveLength(42);
  });

  it('refuses to finish while a document is missing', async () => {
    const kept = keepInCorpusOrder(2, memoryOutput(), {} as never);
    kept.add(ok('b', []), 1);
    await expect(kept.all()).rejects.toThrow('analyze: 2 of 2 documents never came back from the workers');
    kept.close();
  });

  it('reports a failed write at the end', async () => {
    const broken = { append: async () => Promise.reject(new Error('ENOSPC: no space left on device')) };
    const kept = keepInCorpusOrder(1, broken, {} as never);
    kept.add(ok('a', []), 0);
    await expect(kept.all()).rejects.toThrow('ENOSPC');
    kept.close();
  });
});
