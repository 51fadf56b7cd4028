import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/create.js';
import { frontMatterDocument, readFrontMatter } from '../../src/document/front-matter.js';
import { toDiagnostic } from '../../src/document/span.js';

const mdOf = (source: string) => createDocument({ path: 'a.md', file: 'a.md', format: 'md', encoding: 'utf-8', source });

describe('readFrontMatter', () => {
  it('gives each value with the source offsets of the value as written, quotes left out, over CRLF lines', () => {
    const src = '---\r\ntitle: "X县报告"\r\nregion:   X县  \r\nempty:\r\n---\r\n正文';
    const { end, values, entries } = readFrontMatter(src);
    expect(values).toEqual({ title: 'X县报告', region: 'X县', empty: '' });
    expect(entries.map((e) => [e.key, src.slice(e.start, e.end)])).toEqual([['title', 'X县报告'], ['region', 'X县'], ['empty', '']]);
    expect(src.slice(end)).toBe('正文');
  });

  it('reads nothing without an opening and a closing ---', () => {
    expect(readFrontMatter('title: X\n---\n')).toEqual({ end: 0, values: {}, entries: [] });
    expect(readFrontMatter('---\ntitle: X\n')).toEqual({ end: 0, values: {}, entries: [] });
  });
});

describe('frontMatterDocument', () => {
  it('puts the values one a line, each mapped back to where it is written', () => {
    const doc = mdOf("---\ntitle: XX县报告\ndate: '20XX年'\n---\n正文");
    const front = frontMatterDocument(doc)!;
    expect(front.text).toBe('XX县报告\n20XX年');
    const at = (text: string) => {
      const start = front.text.indexOf(text);
      const d = toDiagnostic(front, { ruleId: 't', start, end: start + text.length, message: '' }, 'error');
      return `${d.line}:${d.column}-${d.endColumn} ${d.text}`;
    };
    expect([at('XX'), at('20XX')]).toEqual(['2:8-10 XX', '3:8-12 20XX']);
  });

  it('is undefined for a file without values and for a format without front matter', () => {
    expect(frontMatterDocument(mdOf('---\nempty:\n---\n正文'))).toBeUndefined();
    expect(frontMatterDocument(mdOf('正文'))).toBeUndefined();
    expect(frontMatterDocument(createDocument({ path: 'a.txt', file: 'a.txt', format: 'txt', encoding: 'utf-8', source: '---\ntitle: X\n---\n' }))).toBeUndefined();
  });

  it('reads keys written in Chinese as well as in Latin letters', () => {
    expect(readFrontMatter('---\n届次: 七\nsession_2: 8\n2x: no\n---\n正文').values).toEqual({ 届次: '七', session_2: '8' });
  });
});
