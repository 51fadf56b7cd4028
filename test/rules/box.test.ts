import { describe, expect, it } from 'vitest';
import { box } from '../../src/rules/box.js';
import { found } from './rule-helper.js';

describe('placeholder/box', () => {
  it.each([
    ['□□县政协', ['1:1 "□□" region']],
    ['○○同志', ['1:1 "○○" name']],
    ['〇〇镇', ['1:1 "〇〇" region']],
    ['共□□人参加', ['1:2 "□□" number']],
    ['折合○○万元', ['1:3 "○○" number']],
    ['在□县召开', ['1:2 "□" region']],
    ['□□县\n◯◯乡', ['1:1 "□□" region', '2:1 "◯◯" region']],
    // One box closing its cell is a mask when it is the only one on the line: no choice is offered.
    ['联系人：□ 电话：123', ['1:5 "□" name']],
    ['是否同意：是□  否□\n共□人', ['2:2 "□" number']],
  ])('reports %s', (source, expected) => {
    expect(found(source, box)).toEqual(expected);
  });

  it.each([
    ['〇 in a Chinese numeral', '二〇二三年、一九五〇年、二百〇八所'],
    ['○ typed for 〇 in a numeral', '二○○八年、一九五○年'],
    ['circles next to digits', '2○23'],
    ['a checkbox opening a line', '□ 同意\n□不同意\n  ○ 一般项目'],
    ['the check boxes of a form line', '是否同意：是□  否□\n性别：男□ 女□\t年龄：'],
    ['reference marks and other symbols', '※注：数据为初步统计 ■ ☐ ☑'],
  ])('does not report %s', (_name, source) => {
    expect(found(source, box)).toEqual([]);
  });
});
