import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/create.js';
import { droppedPinyinNotes, withoutPinyinNotes } from '../../src/document/pinyin-notes.js';
import { extractTopics } from '../../src/pipeline/topics/extract.js';

describe('pinyin notes a faulty conversion leaves after each character', () => {
  it('are dropped, and every character of the copy knows where it stands in the text', () => {
    const text = '產(chǎn)業(yè)發展';
    const dropped = droppedPinyinNotes(text)!;
    expect(dropped.text).toBe('產業發展');
    expect([...dropped.at]).toEqual([0, 7, 12, 13, 14]);
    // A span of the copy maps back with the notes of its characters: [0, 2) → 產(chǎn)業(yè).
    expect(text.slice(dropped.at[0], dropped.at[2])).toBe('產(chǎn)業(yè)');
    expect(withoutPinyinNotes('政協(xié)委員')).toBe('政協委員');
  });

  it('leave a text without them alone, and brackets that are no pinyin (附件(一), 政协(2023)) stay', () => {
    expect(droppedPinyinNotes('县政协召开专题协商会')).toBeUndefined();
    expect(droppedPinyinNotes('附件(一)和政协(2023)')).toBeUndefined();
  });

  it('do not hide a topic: it is found and cut from the text as written, at its place', () => {
    const source = '7日,自治區(qū)政協(xié)一行到呼倫貝爾市,就新能源產(chǎn)業(yè)、文化產(chǎn)業(yè)開(kāi)展調(diào)研。\n';
    const doc = createDocument({ path: 't.txt', file: 't.txt', format: 'txt', encoding: 'utf-8', source });
    expect(extractTopics(doc).map((t) => [t.activity, t.topic, t.column, t.endColumn])).toEqual([
      ['专题调研', '新能源產(chǎn)業(yè)', 28, 43],
      ['专题调研', '文化產(chǎn)業(yè)', 44, 58],
    ]);
  });
});
