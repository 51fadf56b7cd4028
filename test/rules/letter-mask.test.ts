import { describe, expect, it } from 'vitest';
import { letterMask } from '../../src/rules/letter-mask.js';
import { found } from './rule-helper.js';

describe('placeholder/letter-mask', () => {
  it.each([
    ['X县政协始终坚持', ['1:1 "X" region']],
    ['成功创建XX省优秀旅游乡镇', ['1:5 "XX" region']],
    ['在中共X区委的坚强领导下', ['1:4 "X" region']],
    ['《中共X市X区委关于》', ['1:4 "X" region', '1:6 "X" region']],
    ['一年来，X政协领导班子', ['1:5 "X" region']],
    ['X人大常委会', ['1:1 "X" region']],
    ['召开常委会议XX次', ['1:7 "XX" number']],
    ['建立委员履职管理等XX余项工作制度', ['1:10 "XX" number']],
    ['形成XXX余篇委员发言材料', ['1:3 "XXX" number']],
    ['发出慰问金X万元', ['1:6 "X" number']],
    ['帮扶X户X人', ['1:3 "X" number', '1:5 "X" number']],
    ['连续X年组织委员跟踪调研', ['1:3 "X" number']],
    ['政协第XX届委员会', ['1:4 "XX" number']],
    ['20XX年X县委批准成立', ['1:1 "20XX" date', '1:6 "X" region']],
    ['自201X年以来', ['1:2 "201X" date']],
    ['于20xx年召开', ['1:2 "20xx" date']],
    ['２０ＸＸ年', ['1:1 "２０ＸＸ" date']],
    ['X月X日召开', ['1:1 "X" date', '1:3 "X" date']],
    ['学习贯彻XXX新时代中国特色社会主义思想', ['1:5 "XXX" name']],
    ['扎实开展“XXX”主题教育', ['1:6 "XXX" name']],
    ['开展《X研究》《X调研》', ['1:4 "X" name', '1:9 "X" name']],
    ['邀请X、X、X领导', ['1:3 "X" name', '1:5 "X" name', '1:7 "X" name']],
    ['推进四X三产融合', ['1:4 "X" name']],
    ['深化X渝合作', ['1:3 "X" name']],
    ['王XX同志', ['1:2 "XX" name']],
    ['助推XX项目落地', ['1:3 "XX" name']],
    ['ＸＸ县', ['1:1 "ＸＸ" region']],
    ['××县、×镇', ['1:1 "××" region', '1:5 "×" region']],
    ['x县政协', ['1:1 "x" region']],
    ['一、总体情况\n二、在X县召开', ['2:4 "X" region']],
    ['XX', ['1:1 "XX" other']],
    ['联系电话：0871-XXXXXXX', ['1:11 "XXXXXXX" number']],
    ['电话 XXXXXXXX，传真0871-xxxxxxx', ['1:4 "XXXXXXXX" number', '1:20 "xxxxxxx" number']],
    ['三×甲', ['1:2 "×" name']],
    ['+XX次', ['1:2 "XX" number']],
    ['一、工作\n+ XX次会议\n＋X县', ['2:3 "XX" number', '3:2 "X" region']],
    ['增速（+X%）', ['1:5 "X" number']],
    ['详见http://www.gov.cn，XX县政协', ['1:21 "XX" region']],
    ['网址 www.x.gov.cn XX次', ['1:17 "XX" number']],
    ['（http://a.cn/x）X县', ['1:16 "X" region']],
    ['邮箱：xx@163.com，XX县', ['1:15 "XX" region']],
  ])('reports %s', (source, expected) => {
    expect(found(source, letterMask)).toEqual(expected);
  });

  it.each([
    ['Latin words and abbreviations', 'GDP增长、PPP项目、APP上线、5G基站、Excel表格、XML格式、ＳＴＸ集团、NOx排放'],
    ['terms that start with X', '购置X光机、X射线检测、沿X轴方向、X线片、X染色体'],
    ['Latin compounds', 'X-ray检查、获得RS：X级铜牌、访问a.X'],
    ['model names: X before a digit', '宝马X3项目、x86架构'],
    ['multiplication between digits', '4×4越野、3 × 5米、7×24小时、2x60万千瓦、２ｘ６０万千瓦'],
    ['formula-like slogans with plus signs', '“1+3+X”体系、“双尖双领+X”项目、“1＋N＋X”政策、“X+N”模式'],
    ['digits before X that are not a year', '“415X”集群、“141X”规划体系、“555X”格局'],
    ['× between Chinese numerals', '按三×三方阵排列、十×十网格'],
    ['× as a slogan operator', '实施“数据要素×”行动、发展“数字×”产业'],
    ['a quoted letter being defined', '“1+2+X”布局：“X”指若干应用型本科，“X”就是各市县'],
    ['web and e-mail addresses', 'http://x、http://x/、访问https://www.xx.gov.cn/XX/x.html。ftp://X.cn，邮箱xx@163.com、XX@XX.com'],
  ])('does not report %s', (_name, source) => {
    expect(found(source, letterMask)).toEqual([]);
  });

  it('reports the whole masked year once, not its letters again', () => {
    expect(found('20XX年11月，X县被列入', letterMask)).toEqual(['1:1 "20XX" date', '1:10 "X" region']);
  });

  it('has metadata for SARIF and docs', () => {
    expect(letterMask.id).toBe('placeholder/letter-mask');
    expect(letterMask.defaultSeverity).toBe('error');
    expect(letterMask.help).toMatch(/ok: .*not ok: /);
  });
});
