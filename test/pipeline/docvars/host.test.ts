import { describe, expect, it } from 'vitest';
import { hostLabels, regionOfHost } from '../../../src/pipeline/docvars/host.js';
import { stemOf, type Division } from '../../../src/pipeline/docvars/region-code.js';

const county = (d: Division) => d.level === 'county';
const city = (d: Division) => d.level === 'city';
const district = (d: Division) => d.level === 'district';

describe('hostLabels', () => {
  it('keeps the labels that may name a place', () => {
    expect(hostLabels('http://m-xiaochang.cjyun.org/p/73225.html')).toEqual(['xiaochang', 'cjyun']);
    expect(hostLabels('https://www.yongqing.gov.cn/a?b=c')).toEqual(['yongqing']);
    expect(hostLabels('not an address')).toEqual([]);
  });
});

describe('stemOf', () => {
  it.each([
    ['青龙满族自治县', '青龙'], ['清远市', '清远'], ['广西壮族自治区', '广西'], ['陇县', '陇'], ['石柱土家族自治县', '石柱'],
  ])('%s → %s', (name, stem) => expect(stemOf(name)).toBe(stem));
});

describe('regionOfHost', () => {
  it.each([
    ['http://www.yongqing.gov.cn/xinwenzhongxin/1.html', county, '', '永清县'],
    ['http://m-xiaochang.cjyun.org/p/73225.html', county, '', '孝昌县'],
    // a one-character stem goes by its whole name's initials after the province's: js·px·zx
    ['http://jspxzx.gov.cn/proposal/show-10.html', county, '', '沛县'],
    ['http://baojizx.cn/art/2024/3/21/art_1.html', city, '', '宝鸡市'],
    // 青龙 (Hebei) and 晴隆 (Guizhou) are both qinglong: the text that writes 青龙 decides.
    ['http://www.chinaqinglong.gov.cn/single/1.html', county, '委员们来到青龙建昊…', '青龙满族自治县'],
    // a province's initials, then the place's (and 政协's): 四川 丹棱, 四川 通江 政协
    ['https://www.scdl.gov.cn/info/3002/220618.htm', county, '', '丹棱县'],
    ['http://sctjzx.gov.cn/Item/4082.aspx', county, '', '通江县'],
    // a province's initials, then the place's pinyin: 安徽 肥西
    ['http://fxzx.ahfeixi.gov.cn/content/detail/1.html', county, '', '肥西县'],
    // a whole name's initials of five letters or more, with 政协's: 鄂托克前旗
    ['http://www.etkqqzx.gov.cn/gzqk/1.html', county, '', '鄂托克前旗'],
    // a four-letter pinyin as the whole label; a place's pinyin with xinwen; a province's committee: initials + s + zx
    ['https://zx.wuxi.gov.cn/doc/2022/07/27/1.shtml', city, '', '无锡市'],
    ['https://wap.linlixinwen.com/content/2017/09/19/1.html', county, '', '临澧县'],
    ['https://gzszx.gov.cn/gzzxb/web/doc/detail/p_473', (d: Division) => d.level === 'province', '', '贵州省'],
    // a prefecture's initials, then the place's pinyin: 银川 西夏
    ['http://www.ycxixia.gov.cn/ztjj/xxqlh/1.html', district, '', '西夏区'],
    // two districts of one name (上海's and 舟山's 普陀区): the name, though not which of them
    ['https://ptzx.putuo.gov.cn/zxdt/zxyw/1.html', district, '', '普陀区'],
    // a prefecture's initials, then the place's: 常州 天宁, 南京 鼓楼 (鼓楼区 of 福州, 徐州, 开封 have other prefectures)
    ['https://www.cztn.gov.cn/html/cztn/2026/a/1.html', district, '', '天宁区'],
    ['http://glzx.njgl.gov.cn/art/2023/7/5/art_58_1050.html', district, '', '鼓楼区'],
    // a prefecture's part of its province's 政协 site: kf before hn·zx is 河南 开封 (湖南 and 海南 have no kf)
    ['https://kf.hnzx.gov.cn/2023/09-14/4328362.html', city, '', '开封市'],
    // a committee's site by the place's initials and zx: ra·zx fits 瑞安 and 融安, the text that writes 瑞安 decides;
    // jyg·zhx fits one city alone
    ['http://www.razx.gov.cn:80/web/pc/news/show.do?id=5127', county, '瑞安市政协召开十三届二次会议预备会议', '瑞安市'],
    ['http://www.jygzhx.cn/htm/20173/118_2089.htm', city, '', '嘉峪关市'],
  ])('%s → %s', (url, fits, context, name) => expect(regionOfHost(url, fits, context)).toBe(name));

  it.each([
    // two counties are qinglong and the text names neither
    ['http://www.chinaqinglong.gov.cn/single/1.html', county, ''],
    // anqing sits inside chin·anqing·long: not read as 安庆
    ['http://www.chinaqinglong.gov.cn/single/1.html', city, ''],
    // a place's initials without its province's fit too many places
    ['http://www.jdzx.gov.cn/News/show/262.html', county, ''],
    // a four-letter pinyin inside a longer label is not read
    ['https://www.wuxinews.example.cn/1.html', city, ''],
    // a prefecture's initials before a province's zx that two provinces' prefectures share (新乡 of 河南, 湘西 of 湖南)
    ['https://xx.hnzx.gov.cn/2023/09-14/1.html', city, ''],
    // 河南 政协 (hn·zx), not 湖南 资兴 (hn + zx): a place whose initials are a site's word is not read by them
    ['https://www.hnzx.gov.cn/2023/09-14/1.html', county, ''],
    // …nor after its prefecture's initials: cz·zx is 郴州 政协, not 郴州 资兴
    ['http://www.czzx.gov.cn/1.html', county, ''],
    // initials and zx that fit several places (金安, 静安, 晋安 … jaq·zx) when the text writes none of them
    ['http://www.jaqzx.gov.cn/DocHtml/1/2012/11/28/00000284.html', district, '区政协组织委员视察'],
    ['http://www.razx.gov.cn:80/web/pc/news/show.do?id=5127', county, ''],
    // zs·zx, and the text writes 中山 as a city (中山市): no 中山区, whatever level the text's cue gives
    ['https://zszx.zsnews.cn/Article/view/cateid/313/id/69476.html', district, '中山市政协主席率队赴澳门出席联谊交流活动'],
    // a site's name that is no place, and a page without an address
    ['https://news.sohu.com/20061212/n1.shtml', city, ''],
    // 新民晚报's site (xinmin.cn) is no 新民市
    ['http://newsxmwb.xinmin.cn/wangshi/2017/04/07/31082131.html', county, ''],
    ['', county, ''],
  ])('%s gives none', (url, fits, context) => expect(regionOfHost(url, fits, context)).toBe(''));
});
