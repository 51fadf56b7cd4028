import { describe, expect, it } from 'vitest';
import { kindOf, placeholderMessage } from '../../src/rules/kind.js';

/** The kind of the first X in `text`. */
const kindOfX = (text: string) => {
  const start = text.search(/X+/);
  return kindOf(text, start, start + /X+/.exec(text)![0].length);
};

describe('kindOf', () => {
  it.each([
    ['X县', 'region'], ['X区委', 'region'], ['XX省', 'region'], ['X镇图书馆', 'region'], ['X政协', 'region'],
    ['X街道', 'region'], ['X自治县', 'region'], ['X人民政府', 'region'],
    ['X次', 'number'], ['X人次', 'number'], ['X件', 'number'], ['XX余项', 'number'], ['X万元', 'number'],
    ['X多场次', 'number'], ['X届', 'number'], ['X%', 'number'], ['第X批', 'number'], ['连续X年', 'number'],
    ['X年来', 'number'], ['X年以来', 'number'],
    ['X年X月', 'date'], ['X月', 'date'], ['X日', 'date'],
    ['XXX新时代', 'name'], ['X人文底蕴', 'name'], ['X人民', 'name'], ['XX项目', 'name'], ['X个人', 'name'],
    ['X条例', 'name'], ['X部门', 'name'], ['“X”活动', 'name'], ['《X》', 'name'], ['X、Y', 'name'],
    ['前言\nXX\n', 'other'], [' X ', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(kindOfX(text)).toBe(kind);
  });

  it('reads the digits of a partly masked token as a date', () => {
    expect(kindOf('20XX年', 0, 4)).toBe('date');
  });

  it('writes a message that names what was found and what is expected', () => {
    expect(placeholderMessage('XX', 'number')).toBe('未填写的占位符“XX”（数量）：此处应填写具体数字');
    expect(placeholderMessage('X', 'region')).toBe('未填写的占位符“X”（地区）：此处应填写具体地名');
  });
});
