import { describe, expect, it } from 'vitest';
import { underscore } from '../../src/rules/underscore.js';
import { found } from './rule-helper.js';

describe('placeholder/underscore', () => {
  it.each([
    ['高举_新时代伟大旗帜', ['1:3 "_" name']],
    ['____年__月__日', ['1:1 "____" date', '1:6 "__" date', '1:9 "__" date']],
    ['共培训____人次', ['1:4 "____" number']],
    ['在＿＿县召开', ['1:2 "＿＿" region']],
    ['签名： ______ ', ['1:5 "______" other']],
    ['第一行\n水平有了_定提高', ['2:5 "_" name']],
  ])('reports %s', (source, expected) => {
    expect(found(source, underscore)).toEqual(expected);
  });

  it.each([
    ['underscores joined to Latin or digits', 'PM_2.5浓度下降、snake_case、a_1'],
    ['a separator line', '正文\n__________\n正文'],
    ['a web address', '网址：http://a.cn/_/index.html'],
  ])('does not report %s', (_name, source) => {
    expect(found(source, underscore)).toEqual([]);
  });

  it('skips Markdown underscore emphasis in .md but not in .txt', () => {
    expect(found('这是 _重点_ 工作，__要点__。', underscore, 'md')).toEqual([]);
    expect(found('这是 _重点_ 工作', underscore, 'txt')).toEqual(['1:4 "_" name', '1:7 "_" name']);
  });

  it('still reports a fill-in line in .md', () => {
    expect(found('高举_新时代旗帜，共____人', underscore, 'md')).toEqual(['1:3 "_" name', '1:11 "____" number']);
  });
});
