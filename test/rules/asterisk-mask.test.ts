import { describe, expect, it } from 'vitest';
import { asteriskMask } from '../../src/rules/asterisk-mask.js';
import { found } from './rule-helper.js';

describe('placeholder/asterisk-mask', () => {
  it.each([
    ['召开主席会议*次、*次常委会', ['1:7 "*" number', '1:10 "*" number']],
    ['培训委员*人次', ['1:5 "*" number']],
    ['折合现金约*万元', ['1:6 "*" number']],
    ['在**县党校举办', ['1:2 "**" region']],
    ['*县政协等外地', ['1:1 "*" region']],
    ['县政协*届二次会议', ['1:4 "*" number']],
    ['美丽幸福新**贡献智慧', ['1:6 "**" name']],
    ['突显**人文底蕴', ['1:3 "**" name']],
    ['举办迎国庆“*杯”篮球赛', ['1:7 "*" name']],
    ['为*教授一行', ['1:2 "*" name']],
    ['***同志', ['1:1 "***" name']],
    ['全角＊＊县', ['1:3 "＊＊" region']],
    ['第一行\n解决问题*余件', ['2:5 "*" number']],
  ])('reports %s (.txt)', (source, expected) => {
    expect(found(source, asteriskMask)).toEqual(expected);
  });

  it.each([
    ['multiplication between digits', '2*66万千瓦、3 * 5'],
    ['asterisks joined to Latin words', 'a*b、GDP*'],
    ['a separator line', '正文\n******\n正文'],
  ])('does not report %s (.txt)', (_name, source) => {
    expect(found(source, asteriskMask)).toEqual([]);
  });

  it.each([
    ['a lone ** inside a line', '在**县党校举办', ['1:2 "**" region']],
    ['a lone ** between words', '为提升**知名度', ['1:4 "**" name']],
    ['a lone * before a measure word', '开展活动*次', ['1:5 "*" number']],
    ['a mask beside bold text', '**工作回顾**：在**县召开', ['1:11 "**" region']],
    ['escaped asterisks', '在\\*\\*县召开', ['1:2 "\\\\*\\\\*" region']],
    ['two masks on a line, not bold', '**县政协共召开**次会议。\n在**县调研**次。', [
      '1:1 "**" region', '1:9 "**" number', '2:2 "**" region', '2:7 "**" number',
    ]],
    ['a mask beside a bold phrase', '**重点工作**：共召开**次会议', ['1:13 "**" number']],
    ['a mask inside a bold phrase', '**全年共召开**次常委会议。**', ['1:8 "**" number']],
    ['masked dates', '于**月**日，20**年', ['1:2 "**" date', '1:5 "**" date', '1:11 "**" date']],
    ['a mask after a colon', '地点：**县党校', ['1:4 "**" region']],
  ])('reports %s (.md)', (_name, source, expected) => {
    expect(found(source, asteriskMask, 'md')).toEqual(expected);
  });

  it.each([
    ['bold text', '**一、工作回顾**\n\n我们**坚持**发展'],
    ['bold opened on one line, closed on another', '**今年要抓好以下工作。\n\n（一）保持增长** 宏观调控'],
    ['bold closed after a colon', '1.财政总收入:**包括地方收入'],
    ['bold-italic opener left over', '***政府工作报告**'],
    ['list bullets', '* 第一项\n* 第二项'],
    ['asterisks beside spaces', '** ** ——2023年'],
    ['bold a mask suffix opens or follows', '**县政协工作报告**\n**一是**千方百计稳增长。**五是**年内通车'],
  ])('does not report %s (.md)', (_name, source) => {
    expect(found(source, asteriskMask, 'md')).toEqual([]);
  });

  it('treats a line-start ** as a mask in .txt, and in .md only before a mask suffix (else broken markup)', () => {
    expect(found('**县政协', asteriskMask, 'txt')).toEqual(['1:1 "**" region']);
    expect(found('**县政协', asteriskMask, 'md')).toEqual(['1:1 "**" region']);
    expect(found('**今年要抓好', asteriskMask, 'txt')).toEqual(['1:1 "**" name']);
    expect(found('**今年要抓好', asteriskMask, 'md')).toEqual([]);
  });
});
