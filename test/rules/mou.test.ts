import { describe, expect, it } from 'vitest';
import { mou } from '../../src/rules/mou.js';
import { found } from './rule-helper.js';

describe('placeholder/mou', () => {
  it.each([
    ['某某同志在会上发言', ['1:1 "某某" name']],
    ['某县政协召开会议', ['1:1 "某" region']],
    ['赴某某县考察', ['1:2 "某某" region']],
    ['在某镇召开', ['1:2 "某" region']],
    ['于某年某月某日召开', ['1:2 "某" date', '1:4 "某" date', '1:6 "某" date']],
    ['联系某同志', ['1:3 "某" name']],
    ['第一段\n某市某区', ['2:1 "某" region', '2:3 "某" region']],
  ])('reports %s', (source, expected) => {
    expect(found(source, mou)).toEqual(expected);
  });

  it.each([
    ['某些', '在某些方面还存在差距'],
    ['某种', '在某种程度上'],
    ['某个', '某个环节'],
    ['某一', '某一领域'],
    ['某方面', '某方面的工作'],
    ['某项 / 某几', '某项工作、某几个单位'],
  ])('does not report the ordinary word %s', (_name, source) => {
    expect(found(source, mou)).toEqual([]);
  });
});
