import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { readDocument } from '../../../src/io/read.js';
import { kwic } from '../../../src/pipeline/kwic/search.js';
import { CORPUS } from '../../helpers.js';

const docOf = (source: string, format: 'txt' | 'md' = 'txt') =>
  createDocument({ path: 'x', file: `x.${format}`, format, encoding: 'utf-8', source });

describe('kwic', () => {
  it('finds a term in a seed with its context, source line and column, and heading path', async () => {
    const doc = await readDocument(join(CORPUS, '000_178bb20f8e3f1132.txt'), CORPUS);
    const hits = kwic(doc, '全覆盖', 5);
    expect(hits.map(({ line, column, left, match, right, section }) => ({ line, column, left, match, right, section }))).toEqual([
      { line: 4, column: 106, left: '党员委员的', match: '全覆盖', right: '、党的工作', section: '一、筑牢协商根基 › （二）坚持党的领导' },
      { line: 4, column: 120, left: '政协委员的', match: '全覆盖', right: '。坚持每届', section: '一、筑牢协商根基 › （二）坚持党的领导' },
      { line: 11, column: 249, left: '年底前实现', match: '全覆盖', right: '，有效改善', section: '三、推进基层协商 › （一）建设基层协商平台' },
    ]);
    expect(hits[0]).toMatchObject({ doc: '000_178bb20f8e3f1132', file: '000_178bb20f8e3f1132.txt' });
    expect(doc.text.slice(hits[0]!.offset, hits[0]!.offset + 3)).toBe('全覆盖');
  });

  it('searches a regular expression and skips empty matches', () => {
    const doc = docOf('开展协商议政，推动协商建言。');
    expect(kwic(doc, /协商(议政|建言)/gu, 2).map((h) => [h.left, h.match, h.right])).toEqual([
      ['开展', '协商议政', '，推'], ['推动', '协商建言', '。'],
    ]);
    expect(kwic(doc, /x*/u, 2)).toEqual([]);
    expect(kwic(doc, /协商/, 1)).toHaveLength(2); // made global
  });

  it('takes literal matches left to right without overlap, and nothing for an empty term', () => {
    expect(kwic(docOf('XXX年'), 'XX', 3).map((h) => [h.column, h.right])).toEqual([[1, 'X年']]);
    expect(kwic(docOf('政协'), '', 3)).toEqual([]);
  });

  it('counts the window in code points and shows line breaks as spaces', () => {
    const hits = kwic(docOf('𠀀𠀁一\n委员履职\n二三四'), '委员', 3);
    expect(hits[0]).toMatchObject({ left: '𠀁一 ', right: '履职 ', line: 2, column: 1, section: '' });
    expect(kwic(docOf('委员'), '委员', 10)[0]).toMatchObject({ left: '', right: '' });
  });

  it('reports source positions: CRLF lines and Markdown markup removed from the text', () => {
    expect(kwic(docOf('一\r\n二三协商'), '协商', 1)[0]).toMatchObject({ line: 2, column: 3, left: '三' });
    const md = kwic(docOf('# 标题\n\n推进**协商**议政\n', 'md'), '协商议政', 2)[0];
    expect(md).toMatchObject({ line: 3, column: 5, match: '协商议政', left: '推进' });
  });
});
