/**
 * The registry of outputs: each file declared once and completely, its builder a real export, and the writer,
 * the published schemas and the output folder's README all taken from it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertEveryOutput, formatOutputs, streamedHeads } from '../../src/format/outputs.js';
import { outputReadme } from '../../src/format/output-readme.js';
import { INPUT_SCHEMAS, jsonSchemas } from '../../src/schemas/index.js';
import { OUTPUTS, STREAMED_TABLES, TABLES, outputSpec, type OutputContent } from '../../src/schemas/outputs.js';
import { ROOT } from '../helpers.js';

describe('OUTPUTS', () => {
  it('declares each file once, a CSV table with its row, order and object schema', () => {
    expect(new Set(OUTPUTS.map((o) => o.name)).size).toBe(OUTPUTS.length);
    for (const t of TABLES) {
      expect(t.name, t.name).toMatch(/\.csv$/);
      expect(t.schema, t.name).toBeInstanceOf(z.ZodObject);
      expect(t.rowsPer && t.sortedBy, t.name).toBeTruthy();
    }
    expect(STREAMED_TABLES.map((t) => [t.name, t.scope, t.streamed])).toEqual([
      ['terms.csv', 'document', 'terms'], ['placeholders.csv', 'document', 'placeholders'], ['sections.csv', 'document', 'sections'],
      ['themes.csv', 'document', 'themes'], ['topics.csv', 'document', 'topics'], ['quantities.csv', 'document', 'quantities'],
    ]);
    // every table of one document's rows is streamed: the corpus step holds none of them
    expect(TABLES.filter((t) => t.scope === 'document' && !t.streamed)).toEqual([]);
  });

  it.each(OUTPUTS.map((o) => [o.name, o.builder] as const))('%s: its builder %s is a function exported there', async (_, builder) => {
    const [module, fn] = builder.split('#') as [string, string];
    const exports = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, 'src', module)).href)) as Record<string, unknown>;
    expect(typeof exports[fn]).toBe('function');
  });

  it('publishes the schema of every output that has one, and of the three inputs', () => {
    const names = Object.keys(jsonSchemas());
    expect(names).toEqual([...OUTPUTS.filter((o) => o.schema).map((o) => o.name), ...Object.keys(INPUT_SCHEMAS)].sort());
    expect(names).not.toContain('report.html');
    expect(jsonSchemas()['documents.csv']).toMatchObject({ properties: { reused_share: { description: expect.stringMatching(/^share \(0–1, 4 decimals\)/) } } });
  });

  it('gives the output folder\'s README one line per file, with its purpose', () => {
    const readme = outputReadme();
    expect(readme.startsWith('# Output of workreport analyze\n')).toBe(true);
    for (const o of OUTPUTS) expect(readme).toContain(`\n- ${o.name} — ${o.purpose}\n`);
  });

  it('has no entry for a name it does not know', () => {
    expect(outputSpec('trends.csv').builder).toBe('pipeline/corpus/trends.ts#trendRows');
    expect(() => outputSpec('trend.csv')).toThrow('no output named trend.csv in the registry');
  });
});

describe('the writer', () => {
  it('serialises rows, pre-serialised lines and JSON by the registry, and refuses what does not fit', () => {
    const files = formatOutputs(new Map<string, OutputContent>([
      ['corpus_terms.csv', { rows: [{ term: '政协', count: 3, docs: 2 }] }],
      ['shared_passages.csv', { lines: [] }],
      ['topic_trends.json', { value: { years: [], themes: [], families: [] } }],
    ]), { excel: true });
    expect(files.get('corpus_terms.csv')).toBe('\uFEFFterm,count,docs\n政协,3,2\n');
    expect(files.get('shared_passages.csv')).toBe('\uFEFFpassage_id,text,docs,first_year,last_year,regions,example_doc\n');
    expect(files.get('topic_trends.json')).toBe('{\n  "years": [],\n  "themes": [],\n  "families": []\n}\n');
    expect(() => formatOutputs(new Map([['corpus_terms.csv', { rows: [{ term: '', count: 3, docs: 2 }] }]]), {})).toThrow('corpus_terms.csv: row 1, field "term"');
    expect(() => formatOutputs(new Map([['summary.json', { rows: [] }]]), {})).toThrow('summary.json: a json output cannot be written from rows');
    expect(() => formatOutputs(new Map([['extra.csv', { rows: [] }]]), {})).toThrow('no output named extra.csv');
  });

  it('writes the streamed tables\' heads, and checks that every other output was made', () => {
    expect(streamedHeads({})).toEqual([
      ['terms.csv', 'doc_id,term,count,per_10k_chars\n'],
      ['placeholders.csv', 'doc_id,file,line,column,end_column,text,kind,rule_id,context,location\n'],
      ['sections.csv', 'doc_id,file,level,marker,number,title,line,numbered,chars\n'],
      ['themes.csv', 'doc_id,theme,label,hits,per_10k_chars,matched_terms\n'],
      ['topics.csv', 'doc_id,file,line,activity,topic,theme,column,end_line,end_column,region,year,found_by\n'],
      ['quantities.csv', 'doc_id,file,line,column,end_column,subject,subject_text,value,unit,approx,masked,placeholder,region,year,text\n'],
    ]);
    const all = OUTPUTS.filter((o) => !o.streamed).map((o) => o.name);
    expect(() => assertEveryOutput(all)).not.toThrow();
    expect(() => assertEveryOutput(all.filter((n) => n !== 'keyness.csv'))).toThrow('the corpus step made no keyness.csv');
  });
});
