import { describe, expect, it } from 'vitest';
import { blankSlot } from '../../src/rules/blank-slot.js';
import { found } from './rule-helper.js';

describe('blank-slot', () => {
  it.each([
    ['地区生产总值增长 %', ['1:9 " %" blank']],
    ['立案率为%', ['1:5 "%" blank']],
    ['增速达到％，', ['1:5 "％" blank']],
    ['实现地区生产总值 亿元', ['1:9 " 亿元" blank']],
    ['比上年下降 个百分点', ['1:6 " 个百分点" blank']],
    ['城镇新增就业 万人', ['1:7 " 万人" blank']],
    ['20xx年 月 日', ['1:6 " 月" blank', '1:8 " 日" blank']],
    ['2024年  月', ['1:6 "  月" blank']],
    ['其中,件重点提案', ['1:4 "件" blank']],
    ['其中，件为重点提案', ['1:4 "件" blank']],
    ['召开第 次会议', ['1:4 " 次" blank']],
    ['第一段\n政协第届委员会', ['2:4 "届" blank']],
    ['受理提案，  件；第\t批', ['1:6 "  件" blank', '1:11 "\\t批" blank']],
  ])('reports %s', (source, expected) => {
    expect(found(source, blankSlot)).toEqual(expected);
  });

  it.each([
    ['numbers before the unit', '增长5.2%、增长 5 %、1000亿 元、1万 亿元、为100%'],
    ['Chinese numerals before the unit', '增长百分之五、三十%、两 万人'],
    ['masks before the unit (reported by the mask rules)', '增长X%、增长*%、约XX 万元'],
    ['unit labels', '单位：%、增速（%）、单位 亿元'],
    ['words that contain a measure word', '件件有着落，项目、次年，第三次会议，超亿元'],
    ['complete dates', '2024年3月5日、二〇二四年三月'],
  ])('does not report %s', (_name, source) => {
    expect(found(source, blankSlot)).toEqual([]);
  });
});
