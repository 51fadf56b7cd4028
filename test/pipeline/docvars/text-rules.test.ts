/** Rules added from how 政协 news pages are written (made-up texts worded as the genre words them). */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { inferMetaFromText } from '../../../src/pipeline/docvars/metadata.js';
import { resolveRegion } from '../../../src/pipeline/docvars/region-code.js';
import { genreOf } from '../../../src/pipeline/docvars/genre.js';
import type { ReportDoc } from '../../../src/types.js';

const txt = (source: string): ReportDoc => createDocument({ path: 'a.txt', file: 'a.txt', format: 'txt', encoding: 'utf-8', source });

describe('dates of news pages', () => {
  it('a plenary session early in the year that names its latest year only as the one reviewed is from the year after', () => {
    const opened = '2月3日下午，政协某某县第十四届委员会第六次会议开幕。\n他指出，刚刚过去的2025年是“十四五”收官之年。\n';
    expect(inferMetaFromText(txt(opened))).toMatchObject({ year: 2026 });
    const report = '2月2日上午，政协第二届某某区委员会第四次会议开幕。\n报告指出，2023年，区政协常委会牢记使命。\n';
    expect(inferMetaFromText(txt(report))).toMatchObject({ year: 2024 });
    // The year it plans is named: that year; a session in autumn, or a year named otherwise: the latest year.
    expect(inferMetaFromText(txt(`${opened}会议明确了2026年工作总体要求。\n`))).toMatchObject({ year: 2026 });
    expect(inferMetaFromText(txt('9月3日，政协某某县第十四届委员会第六次会议召开。\n刚刚过去的2025年是收官之年。\n'))).toMatchObject({ year: 2025 });
    expect(inferMetaFromText(txt('2月3日，政协某某县第十四届委员会第六次会议开幕。\n2025年全县经济增长6%。\n'))).toMatchObject({ year: 2025 });
  });

  it('a year a sentence opens on and tells as done, or a count up to its end, is the year a plenary session reviews', () => {
    const opened = '凝心聚智，共商政事！1月15日，政协某市第八届委员会第三次会议开幕。\n2023年，某市政协聚焦中心大局，提出提案183件。\n截至2023年底，183件提案均已办复。\n';
    expect(inferMetaFromText(txt(opened))).toMatchObject({ year: 2024 });
    const byline = '某网讯（记者 某某）2月8日下午，政协某区第一届委员会第六次会议开幕。\n2025年，区政协常委会提交调研报告12篇。\n';
    expect(inferMetaFromText(txt(byline))).toMatchObject({ year: 2026 });
    // A sentence that plans (将, 要) names the year it plans; another year near the mention is not its cue.
    expect(inferMetaFromText(txt('1月15日，政协某市第八届委员会第三次会议开幕。\n2024年，某市政协将聚焦中心大局。\n'))).toMatchObject({ year: 2024 });
    const twoParts = '某网1月19日讯（记者 某某）1月18日，政协某县第八届委员会第二次会议开幕。\n报告分两部分，一是对2013年的工作回顾，二是2014年的工作意见。\n报告指出，2013年是开局之年。\n';
    expect(inferMetaFromText(txt(twoParts))).toMatchObject({ year: 2014 });
  });

  it('a year a report sums up (总结回顾了2025年的工作), or one a speaker tells as done (某某说，2024年，…), is the year reviewed', () => {
    const summed = '3月5日，政协某市第三届委员会第六次会议开幕。\n主席从五个方面总结回顾了2025年的工作。\n';
    expect(inferMetaFromText(txt(summed))).toMatchObject({ year: 2026 });
    const said = '1月10日，政协某县第十一届委员会第四次会议开幕。\n县委书记某某说，2024年，全县上下咬紧牙关、攻坚克难。\n';
    expect(inferMetaFromText(txt(said))).toMatchObject({ year: 2025 });
  });

  it('a year the report says begins (报告指出，2023年是…开局之年) is the session\'s own year, not one reviewed', () => {
    const begun = '2月7日，政协某区第九届委员会第三次会议开幕。\n主席作常务委员会工作报告，回顾了2022年的工作。\n报告指出，2023年是全面贯彻落实党的二十大精神的开局之年。\n';
    expect(inferMetaFromText(txt(begun))).toMatchObject({ year: 2023 });
    // …but a year of an event past (二十大召开之年) after 报告指出 is still the year reviewed.
    const past = '1月5日，政协某区第三届委员会第二次会议开幕。\n报告指出，2022年是中共二十大召开之年，区政协坚持建言资政。\n';
    expect(inferMetaFromText(txt(past))).toMatchObject({ year: 2023 });
  });

  it('a December item whose latest year is named only as what will be done (2026年县政协常委会要…) is from the year before', () => {
    const closing = '12月24日下午，政协第十六届某某县委员会第五次会议胜利闭幕。\n会议强调，2026年县政协常委会要以新思想为指导。\n';
    expect(inferMetaFromText(txt(closing))).toMatchObject({ year: 2025 });
  });

  it('a title that names next year only as a plan, over a December lead, is the year the plan was made in', () => {
    const topics = '某县政协召开主席会议，对2020年协商议题讨论商定\n本报讯 12月25日，某县政协召开主席会议，讨论商定协商议题。\n';
    expect(inferMetaFromText(txt(topics))).toMatchObject({ year: 2019, doc_type: '新闻' });
    const forum = '某县政协召开2022年度协商议题征求意见座谈会\n本报讯（通讯员 某某）12月28日，某县政协召开座谈会。\n';
    expect(inferMetaFromText(txt(forum))).toMatchObject({ year: 2021 });
    // An item of the new year itself, or a title year that is no plan, keeps the title year.
    expect(inferMetaFromText(txt('某县政协召开2022年度协商议题征求意见座谈会\n本报讯 1月8日，某县政协召开座谈会。\n'))).toMatchObject({ year: 2022 });
    expect(inferMetaFromText(txt('某县政协2021年度履职总结会召开\n本报讯 12月28日，某县政协召开总结会。\n'))).toMatchObject({ year: 2021 });
  });

  it('a news lead that opens on its event day is dated by that day, not by the page date above it', () => {
    const late = '某街道政协委员工作站开展视察监督活动\n发布日期:2025年02月14日\n2024年10月29日上午，某街道政协委员工作站开展年度协商议题推进会。\n';
    expect(inferMetaFromText(txt(late))).toMatchObject({ year: 2024, doc_type: '新闻' });
    // A date line with no sentence after it is the posting date.
    expect(inferMetaFromText(txt('某县政协召开常委会议\n2025年02月14日 10:32\n会上，委员们协商讨论了有关事项。\n'))).toMatchObject({ year: 2025 });
  });

  it('a date line before the body stays in the opening, even when it says 本站原创', () => {
    const news = '发布日期:2020-01-16 21:34 来源: 本站原创\n记者从省政协十二届三次会议提案审查情况通报会上获悉，共收到提案1023件。';
    expect(inferMetaFromText(txt(news))).toMatchObject({ year: 2020, delivery_year: 2020, doc_type: '新闻' });
  });

  it('a day-first date line (06.01.2020 19:32) dates the item; 32.01.2020 and 06.13.2020 do not', () => {
    expect(inferMetaFromText(txt('省政协召开常委会议\n\n06.01.2020  19:32\n\n1月3日，省政协召开常委会议。'))).toMatchObject({ year: 2020, doc_type: '新闻' });
    expect(inferMetaFromText(txt('省政协召开常委会议\n06.13.2020  19:32\n会议召开。'))).not.toHaveProperty('year');
  });

  it('a start (自2014年起, 2014年以来) is not the present of an undated news item', () => {
    expect(inferMetaFromText(txt('9月20日下午，市政协举办公众日活动。公众日活动自2014年起正式举办。'))).not.toHaveProperty('year');
    expect(inferMetaFromText(txt('9月20日下午，市政协举办公众日活动。2014年以来已举办多次，2016年有300人参加。'))).toMatchObject({ year: 2016 });
  });

  it('a report reviews the part before its plan heading: a year the review starts a line with, else 截至X年底', () => {
    const report = (review: string) => `提案工作情况报告\n白海珠受政协绛县第十三届委员会常务委员会的委托，向大会报告提案工作情况。\n${review}\n2020年提案工作安排\n2020年，提案工作要围绕中心。`;
    expect(inferMetaFromText(txt(report('在过去的一年里，共收到提案134件。截止2019年底，已全部办理完毕。')))).toMatchObject({ doc_type: '提案工作报告', year: 2019 });
    expect(inferMetaFromText(txt(report('2018年，县政协共收到提案134件。')))).toMatchObject({ year: 2018 });
  });

  it('a 政协 report\'s plan put as advice (2016年工作建议) is a plan heading, also run together with its first paragraph', () => {
    const report = '县九届政协常委会工作报告(摘要)\n2016年01月26日 07:40:53\n2016年工作建议 2016年是实施“十三五”规划的开局之年，做好今年政协工作意义重大。\n';
    expect(inferMetaFromText(txt(report))).toMatchObject({ doc_type: '常委会工作报告', year: 2015, delivery_year: 2016 });
  });

  it('a speech on a year and the next year\'s plan is about the year it reviews', () => {
    const speech = '关于县政协主要工作的通报\n按照会议议程，我就县政协2017年主要工作及2018年工作安排予以简要通报。';
    expect(inferMetaFromText(txt(speech))).toMatchObject({ doc_type: '讲话', year: 2017 });
    // two years that are not a year and the next: no review-and-plan
    expect(inferMetaFromText(txt(speech.replace('2018年', '2020年')))).not.toHaveProperty('year');
  });

  it('a provincial plenary session meets in a year 1988 + (M − 1) + 5k: the latest year named, or the next', () => {
    // a session early in the year reviews the year before it
    const opening = (session: string) => `1月27日上午，${session}开幕。省委书记指出，2025年是具有里程碑意义的一年。`;
    expect(inferMetaFromText(txt(opening('中国人民政治协商会议云南省第十三届委员会第四次会议')))).toMatchObject({ year: 2026, doc_type: '新闻' });
    expect(inferMetaFromText(txt(opening('青海省政协十三届四次会议')))).toMatchObject({ year: 2026 });
    expect(inferMetaFromText(txt(opening('自治区政协十二届四次会议')))).toMatchObject({ year: 2026 });
    // the third session fits neither 2025 nor 2026: the latest year named stays
    expect(inferMetaFromText(txt(opening('省政协十三届三次会议')))).toMatchObject({ year: 2025 });
    // a year written in Han digits, or with Arabic zeros among them (二00九年), is a year too
    expect(inferMetaFromText(txt('1月7日上午，河北省政协十届二次会议开幕。会议要求做好二00九年的工作。'))).toMatchObject({ year: 2009 });
    // a city's session says nothing of the calendar (cities are elected in different years)
    expect(inferMetaFromText(txt(opening('宁波市政协十六届四次会议')))).toMatchObject({ year: 2025 });
  });

  it('a provincial session named with its province and term is dated by that province\'s numbering, with no year named', () => {
    const undated = (session: string) => inferMetaFromText(txt(`1月12日上午，${session}在省会开幕。委员们围绕高质量发展建言献策。`)).year;
    // most provinces elected their thirteenth committee in 2023
    expect(undated('山东省政协十三届一次会议')).toBe(2023);
    expect(undated('政协第十三届广东省委员会第二次会议')).toBe(2024);
    expect(undated('河北省政协十届二次会议')).toBe(2009);
    // others number differently: 北京 its fourteenth, 天津 its fifteenth, 重庆 its sixth, 海南 its eighth, 宁夏 its twelfth
    expect(undated('北京市政协十四届三次会议')).toBe(2025);
    expect(undated('天津市政协十四届五次会议')).toBe(2022);
    expect(undated('重庆市政协五届一次会议')).toBe(2018);
    expect(undated('海南省政协七届二次会议')).toBe(2019);
    expect(undated('宁夏回族自治区政协十二届四次会议')).toBe(2026);
    // a term before 1988 kept no five-year calendar, nor 重庆's first (1997): not dated
    expect(undated('北京市政协六届二次会议')).toBeUndefined();
    expect(undated('重庆市政协一届二次会议')).toBeUndefined();
    // a bare 省政协 names no province: its term says nothing, and with no year named the session dates nothing
    expect(undated('省政协十三届二次会议')).toBeUndefined();
    // the term's calendar wins over the latest year named (a session reviews the year before it)
    expect(inferMetaFromText(txt('1月12日上午，山东省政协十三届二次会议开幕。2023年是全面贯彻党的二十大精神的开局之年。')).year).toBe(2024);
  });
});

describe('dates of news pages, ninth round', () => {
  it('an item posted in January that opens on a day in December is about the year before', () => {
    expect(inferMetaFromText(txt('市政协召开主席会议\n2015年01月05日 来源：某某网\n12月29日上午，市政协主席主持召开主席会议，研究明年工作。'))).toMatchObject({ year: 2014 });
    expect(inferMetaFromText(txt('市政协召开主席会议\n2015年01月05日 来源：某某网\n1月4日上午，市政协主席主持召开主席会议，研究今年工作。'))).toMatchObject({ year: 2015 });
  });
});

describe('the body a page speaks for', () => {
  it('到我市 / 来我县: the visitor named first is not the issuing body', () => {
    expect(inferMetaFromText(txt('6月17日，湖北省政协副主席带领考察组到我市考察。三明市政协主席参加。'))).toMatchObject({ region: '三明市', region_level: 'city' });
    expect(inferMetaFromText(txt('乐山市政协来我县考察调研\n5月16日，乐山市政协主席率队到我县考察。县政协主席陪同。'))).toMatchObject({ region_level: 'county' });
    expect(inferMetaFromText(txt('乐山市政协来我县考察调研\n5月16日，乐山市政协主席率队到我县考察。')).region).toBeUndefined();
  });

  it('a committee above the own one of the page that came to it (省政协…来我县, 市政协…来我县) is the issuing body: the province or prefecture holding the host', () => {
    expect(inferMetaFromText(txt('5月15日，省政协常委率部分省政协委员来我县，调研基层协商工作。房县政协副主席参加调研。'))).toMatchObject({ region: '湖北省', region_level: 'province' });
    expect(inferMetaFromText(txt('6月7日，市政协主席率队来我县，就粮食安全进行专题视察。东海县政协主席陪同。'))).toMatchObject({ region: '连云港市', region_level: 'city' });
    expect(inferMetaFromText(txt('11月3日，省、市政协调研组来我县专题调研。衡山县政协主席陪同。'))).toMatchObject({ region: '湖南省' });
    // a city's committee at a city's page is that city's own
    expect(inferMetaFromText(txt('市政协主席率队到我市某区调研。三明市政协副主席参加。'))).toMatchObject({ region: '三明市' });
  });

  it('a bare committee above the place it works in, named (到太康县调研, 在咸阳开展调研, 全市政协…在我区召开): the holding division', () => {
    expect(inferMetaFromText(txt('9月2日，市政协副主席到太康县调研落实市委政协工作会议情况。县政协主席陪同调研。'))).toMatchObject({ region: '周口市', region_level: 'city' });
    expect(inferMetaFromText(txt('3月30日，省政协经济委员会在咸阳开展专题调研。'))).toMatchObject({ region: '陕西省', region_level: 'province' });
    expect(inferMetaFromText(txt('近日，省政协港澳台侨和外事委员会主任一行就边境地区人口情况到白山调研。市政协副主席陪同调研。'))).toMatchObject({ region: '吉林省' });
    expect(inferMetaFromText(txt('3月6日，全市政协农业和农村委工作会议在我区召开。吴兴区政协主席参加。'))).toMatchObject({ region: '湖州市' });
    // a committee at work in another prefecture's county is no superior of it: the page's own body stays
    expect(inferMetaFromText(txt('近日，淮安市政协农业和农村委组织委员在宝应县氾水镇开展活动。'))).toMatchObject({ region: '淮安市' });
    // the place after the leader's 在…带领下; the page's own place from its dateline (今日房县网讯)
    expect(inferMetaFromText(txt('2月27日下午，省政协农业和农村委员会调研组在专职副主任的带领下，到我县开展协商调研。来源:陵水新闻网'))).toMatchObject({ region: '海南省' });
    expect(inferMetaFromText(txt('今日房县网讯 记者报道:15日，市政协副主席一行来我县调研，听取县政协意见建议。'))).toMatchObject({ region: '十堰市' });
    // …also when the dateline says 网消息
    expect(inferMetaFromText(txt('今日竹山网消息 3月18日，县政协主席主持召开专题议政常委会议。'))).toMatchObject({ region: '竹山县' });
    // a municipality's 市政协 is of a province's level; a committee of the members' affairs (委员工作委员会) is the committee's
    expect(inferMetaFromText(txt('本报讯 1月3日，市政协副主席率队来到我县开展界别协商调研。巫山县政协主席陪同。'))).toMatchObject({ region: '重庆市', region_level: 'province' });
    expect(inferMetaFromText(txt('来源:萧山网\n近日，省政协委员工作委员会相关领导带队，来我区调研“厕所革命”工作。区政协副主席陪同。'))).toMatchObject({ region: '浙江省' });
    // members of the committees above, not the committees themselves
    expect(inferMetaFromText(txt('昆山市政协组织委员开展异地视察\n11月22日，昆山市政协组织在昆的省、市政协委员等赴吴江区开展异地视察活动。'))).toMatchObject({ region: '昆山市' });
    // the national committee named first stays
    expect(inferMetaFromText(txt('全国政协调研组到安徽开展扶贫监督性调研\n5月14日，全国政协调研组来皖调研。省政协主席在合肥主持召开座谈会。'))).toMatchObject({ region: '全国' });
  });

  it('those who 陪同 a visit, all named bare at one level, are the own bodies of the page', () => {
    const visit = '4月18日，市政协主席一行莅丹调研县政协工作。市政协副主席参加调研；县委书记郭红，县政协主席杨华，县委副书记赵强陪同调研。';
    expect(inferMetaFromText(txt(visit))).toMatchObject({ region_level: 'county' });
    // visitors and hosts of two levels accompany: nothing is decided by them
    expect(inferMetaFromText(txt('4月18日，市政协主席一行调研县政协工作。市政协副主席、县政协主席陪同调研。'))).toMatchObject({ region_level: 'city' });
  });

  it('我区 in an autonomous region and 市政协 of a county-level city fit their bodies', () => {
    expect(inferMetaFromText(txt('广西壮族自治区政协召开常委会议，为我区发展建言。'))).toMatchObject({ region: '广西壮族自治区', region_level: 'province' });
    expect(inferMetaFromText(txt('11月7日，市政协七届一次会议确立提案72件。\n根据《政协宜城市委员会提案工作条例》，经审查立案。'))).toMatchObject({
      region: '宜城市', region_code: '420684', region_level: 'county',
    });
  });

  it('a bare cue takes a county named by its stem with its prefecture, a city the prefecture of 我市X区', () => {
    expect(inferMetaFromText(txt('11月14日上午，县政协主席一行赴西坡镇调研。要结合陇南民事直说工作法，奋力建设大美两当。'))).toMatchObject({
      region: '两当县', region_code: '621228', region_level: 'county',
    });
    expect(inferMetaFromText(txt('11月14日上午，县政协主席一行赴西坡镇调研，奋力建设大美两当。')).region).toBeUndefined();
    expect(inferMetaFromText(txt('近年来，区政协委员工作室建设成效明显，我市清新区山塘镇政协委员工作室的做法值得点赞。'))).toMatchObject({
      region: '清远市', region_level: 'city',
    });
  });

  it('a bare cue with no name of its own takes the one province or prefecture that holds the places named below it', () => {
    expect(inferMetaFromText(txt('3月30日，省政协经济委员会先后在咸阳、延安开展县域经济专题调研。'))).toMatchObject({
      region: '陕西省', region_level: 'province',
    });
    // one prefecture's stem named in passing is not enough for a province (at work there, it is: see the visits below);
    // places in two provinces (黄山 is 安徽's) leave it open
    expect(inferMetaFromText(txt('3月30日，省政协经济委员会开展专题调研，咸阳的委员参加。')).region).toBeUndefined();
    expect(inferMetaFromText(txt('省政协将于6月召开专题协商会，此前在商洛、宝鸡、黄山调研。')).region).toBeUndefined();
    expect(inferMetaFromText(txt('8月22日，全市政协秘书长会议在珠山区召开。市政协秘书长出席并讲话。'))).toMatchObject({
      region: '景德镇市', region_level: 'city',
    });
    // districts of two prefectures leave it open; a county-level city writes 市政协 of itself: not its prefecture's, its own
    expect(inferMetaFromText(txt('8月22日，市政协秘书长会议召开，珠山区、城关区政协作交流发言。')).region).toBeUndefined();
    expect(inferMetaFromText(txt('8月22日，市政协主席会议在洪湖市召开。'))).toMatchObject({ region: '洪湖市', region_level: 'county' });
  });

  it('a site named after a committee (湖南政协新闻网) is not the body; the 政协 group of a township is the committee of its county', () => {
    expect(inferMetaFromText(txt('发布时间:2024-01-19编辑:湖南政协新闻网\n湘声报讯 近日，宁远县政协组织委员开展专项民主监督活动。'))).toMatchObject({ region: '宁远县' });
    expect(inferMetaFromText(txt('社旗县桥头镇政协积极助力秸秆禁烧工作\n近日，镇政协联络室组织委员开展巡查活动。'))).toMatchObject({ region: '社旗县', region_level: 'county' });
  });

  it('a source line names the own committee of the page: 来源:上城区政协网 → 上城区', () => {
    expect(inferMetaFromText(txt('区政协举行“请你来协商”专题协商会\n发布日期:2019年06月14日 来源:上城区政协网\n6月13日，区政协召开协商会。'))).toMatchObject({ region: '上城区', region_code: '330102' });
  });

  it('a bare 自治区政协 takes the one autonomous region its page names; a source line 来源:X融媒 names X', () => {
    expect(inferMetaFromText(txt('9月29日，自治区政协召开专题协商会，强调深入学习贯彻总书记考察宁夏重要讲话精神。'))).toMatchObject({
      region: '宁夏回族自治区', region_level: 'province',
    });
    expect(inferMetaFromText(txt('9月29日，自治区政协召开专题协商会，强调深入学习贯彻重要讲话精神。')).region).toBeUndefined();
    expect(inferMetaFromText(txt('区政协开展城中村改造专题调研 来源:温江融媒 2025年07月16日'))).toMatchObject({
      region: '温江区', region_level: 'district',
    });
  });

  it('》和县政协 names no 和县: after a closing mark comes a conjunction', () => {
    expect(inferMetaFromText(txt('会议审议了《关于文旅产业的调研报告》和县政协全体会议议程。')).region).toBeUndefined();
  });

  it('wing banners go by their short forms (科右前旗, 察右后旗)', () => {
    expect(resolveRegion('科右前旗')).toMatchObject({ region_code: '152221', region_level: 'county', prefecture: '兴安盟' });
    expect(resolveRegion('察右后旗')).toMatchObject({ region_code: '150928', region_level: 'county' });
  });
});

describe('a place gone to', () => {
  it('is another body\'s at the level of the bare cue, and lies within the body\'s own below it', () => {
    // A 市政协 going to a county-level city is its prefecture's; to a district named with its city, that city's.
    expect(inferMetaFromText(txt('日前，市政协主席率队前往海宁市调研经济社会发展情况。\n'))).toMatchObject({ region: '嘉兴市', region_level: 'city' });
    expect(inferMetaFromText(txt('日前，市政协副主席率队赴武汉市蔡甸区调研。\n'))).toMatchObject({ region: '武汉市', region_level: 'city' });
    // A 省政协 going to another province-level place: not its own.
    expect(inferMetaFromText(txt('4月1日，省政协副主席率队赴北京市考察学习民族宗教工作。\n'))).toEqual({ doc_type: '新闻', region_level: 'province' });
  });

  it('places listed after one gone to (赴西安市及天水市、张掖市) are gone to as well', () => {
    const visit = '6月26日，市政协副主席率队赴陕西省西安市及甘肃省天水市、张掖市考察全域旅游发展。\n';
    expect(inferMetaFromText(txt(visit))).toEqual({ doc_type: '新闻', region_level: 'city' });
    // a place after the visit, not joined to its list, is read as before
    expect(inferMetaFromText(txt(visit.replace('考察全域旅游发展', '考察全域旅游发展，为无锡市旅游业建言')))).toMatchObject({ region: '无锡市' });
  });

  it('在X县第N届人大 in running text names no place unless X县 is a division (委员在列席县第十六届人大…)', () => {
    const news = '11月27日，参加县政协八届一次会议的委员在列席县第十六届人大第一次会议开幕式后参加了讨论。\n';
    expect(inferMetaFromText(txt(news))).toEqual({ doc_type: '新闻', region_level: 'county' });
    expect(inferMetaFromText(txt('11月27日，委员们在竹山县第十六届人大第一次会议上听取报告。\n'))).toMatchObject({ region: '竹山县' });
  });

  it('a place\'s stem that ends a person\'s name in a list of names (程吉林, 付朝阳) is no place', () => {
    const members = '市政协召开第十四次常委会\n26日，市政协召开常委会。市政协副主席王克胜、董玉海、程吉林参加会议。\n';
    expect(inferMetaFromText(txt(members))).toEqual({ title: '市政协召开第十四次常委会', doc_type: '新闻', region_level: 'city' });
    expect(inferMetaFromText(txt('市政协召开常委会\n26日，市领导付朝阳、林旭阳等到会指导。\n')).region).toBeUndefined();
    // the place itself, or the stem after a word that is no surname, is read as before
    expect(inferMetaFromText(txt(members.replace('程吉林参加会议', '程某参加会议。会议在吉林市召开'))).region).toBe('吉林市');
    expect(inferMetaFromText(txt('市政协召开常委会\n26日，市政协在朝阳召开常委会。\n')).region).toBe('朝阳');
  });

  it('Hong Kong, Macao and Taiwan, which have no local 政协, are never the body\'s place', () => {
    const text = '1月24日，省长参加省政协十三届二次会议联组会议，听取澳门特邀委员和江西各界委员的意见。\n';
    expect(inferMetaFromText(txt(text))).toMatchObject({ region: '江西', region_code: '360000', region_level: 'province' });
  });
});

describe('genre', () => {
  it('a dated event of unveiling, launching or founding (揭牌, 启动, 成立) is news', () => {
    const unveiled = '政协委员工作站是委员履职的“最后一公里”，8月2日，市政协民进界别委员工作站在急救站正式揭牌启用。';
    expect(inferMetaFromText(txt(unveiled)).doc_type).toBe('新闻');
  });

  it('X作<a long body name>…的报告 is a headline, not the report', () => {
    const title = '万钢作政协第十一届全国委员会常务委员会关于提案工作情况的报告';
    expect(inferMetaFromText(txt(`${title}\n人民网北京3月3日电 全国政协十二届一次会议今天下午开幕。`)).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('关于区域合作提案办理情况的报告\n正文。')).doc_type).toBe('提案工作报告');
  });

  it('按照会议议程，我就… opens the account of a speaker at a meeting; 我代表… stays the voice of the report', () => {
    expect(inferMetaFromText(txt('关于县政协主要工作的通报\n按照会议议程，我就县政协2017年主要工作予以简要通报。')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('根据会议安排，我代表县政协常务委员会向大会报告工作。')).doc_type).toBe('常委会工作报告');
  });

  it('a signed piece (□ name) in the third person is news; told by its author (我是…) it is a memoir', () => {
    expect(inferMetaFromText(txt('同向同行 凝心聚力\n\n□滕艳芸\n\n一年来，宁波市政协始终坚持党的领导，聚焦大局勤履职。')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('与日俱增的文史情结\n\n□ 杨巨源\n\n我是1989年初进入莘县政协的，至2003年退休。'))).not.toHaveProperty('doc_type');
  });

  it('a notice or a rule is none of the genres, even with a date line', () => {
    expect(inferMetaFromText(txt('反映社情民意信息须知\n\n发布时间:2019-01-14\n\n一、反映社情民意信息是重要方式。'))).not.toHaveProperty('doc_type');
  });

  it('我代表…常务委员会 makes a standing committee report whatever else the title says; an unnamed 政协区第十届委员会 gives the level', () => {
    const template = '政协换届工作报告讲话\n各位委员：我代表政协区第十届委员会常务委员会，向大会作工作报告，请予审议。';
    expect(inferMetaFromText(txt(template))).toMatchObject({ doc_type: '常委会工作报告', region_level: 'district' });
    expect(inferMetaFromText(txt(template)).region).toBeUndefined();
    const government = '政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作，请予审议。\n各位代表！五年来办理政协委员提案1707件。';
    expect(inferMetaFromText(txt(government)).doc_type).toBe('工作报告');
  });

  it('a report set out after a line of news introducing it is the report, dated by the year it reviews; a government\'s is not', () => {
    const reproduced = '全国政协十三届二次会议今日下午在人民大会堂开幕，全国政协主席发表工作报告：\n一、2018年工作回顾\n2018年是开局之年。';
    expect(inferMetaFromText(txt(reproduced))).toMatchObject({ doc_type: '常委会工作报告', year: 2018 });
    const lead = '在2月23日下午开幕的州政协十届四次会议上，州政协副主席受常务委员会委托，向大会作工作报告。\n2009年工作回顾\n2009年是喜庆之年。';
    expect(inferMetaFromText(txt(lead))).toMatchObject({ doc_type: '常委会工作报告', year: 2009 });
    const government = '2019年1月28日省长在省第十三届人民代表大会第二次会议上作政府工作报告\n一、2018年工作回顾\n过去一年。';
    expect(inferMetaFromText(txt(government)).doc_type).not.toBe('常委会工作报告');
    // News of the session with no review heading of the report's own stays news.
    expect(inferMetaFromText(txt('3月3日，全国政协十三届一次会议开幕，主席作工作报告。\n委员们认真听取。')).doc_type).toBe('新闻');
  });

  it('a report body whose title is cut off (a date, a name, then 一、2025年工作回顾) is the committee report of the year it reviews', () => {
    const body = '(2026年2月7日)\n张某某\n一、2025年工作回顾\n2025年是关键一年。一年来，市政协及其常委会坚持团结和民主两大主题。\n';
    expect(inferMetaFromText(txt(body))).toMatchObject({ doc_type: '常委会工作报告', year: 2025, delivery_year: 2026 });
    const contents = '目录/提纲：……\n一、2018年工作回顾\n(一)坚持党的领导\n(二)弘扬政协文化\n二、2019年主要任务\n';
    expect(inferMetaFromText(txt(contents))).toMatchObject({ doc_type: '常委会工作报告', year: 2018 });
    const proposals = '(2024年1月10日)\n一、2023年提案工作回顾\n一年来，县政协提案委员会共收到提案200件。\n';
    expect(inferMetaFromText(txt(proposals))).toMatchObject({ doc_type: '提案工作报告', year: 2023 });
    // A government's body (人民政府, 市长) is not a 政协's; prose above the heading is not a cut title.
    const government = '(2026年1月8日)\n李某\n一、2025年工作回顾\n一年来，市人民政府认真落实市政协的意见。\n';
    expect(inferMetaFromText(txt(government)).doc_type).not.toBe('常委会工作报告');
    const prose = '会议听取了市政协主席所作的报告。\n一、2025年工作回顾\n一年来，市政协坚持团结和民主两大主题。\n';
    expect(inferMetaFromText(txt(prose)).doc_type).not.toBe('常委会工作报告');
  });

  it('a site\'s name and a trail of links before the title are passed over: the title names the genre', () => {
    const page = '人民网\n人民网>>云南频道>>要闻\n中国人民政治协商会议云南省第十三届委员会常务委员会工作报告\n2025年01月25日09:09 | 来源:云南日报\n各位委员，同志们：\n一、2024年工作回顾\n';
    expect(inferMetaFromText(txt(page))).toMatchObject({ title: '中国人民政治协商会议云南省第十三届委员会常务委员会工作报告', doc_type: '常委会工作报告', year: 2024 });
  });

  it('a speech run into its text, with its speaker before 在 or 时的讲话, and a greeting to guests under a caption, is a speech', () => {
    expect(inferMetaFromText(txt('市委书记在参加市政协科技界协商会时的讲话刚才，听了各位委员的发言，我深受启发。\n')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('区委书记在区政协一届五次会议闭幕会上的讲话各位委员，同志们：经过大家的共同努力。\n')).doc_type).toBe('讲话');
    const captioned = '2月18日下午，某某在闭幕会上作讲话。记者某某摄\n□某某\n各位委员，各位来宾、同志们：\n市政协四届四次会议今天就要闭幕了。\n';
    expect(inferMetaFromText(txt(captioned)).doc_type).toBe('讲话');
    // A report greets 委员, not guests.
    expect(inferMetaFromText(txt('政协某县委员会常务委员会工作报告\n各位委员、同志们：\n我代表政协第九届某县委员会常务委员会向大会报告工作。\n')).doc_type).toBe('常委会工作报告');
  });
});

describe('a plenary session that studies a Party congress', () => {
  it('names no year and meets early in the year: the congress met in the autumn before', () => {
    const item = '县政协十届二次会议召开提案审查会议\n1月13日下午，县政协十届二次会议召开提案审查会议。\n政协委员深入学习党的十九大精神。\n';
    expect(inferMetaFromText(txt(item))).toMatchObject({ year: 2018 });
    // A year named, or a session in the autumn, keeps the rules it had.
    expect(inferMetaFromText(txt(item.replace('1月13日下午', '11月13日下午')))).toMatchObject({ year: 2017 });
  });

  it('a congress still awaited (迎接党的二十大胜利召开) dates a session early in the year to the congress\'s year', () => {
    const item = '政协某县第十届委员会第一次会议召开协商会\n1月26日晚，政协某县第十届委员会第一次会议召开协商会。\n县长表示，要以优异成绩迎接党的二十大胜利召开。\n';
    expect(inferMetaFromText(txt(item))).toMatchObject({ year: 2022 });
    expect(inferMetaFromText(txt(item.replace('以优异成绩迎接党的二十大胜利召开', '深入学习贯彻党的二十大精神')))).toMatchObject({ year: 2023 });
  });
});

describe('news posted early in a year about the year before', () => {
  it('a lead that starts with the year before, or that looks back on the year just past in January, gives that year', () => {
    const feature = '某区政协：注重委员特长\n2024-01-26 16:21:11来源:国际在线\n2023年，某区政协对标新要求，成立了7个工作专班。\n';
    expect(inferMetaFromText(txt(feature))).toMatchObject({ doc_type: '新闻', year: 2023 });
    const review = '紧紧围绕科学发展 积极履行政协职能\n2006-01-11 11:33:17 来源:某某日报\n东北网1月11日电 回顾刚刚过去的一年，某市政协圆满完成了各项工作任务。\n';
    expect(inferMetaFromText(txt(review))).toMatchObject({ year: 2005 });
    // In June the year just past is no longer what an item is about; a plenary session reviews it in the year it meets.
    expect(inferMetaFromText(txt(review.replace('2006-01-11', '2006-06-11').replace('1月11日电', '6月11日电')))).toMatchObject({ year: 2006 });
    const plenary = '政协委员建言献策\n2007年01月29日16:50 山西新闻网\n本报讯(记者某某)1月27日，山西省政协第九届五次会议在太原隆重开幕。\n2006年是我省政协工作取得显著成效的一年。\n';
    expect(inferMetaFromText(txt(plenary))).toMatchObject({ year: 2007 });
  });

  it('…also when its genre is not told, and when the lead opens on a site\'s news tag and byline', () => {
    const untold = '喜迎两会 | 某市政协：认真履行职责使命\n2021-02-03\n2020年某市八届政协及其常委会牢牢把握团结和民主两大主题，认真履行职能。\n';
    expect(inferMetaFromText(txt(untold)).year).toBe(2020);
    const tagged = '某市持续推动政协工作出特色有成效\n发布时间:2023-01-10 10:01:52\n某某网讯(记者 某某) 2022年来，某市政协把学习宣传贯彻党的二十大作为主线。\n';
    expect(inferMetaFromText(txt(tagged))).toMatchObject({ year: 2022 });
    const phrase = '谋发展 为民生 真情履职又一年\n发布时间:2016-01-15\n春华秋实又一年。2015年，县政协常委会再次谱写了同心谋发展的前进之歌。\n';
    expect(inferMetaFromText(txt(phrase))).toMatchObject({ year: 2015 });
  });

  it('…or, posted in January or February, a later sentence of its opening starts on the year before — not an item on a day of the new year, a recent event or the sessions', () => {
    const review = '某区政协：协商在一线 共绘同心圆\n发布时间:2026-01-05\n社区议事厅里，居民和委员围坐一起。\n街道协商点亮社区治理。2025年，区政协持续推进协商在一线工作。\n';
    expect(inferMetaFromText(txt(review)).year).toBe(2025);
    const looking = review.replace('2025年，区政协', '回望2025，区政协');
    expect(inferMetaFromText(txt(looking)).year).toBe(2025);
    const event = review.replace('街道协商点亮社区治理。', '1月4日，区政协召开协商议事会。');
    expect(inferMetaFromText(txt(event)).year).toBe(2026);
    const recent = review.replace('街道协商点亮社区治理。', '近日，区政协召开协商议事会。');
    expect(inferMetaFromText(txt(recent)).year).toBe(2026);
    const session = review.replace('街道协商点亮社区治理。', '委员们参加区政协六届五次会议分组讨论。');
    expect(inferMetaFromText(txt(session)).year).toBe(2026);
  });

  it('a piece that sums up the work of a body (综述, 回眸, 纪实), dated in the first half of a year, is about the year before', () => {
    const summary = '协商聚共识 履职展担当\n——某市政协亮点工作综述\n通讯员 某某\n《 人民政协报 》 ( 2024年05月18日   第 01 版)\n全年开展85次协商活动。\n';
    expect(inferMetaFromText(txt(summary))).toMatchObject({ doc_type: '新闻', year: 2023 });
    // In the second half of the year, or a session's summary (两会综述), it is the year it is dated.
    expect(inferMetaFromText(txt(summary.replace('2024年05月18日', '2024年08月18日')))).toMatchObject({ year: 2024 });
    const session = '凝心聚力谋发展\n——某市两会综述\n( 2024年01月18日   第 01 版)\n本报讯 1月17日，某市政协会议闭幕。\n';
    expect(inferMetaFromText(txt(session))).toMatchObject({ year: 2024 });
  });
});

describe('reports whose voice or review heading is written otherwise, fourteenth round', () => {
  it('我受…常务委员会的委托 inside the line that holds the title names the report; 一、过去五年工作回顾 opens one', () => {
    const proposals = '某区政协常务委员会提案工作情况的报告\n发布时间:2021-12-03 15:51:53\n中国人民政治协商会议 某区委员会常务委员会 提案工作情况的报告 (2021年11月10日) 各位委员、同志们: 我受政协某区委员会常务委员会的委托,向大会报告过去五年提案工作情况。\n';
    expect(inferMetaFromText(txt(proposals))).toMatchObject({ doc_type: '提案工作报告' });
    const fiveYears = '一、过去五年工作回顾\n九届一次会议以来,在中共某市委的正确领导下,市政协常务委员会坚持团结和民主两大主题。\n';
    expect(inferMetaFromText(txt(fiveYears))).toMatchObject({ doc_type: '常委会工作报告' });
  });
});

describe('page heads and genres, seventh round', () => {
  it('a bare 当前位置 or 您的当前位置, a line of signs, a site menu and 首页 - … - … are furniture: the title after them names the genre', () => {
    const located = '当前位置\n  某区政协 > 第七届五次会议 > 大会文件\n中国人民政治协商会议某某市某某区第七届委员会常务委员会工作报告\n发布时间:2026-01-05\n各位委员:\n';
    expect(inferMetaFromText(txt(located))).toMatchObject({ doc_type: '常委会工作报告' });
    const yours = '您的当前位置:\n\n常务委员会工作报告\n\n重要文件\n(2019年1月13日)一、过去一年工作回顾。省政协准确把握新要求。\n';
    expect(inferMetaFromText(txt(yours))).toMatchObject({ title: '常务委员会工作报告', doc_type: '常委会工作报告', year: 2018 });
    // A title set on three lines after a line of signs: the proposal report's, not the standing committee's.
    const piped = '|\n中国人民政治协商会议\n北京市通州区第七届委员会常务委员会\n关于提案工作情况的报告\n——2026年1月5日在政协会议上\n各位委员:\n';
    expect(inferMetaFromText(txt(piped))).toMatchObject({ doc_type: '提案工作报告', year: 2025 });
    const menu = ['首 页', '基本情况', '要闻简报', '重要会议', '政治协商', '民主监督', '党派团体与界别工作', '文史苑', '委员风采', '委员论坛', '大事记'].join('\n');
    const speech = `${menu}\n   首页 - 政协某区委员会 - 重要会议\n\n在政协天津市河北区第十二届委员会第一次会议闭幕会上的讲话\n\n重要会议       加入时间: 2007-12-06 14:55:01\n各位委员、同志们:\n`;
    expect(inferMetaFromText(txt(speech))).toMatchObject({ title: '在政协天津市河北区第十二届委员会第一次会议闭幕会上的讲话', doc_type: '讲话', year: 2007 });
    // A portal's name is no title; the line that says where the page sits is dropped.
    const portal = '某宁市党政门户网\n\n当前页面: 首页  > 政务公开 > 重要报告\n\n中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告\n各位委员、同志们:\n';
    expect(inferMetaFromText(txt(portal))).toMatchObject({ title: '中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告', doc_type: '常委会工作报告' });
  });

  it('各位委员、同志们： with no report\'s voice after it opens a speech, whatever news-like lines follow; with 我代表… it opens a report', () => {
    expect(inferMetaFromText(txt('各位委员,同志们:\n政协第十四届某市委员会第四次会议圆满地完成了各项议程，马上就要胜利闭幕了。\n本报讯1月26日，记者获悉。\n')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('各位委员、各位同志:\n这次会议圆满完成各项议程。\n市委书记在开幕会上作了重要讲话，向大会报告了一年来的工作。\n')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('(二0一一年一月十日)\n各位委员、同志们:\n今天,政协第八届某县委员会第五次会议隆重开幕了!\n')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('区政协闭幕式讲话各位委员、同志们:经过大家共同努力，会议圆满完成各项议程。\n')).doc_type).toBe('讲话');
    expect(inferMetaFromText(txt('各位委员、同志们:\n我代表政协某县第九届委员会常务委员会，向大会报告工作。\n')).doc_type).toBe('常委会工作报告');
  });

  it('…闭幕时的讲话 names a speech; 各位委员， in running text addresses an audience and is no report\'s voice', () => {
    expect(inferMetaFromText(txt('某某在政协徐州市第十三届委员会第一次会议闭幕时的讲话\n2008-01-14 11:45\n各位委员、同志们：\n')).doc_type).toBe('讲话');
    const running = '委员们：\n政协某区第十二届委员会第一次会议明天就要开幕了。\n各位委员，新一届政协任期的五年，是我区发展的关键期。\n';
    expect(inferMetaFromText(txt(running)).doc_type).not.toBe('工作报告');
    expect(inferMetaFromText(txt('政协某县委员会工作报告\n各位委员：\n一年来，县政协围绕中心工作履职。\n')).doc_type).toBe('工作报告');
  });

  it('a resolution set on two lines is no news item; a 政协报 as the source is a newspaper\'s', () => {
    const resolution = '中国人民政治协商会议河北省唐山市第十一届委员会第一次会议\n关于政协唐山市第十届委员会常务委员会提案工作报告的决议\n会议认为，五年来的提案工作成效显著。\n';
    expect(inferMetaFromText(txt(resolution))).not.toHaveProperty('doc_type');
    expect(inferMetaFromText(txt('和美乡村入画来\n2023-09-09 | 来源:广西政协报\n蜿蜒融江碧水如镜。\n')).doc_type).toBe('新闻');
  });

  it('广西政协报 is a newspaper: the body is the one its headline names, the paper\'s owner only when none is', () => {
    const page = '广西政协报新闻中心\n当前位置:首页 > 基层政协 > 正文\n和美乡村入画来——融安县政协助推乡村振兴侧记\n2023-09-09 | 来源:广西政协报\n';
    expect(inferMetaFromText(txt(page))).toMatchObject({ region: '融安县', region_code: '450224', region_level: 'county' });
    const front = '重庆政协报数字报纸\n2025年09月23日\n重庆政协报要闻 委员工作室助力基层治理 大同来客话合作\n市政协民宗委指导，委员工作室挂牌。市政协委员参加。\n';
    expect(inferMetaFromText(txt(front))).toMatchObject({ region: '重庆', region_code: '500000', region_level: 'province' });
    // …but not against the level the page's bare cues give: a district's item in the paper.
    const district = '重庆政协报数字报纸\n2025年09月23日\n区政协召开常委会议。区政协主席出席。区政协委员发言。\n';
    expect(inferMetaFromText(txt(district)).region).not.toBe('重庆');
  });

  it('a bare 市政协 with one municipality named and no city is that municipality\'s; two municipalities name none', () => {
    const page = '市政协召开主席会议\n2020-06-16 来源:解放日报\n昨天，市政协召开十三届四十五次主席会议。\n会议审议了将上海打造成为国内大循环中心节点的方案。\n';
    expect(inferMetaFromText(txt(page))).toMatchObject({ region: '上海市', region_code: '310000', region_level: 'province' });
    expect(inferMetaFromText(txt(page.replace('将上海打造', '将上海与北京打造'))).region).toBeUndefined();
    expect(inferMetaFromText(txt(page.replace('将上海打造成为', '在上海路打造'))).region).toBeUndefined();
  });

  it('the day a page was viewed (今天是:…) dates nothing; a speaker and date run into the salutation open a speech', () => {
    const page = '今天是:2025年12月07日\n市政协七届六次会议开幕\n2月4日上午，中国人民政治协商会议遂宁市第七届委员会第六次会议开幕。\n报告指出，2020年是极不平凡的一年。\n';
    expect(inferMetaFromText(txt(page))).toMatchObject({ doc_type: '新闻', year: 2021, region: '遂宁市' });
    expect(inferMetaFromText(txt('孙某(2023年1月16日)各位委员,同志们:中国人民政治协商会议湖北省第十三届委员会第一次会议顺利完成各项任务。\n')).doc_type).toBe('讲话');
  });

  it('a headline that opens with a body is that body\'s, on the page of the body it visits', () => {
    const page = '宝鸡市政协到金台区开展老旧小区改造情况专题调研\n6月26日，宝鸡市政协副主席带队到金台区开展专项调研。\n调研组对我区老旧小区改造工作表示充分肯定。\n';
    expect(inferMetaFromText(txt(page))).toMatchObject({ region: '宝鸡市', region_level: 'city' });
    // Not opening the headline, the visitor gives way to the page's own 我区.
    expect(inferMetaFromText(txt(page.replace('宝鸡市政协到金台区开展', '金台区迎来宝鸡市政协开展'))).region).not.toBe('宝鸡市');
  });

  it('a paper\'s masthead (…政协主管主办) is no body', () => {
    const page = '宁夏回族自治区政协主管主办国内统一刊号:CN64-0011 华兴时报社出版\n架起“连心桥”\n——泾源县政协推动履职触角向基层延伸\n本报记者 某某\n';
    expect(inferMetaFromText(txt(page))).toMatchObject({ region: '泾源县', region_level: 'county' });
  });

  it('区市政协 is a column of many bodies, no cue of one level', () => {
    const page = '区市政协|蓬莱区政协召开专题主席会议研究部署反映社情民意信息工作\n烟台政协 2025-04-14 17:33\n4月14日，蓬莱区政协召开主席（扩大）会议。\n';
    expect(inferMetaFromText(txt(page))).toMatchObject({ region: '蓬莱区', region_code: '370614', region_level: 'district' });
  });

  it('a street named after a place (长白山路) names no region', () => {
    const text = '4月14日上午，协商议事会开进雍城街道长白山路社区。\n会上，议事会成员、市政协委员等以长白山路社区河堤问题为主题展开讨论。\n';
    expect(inferMetaFromText(txt(text)).region).toBeUndefined();
    expect(inferMetaFromText(txt(text.replace('长白山路社区河堤', '白山市某社区河堤')))).toMatchObject({ region: '白山市' });
  });

  it('a bridge, a bay or a scenic area named after a place (水阳江大桥, 阳泉湾生态旅游区) names no region', () => {
    const bridge = '市政协视察重点交通工程\n8月16日，市政协主席一行视察水阳江大桥建设点。\n';
    expect(inferMetaFromText(txt(bridge)).region).toBeUndefined();
    const bay = '市政协助力文旅融合发展工作对接会召开\n会议听取了阳泉湾生态旅游区景点项目建设情况汇报。\n';
    expect(inferMetaFromText(txt(bay)).region).toBeUndefined();
    expect(inferMetaFromText(txt(bay.replace('阳泉湾生态旅游区', '阳泉市生态旅游区')))).toMatchObject({ region: '阳泉市' });
  });

  it('a bare 州政协 and the stem of one autonomous prefecture name that prefecture', () => {
    const meta = inferMetaFromText(txt('2025年，州政协充分发挥专门协商机构优势，为推动延边经济社会高质量发展贡献力量。\n'));
    expect(meta).toMatchObject({ region: '延边朝鲜族自治州', region_code: '222400', region_level: 'city' });
    // 市政协 with the stem: no 州政协, no guess.
    expect(inferMetaFromText(txt('市政协充分发挥专门协商机构优势，为推动延边经济社会高质量发展贡献力量。\n')).region).toBeUndefined();
  });
});

describe('the committees above a page, listed', () => {
  it('省、市政协 is a list of the committees above, no cue of one level: the district that acts is the region', () => {
    const page = '今年4月以来，省、市政协分别召开专项民主监督部署会。随后，婺城区政协迅速开展工作部署，传达省、市政协会议精神。';
    expect(inferMetaFromText(txt(page))).toMatchObject({ region: '婺城区', region_level: 'district', region_code: '330702' });
  });
});

describe('a county-level city that writes 市政协 of itself', () => {
  it('a bare 市政协 page naming one county-level city and no prefecture is that city\'s', () => {
    expect(inferMetaFromText(txt('5月9日下午，市政协召开民生议事堂协商会。\n会议围绕瑞安市老旧小区改造开展协商。'))).toMatchObject({
      region: '瑞安市', region_code: '330381', prefecture: '温州市', region_level: 'county',
    });
    // by its stem, twice, when no prefecture is named
    expect(inferMetaFromText(txt('助力嵊州文明城市创建\n4月13日上午，市政协主席一行赴贵门乡监督垃圾分类工作，为嵊州发展贡献力量。'))).toMatchObject({
      region: '嵊州市', region_level: 'county',
    });
    // a prefecture named in the page: its own committee's page, not the county-level city it mentions
    expect(inferMetaFromText(txt('5月9日下午，市政协召开协商会。\n会议围绕温州市、瑞安市老旧小区改造开展协商。'))).toMatchObject({ region: '温州市', region_level: 'city' });
    // a county-level city gone to is visited by its prefecture's committee
    expect(inferMetaFromText(txt('5月9日下午，市政协主席率队赴瑞安市调研老旧小区改造。'))).toMatchObject({ region: '温州市', region_level: 'city' });
    // two county-level cities: nothing is decided
    expect(inferMetaFromText(txt('5月9日下午，市政协召开协商会。\n瑞安市、乐清市的委员参加会议。')).region).toBeUndefined();
    // a village or a town named after a place (镇江村; 禾丰镇 holds 丰镇's stem) names no city
    expect(inferMetaFromText(txt('协商议事会开进禾丰镇镇江村\n10月17日上午，市政协委员在禾丰镇镇江村开展协商。')).region).toBeUndefined();
    // 州政协 is an autonomous prefecture's, whatever county-level city it names
    expect(inferMetaFromText(txt('州政协召开主席会议。\n会议听取了凯里市旅游发展情况汇报。')).region_level).toBe('city');
  });

  it('a prefecture listed after the province, as a level above the page, is not its own place', () => {
    const members = '昨天上午，市政协十四届五次会议开幕。\n列席本次大会的有：在诸暨的省、绍兴市政协委员，有关党派团体负责人。';
    expect(inferMetaFromText(txt(members))).toMatchObject({ region: '诸暨市', region_code: '330681', region_level: 'county' });
    const meeting = '十四届市政协常委会第十五次会议召开。\n会议传达学习福建省委政协工作会议、泉州市委政协工作会议精神。';
    expect(inferMetaFromText(txt(meeting))).toMatchObject({ region_level: 'county' });
    expect(inferMetaFromText(txt(meeting)).region).toBeUndefined();
    // the prefecture's members who live in the page's place: the prefecture is above it, even at work with them
    const visit = '市政协组织住我市的苏州市政协委员赴吴江区开展异地视察活动。';
    expect(inferMetaFromText(txt(visit))).toMatchObject({ region_level: 'county' });
    expect(inferMetaFromText(txt(visit)).region).toBeUndefined();
    // the prefecture's own page names the levels above it bare, and itself in full
    const own = '十四届市政协常委会第十五次会议召开。\n会议传达学习省委政协工作会议精神，泉州市政协主席讲话。';
    expect(inferMetaFromText(txt(own))).toMatchObject({ region: '泉州市', region_level: 'city' });
  });
});

describe('the national committee at work in a province', () => {
  it('a group of 全国政协 at work in the page place is the national committee, a member title is not', () => {
    const research = '王某常务副主席在山西调研\n6月25日，王某率领全国政协经济委员会专题调研组，围绕扩大内需等问题在山西开展专题调研。';
    expect(inferMetaFromText(txt(research))).toMatchObject({ region: '全国', region_level: 'national' });
    const tour = '10月15日至19日，全国政协副主席杨某率香港特别行政区全国政协委员考察团到河北考察。';
    expect(inferMetaFromText(txt(tour))).toMatchObject({ region: '全国', region_level: 'national' });
    const member = '河北省政协到衡水市督办“一号提案”\n9月19日，全国政协常委、省政协副主席卢某带领部分委员到衡水市督办省政协“一号提案”。';
    expect(inferMetaFromText(txt(member))).toMatchObject({ region: '河北省', region_level: 'province' });
  });
});

describe('a group of national members that the national committee sends', () => {
  it('全国政协委员考察团 is the national committee at work; the members living in a province, gathered by it, are not', () => {
    const tour = '山西站在大考前——港区全国政协委员考察团在晋考察侧记\n5月10日，考察团一行来到山西某煤矿。委员们对山西的发展有了更深的了解。\n';
    expect(inferMetaFromText(txt(tour))).toMatchObject({ region: '全国', region_level: 'national' });
    const living = '自治区政协主席率住宁全国政协委员考察团赴新疆考察学习。\n';
    expect(inferMetaFromText(txt(living)).region).not.toBe('全国');
  });
});

describe('set phrases that hold a place name', () => {
  it('长治久安 names no 长治, 幸福安康 no 安康', () => {
    const news = '市政协十二届五次会议分组讨论\n委员们表示，将为首府社会稳定和长治久安作出积极贡献，乌鲁木齐市政协主席参加讨论。';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region: '乌鲁木齐市', region_level: 'city' });
    expect(inferMetaFromText(txt('市政协召开常委会议，为全市人民幸福安康建言献策。')).region).toBeUndefined();
    // the city itself, named alone, stays
    expect(inferMetaFromText(txt('市政协召开常委会议，为安康发展建言献策。'))).toMatchObject({ region_code: '610900', region_level: 'city' });
  });
});

describe('a formal name with a slip', () => {
  it('中国人民政协商会议 (治 left out) is the formal prefix, not 政协 followed by a name 商会议文成县', () => {
    const rules = '会议通过了《中国人民政协商会议文成县委员会全体会议工作规则》。';
    expect(inferMetaFromText(txt(rules))).toMatchObject({ region: '文成县', region_code: '330328', region_level: 'county' });
  });
});

describe('divisions since renamed', () => {
  it('a committee named by a former county (芜湖县政协, before it became 湾沚区) gets the code that county had', () => {
    const news = '1月13日，芜湖县政协八届二次会议隆重开幕。\n中国人民政治协商会议芜湖县第八届委员会第二次会议在行政中心召开。\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region: '芜湖县', region_code: '340221', prefecture: '芜湖市', region_level: 'county' });
  });

  it('a current district written in running text is not read as the county-level city of the same stem it once was', () => {
    const news = '市政协开展专项民主监督。\n委员们实地察看了姜堰区溱潼镇、姜堰区三水街道、海陵区城西街道。委员们先后来到泰州某托育园。\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region_level: 'city' });
    expect(inferMetaFromText(txt(news)).region_code).not.toBe('321284');
  });
});

describe('a place stem that ends in 州 before 政协', () => {
  it('华州政协 is the body of 华州区, not a bare 州政协 of an autonomous prefecture', () => {
    const news = '华州政协荣获优秀单位称号\n在全区考核表彰会上，华州区政协被区委、区政府表彰。\n（华州政协 某某）';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region: '华州区', region_code: '610503', region_level: 'district' });
    const headline = '华州政协召开主席会议\n会议研究了下一步工作。';
    expect(inferMetaFromText(txt(headline))).toMatchObject({ region: '华州区', region_level: 'district' });
  });
  it('a bare 州政协 still cues an autonomous prefecture', () => {
    expect(inferMetaFromText(txt('州政协召开常委会议\n会议协商了延边经济社会发展。'))).toMatchObject({ region_level: 'city' });
  });
});

describe('a committee set up by a higher one (工作委员会, 工委)', () => {
  it('政协阿勒泰地区工委 is the prefecture\'s body; a sector\'s 工委 names no place', () => {
    const news = '日前，政协阿勒泰地区工委召开考察成果交流会\n地工委党组书记主持会议并作点评。\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region: '阿勒泰地区', region_code: '654300', region_level: 'city' });
    const sector = '市政协召开会议\n会议听取了政协界别地区工委的工作汇报。\n';
    expect(inferMetaFromText(txt(sector)).region).not.toBe('界别地区');
  });
});

describe('a place stem of any ending before 政协', () => {
  it('罗田政协 opening a headline is the body of 罗田县, before a 省政协 named in the running text', () => {
    const essay = '罗田政协：推动协商民主取得新成效\n借鉴全国政协和省政协的做法，县政协主席会议筛选了12个协商议题。\n';
    expect(inferMetaFromText(txt(essay))).toMatchObject({ region: '罗田县', region_code: '421123', region_level: 'county' });
  });
  it('a stem in a byline names the body of a page that writes only 区政协', () => {
    const news = '区政协召开主席会议\n会议听取了有关工作汇报。\n（钱塘政协 供稿）\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region: '钱塘区', region_level: 'district' });
  });
  it('a quoted stem (“同心政协”) is a brand, not the body of 同心县', () => {
    const news = '市政协召开常委会议\n会议总结了“同心政协”品牌建设的做法。\n';
    expect(inferMetaFromText(txt(news)).region).not.toBe('同心县');
  });
});

describe('news that opens on its days', () => {
  it('a lead that opens on a range of days (5月29日至30日，) is news, as one that opens on a day is', () => {
    const visit = '同心共建促发展 履职为民聚合力\n5月29日至30日，县政协副主席带领相关专委会到某镇就推进养老服务开展调研。\n';
    expect(inferMetaFromText(txt(visit)).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('5月14日至15日，州政协副主席一行深入我县对提案办理情况进行了督查。\n')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('6月15日至6月17日，市政协主席一行赴某区进行工作交流。\n')).doc_type).toBe('新闻');
  });
  it('a lead that opens on a quotation and then its day, or names the body in the third person (该县政协), is news', () => {
    const quoted = '“经过365个日夜的努力，成功挽救157个孩子重回正途……”3月29日，在某县政协委员大比武擂台上，委员讲述了她的提案。\n';
    expect(inferMetaFromText(txt(quoted)).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('今年，该县政协进一步提高提案质量和办理质量，确定了10件重点提案。\n')).doc_type).toBe('新闻');
    // a report in its own voice stays a report
    expect(inferMetaFromText(txt('各位委员：\n现在，我代表政协某县委员会常务委员会向大会报告工作。今年，县政协…\n')).doc_type).toBe('常委会工作报告');
  });
});

describe('a report under a headline that names it delivered', () => {
  it('is the report when the page holds it: its title block, salutation and the committee\'s voice, or a line of news then its first heading', () => {
    const page = [
      '崔某作市政协十一届委员会常务委员会工作报告', '更新时间:2009-02-05 10:14:00', '中国人民政治协商会议', '河北省保定市第十一届委员会常务委员会',
      '工 作 报 告', '——在政协保定市第十一届委员会第二次会议上', '(2009年2月4日)', '崔某', '各位委员:',
      '我受政协保定市第十一届委员会常务委员会委托，向大会报告工作，请予审议。', '去年工作回顾', '2008年，是我国发展进程中很不平凡的一年。',
    ].join('\n');
    expect(inferMetaFromText(txt(page))).toMatchObject({ doc_type: '常委会工作报告', year: 2008, region: '保定市' });
    // a line of news that introduces the report, then the report's first numbered heading: the report itself
    const introduced = [
      '掌上某市讯 2025年2月9日，政协第十一届某县委员会第五次会议在县城召开，县政协主席某某代表政协第十一届某县委员会，向大会报告工作。',
      '一、坚持党的领导，在提高站位中彰显政协本色', '坚持把党的领导作为最高政治原则和政治规矩。',
    ].join('\n');
    expect(inferMetaFromText(txt(introduced))).toMatchObject({ doc_type: '常委会工作报告', year: 2024 });
    // a news item about the report, with no salutation of its own, stays news
    const news = '崔某作市政协常务委员会工作报告\n2009-02-05 10:14\n2月4日，政协保定市第十一届委员会第二次会议开幕。崔某代表常务委员会向大会报告工作。\n';
    expect(inferMetaFromText(txt(news)).doc_type).toBe('新闻');
  });
});

describe('a first sentence for a title', () => {
  it('a genre named in a clause the sentence goes on from is not the title genre', () => {
    const sentence = '按照市委全会要求，结合人民政协改革创新工作要点，自5月中旬至6月上旬，市政协副主席带队到各县市区';
    expect(genreOf(sentence, ['调研组通过看现场、听汇报等方式了解情况。'], '')).not.toBe('工作要点');
    // A title that ends in the genre keeps it, also after a comma, and also when the sentence ends with its stop.
    expect(genreOf('凝心聚力，某县政协2020年工作要点', ['一、指导思想'], '')).toBe('工作要点');
    expect(genreOf('经区委常委会会议研究同意，确定2022年度区政协重点协商工作计划。', ['召开1场全体会议协商。'], '')).toBe('协商计划');
  });
});

describe('an autonomous prefecture and its seat', () => {
  it('a bare 州政协 is not a 市 named later in a list of bodies (吉首市政协、龙山县政协作表态发言)', () => {
    const news = '某州改善生态环境专项民主监督工作会议在吉首召开\n3月1日，会议在吉首召开。州政协主席出席会议并讲话。\n会上，州生态环境局、吉首市政协、龙山县政协作表态发言。\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region_level: 'city' });
    expect(inferMetaFromText(txt(news)).region).not.toBe('吉首市');
  });
  it('a seat that shares its prefecture stem (楚雄市, 楚雄州) is not confirmed by that stem', () => {
    const county = '近日，我县设分会场参加全州“美丽楚雄”建设工作情况视察监督远程协商会。县领导参加会议。\n';
    expect(inferMetaFromText(txt(county)).region).not.toBe('楚雄市');
    expect(inferMetaFromText(txt(county)).region_level).toBe('county');
  });
});

describe('the marks of a news page', () => {
  it('a newspaper’s tag, a repost’s original title, what a reporter learnt, an editor’s note, a feature named so, a date on its own line', () => {
    const pages = [
      '澳委员献策促某市发展\n【本报消息】某市政协十四届二次会议于本月五日及六日召开。\n',
      '委员返乌\n原标题:住疆全国政协委员返乌\n出席全国政协十三届二次会议的委员圆满完成各项会议议程。\n',
      '十届省政协提案全部办复\n从省政协提案委员会获悉，省政协十届一次会议以来，共收到提案2794件。\n',
      '委员如期报到\n拳拳之心谋发展。据悉，参加此次会议的委员应到427人。\n',
      '编者按\n为讲好政协履职创新故事，省政协特举办故事大赛。\n',
      '汇合力聚共识的“政协答卷”\n——某县政协履职提质增效侧记\n某县政协以建言资政和凝聚共识为目标。\n',
      '集思广益献良策\n——市政协2023年工作综述\n2023年，市政协坚持以习近平新时代中国特色社会主义思想为指导。\n',
      '集思广益献良策\n某日报/2024 年/1 月/11 日/第 001 版\n2023年，市政协围绕中心建言献策。\n',
      '|\n某某同志当选市政协主席 |\n2009-04-30 |\n|\n某某当选为市政协十一届委员会主席。\n',
      '6日，政协某市第十三届委员会第四次会议在国歌声中揭幕。\n来自全市各界的政协委员齐聚一堂。\n',
    ];
    for (const page of pages) expect(inferMetaFromText(txt(page)).doc_type, page).toBe('新闻');
  });
  it('a date inside a line, a 综述 that is not a subtitle, or a report that says what it learnt in its own voice stays as it was', () => {
    expect(inferMetaFromText(txt('政协工作综述\n2023年，市政协坚持围绕中心。\n一、加强学习\n')).doc_type).not.toBe('新闻');
    expect(inferMetaFromText(txt('各位委员：\n现在，我代表政协某县委员会常务委员会向大会报告工作。据悉，今年…\n')).doc_type).toBe('常委会工作报告');
  });
});

describe('a congress named after a verb', () => {
  it('在听取区三届人大…的说明后 names no place 听取区; 在某县第十六届人大 still does', () => {
    const news = '区政府就《政府工作报告》征求意见\n在听取区三届人大一次会议《政府工作报告(征求意见稿)》起草过程的说明后，区政协委员踊跃发言。\n';
    expect(inferMetaFromText(txt(news)).region).not.toBe('听取区');
    expect(inferMetaFromText(txt('政府工作报告\n——在宁远县第十六届人大第一次会议上\n')).region).toBe('宁远县');
  });
});

describe('a count up to a day early in the year', () => {
  it('a January session whose only year is a deadline of that month (截至2026年1月21日12时) is of that year, not the year after', () => {
    const news = '某区政协三届五次会议闭幕\n某融媒1月22日讯(记者 某某)1月22日,中国人民政治协商会议某市某区第三届委员会第五次会议圆满完成各项议程,胜利闭幕。\n\n在主席台前排就座的领导有:某某、某某。\n闭幕会由区政协主席某某主持。\n本次会议应到委员218人,实到209人。\n大会听取了区政协三届五次会议提案审查情况的报告。截至2026年1月21日12时,共收到提案198件。\n';
    expect(inferMetaFromText(txt(news)).year).toBe(2026);
    // (a count up to the year's end, 截至2023年底, is the year reviewed: the first test of this file)
  });
});

describe('news late in a year that names the next', () => {
  it('a date line after a mark (©原创 2019-12-23 14:37) dates the item though 原创 is a disclaimer’s word', () => {
    const news = '政协某县第十二届委员会第四次会议隆重开幕\n\n©原创   2019-12-23 14:37   云上某县\n\n12月23日上午,政协某县第十二届委员会第四次会议隆重开幕。\n\n某某说,2020年是全面建成小康社会和“十三五”规划的收官之年。\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ year: 2019, delivery_year: 2019 });
  });
  it('a lead after its site’s tag and byline opening on a day in December, whose next year is named only as a plan, is of its own year', () => {
    const news = '上海市政协召开主席会议\n讯 (记者 某某)12月14日,上海市政协召开十三届五十三次主席会议,听取市政协2020年反映社情民意信息工作情况等汇报。\n会议听取了关于长三角地区政协主席联席会议情况及2021年有关工作安排的汇报。\n';
    expect(inferMetaFromText(txt(news)).year).toBe(2020);
  });
});

describe('a plenary session early in a year that studies an autumn plenum', () => {
  it('met the year after the plenum (二十届四中全会 met in October 2025); after a plenum of February it is of the plenum’s year', () => {
    const autumn = '政协某市第十届委员会第六次会议闭幕\n1月21日,政协某市第十届委员会第六次会议圆满完成各项议程,在会议中心闭幕。会议号召,广大政协委员要全面学习贯彻党的二十届四中全会精神。\n';
    expect(inferMetaFromText(txt(autumn)).year).toBe(2026);
    const february = '政协某市第十届委员会第二次会议闭幕\n3月5日,政协某市第十届委员会第二次会议圆满完成各项议程,在会议中心闭幕。会议号召,广大政协委员要全面学习贯彻党的二十届二中全会精神。\n';
    expect(inferMetaFromText(txt(february)).year).toBe(2023);
  });
});

describe('a year closed as it is decided', () => {
  it('2025年是“十四五”收官决胜之年, said at a session early in 2026, is the year it reviews', () => {
    const news = '某市政协十届六次会议开幕\n1月12日，某市政协十届六次会议开幕。\n市委书记某某代表市委向大会的召开表示热烈祝贺。他指出，2025年是“十四五”收官决胜之年，全市经济稳中有进。\n';
    expect(inferMetaFromText(txt(news)).year).toBe(2026);
  });
});

describe('names that are no places, and a body named after another', () => {
  it('画出最大同心圆 names no 大同, “新乡人” no 新乡; 政协X工委 after another 政协 in the sentence is X’s', () => {
    expect(inferMetaFromText(txt('寻求最大公约数，画出最大同心圆。2024年，某市政协坚持发挥人民政协包容性强的独特优势。\n')).region ?? '').toBe('');
    expect(inferMetaFromText(txt('某县政协召开议事会\n将进一步挖掘“新乡人”资源，携手“三乡人”助推县委县政府工作。\n')).region ?? '').toBe('');
    expect(inferMetaFromText(txt('茶话会\n各市区政协主席和政协镇江新区工委主任出席。\n')).region).toBe('镇江新区');
  });
});

describe('a page that nothing else types, told of a 政协 in the third person', () => {
  it('is a news item: a year under review in a paper, a feature under its own headline', () => {
    expect(inferMetaFromText(txt('2024年，区政协妇联界别深入开展委员联系界别群众工作，创新方式方法开展界别活动。\n')).doc_type).toBe('新闻');
    expect(inferMetaFromText(txt('凝心聚力谋良策\n近年来，某市政协始终围绕中心、服务大局，以产业振兴为抓手。\n')).doc_type).toBe('新闻');
  });

  it('is not when its title names a document, a part of a yearbook or its authors, or when it is set out under numbered headings or opens on a review', () => {
    for (const page of [
      '关于征集市政协六届三次会议提案的通知\n各位委员：为做好提案征集工作，现将有关事项通知如下。\n',
      '政协某市委员会年鉴-2023\n市政协党组理论学习中心组全年召开学习会25次。\n',
      '第三节 参政议政\n市政协围绕全市经济社会发展开展调研。\n',
      '（2026年1月19日政协第五届某市委员会第五次会议通过）\n政协委员积极提交提案。\n',
      '顾某某 王某 曹某\n人民政协民主监督是规范行政执法的重要保障，政协委员大有可为。\n',
      '主要工作\n市政协围绕平安建设、节能减排开展专题调研视察。\n',
      '某县政协坚持党的领导，积极履职。\n一、加强理论武装\n县政协组织学习。\n',
      '我曾任某区政协委员十年，经手了很多政协提案。\n',
    ]) expect(inferMetaFromText(txt(page)), page).not.toHaveProperty('doc_type');
  });
});

describe('a prefecture listed after the province, as a level above a county-level city', () => {
  it('is not the body of a page whose own committee is a bare 市政协', () => {
    const report = '一、过去五年工作回顾\n九届一次会议以来，在中共莱西市委的正确领导下，市政协常务委员会坚持团结和民主两大主题。每年全国、省、青岛市政协三级全会召开后，立即召开主席会议。\n';
    expect(inferMetaFromText(txt(report))).toMatchObject({ region: '莱西市', region_level: 'county' });
    const news = '一年来，市政协着力推进民主团结。协助省、扬州市政协来邮开展非遗保护调研。来源：今日高邮\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region: '高邮市', region_level: 'county' });
  });
});

describe('a person named after an office', () => {
  it('is not a place, even when the name is a place stem (主席吉林)', () => {
    const news = '北京市政协常委视察水务工程建设运行工作\n市政协常委来到某水厂，实地察看本市水务工程建设运行。市政协主席吉林参加。\n';
    expect(inferMetaFromText(txt(news))).toMatchObject({ region: '北京市', region_level: 'province' });
  });
});

describe('a session meeting named the short way (政协永州市六届三次会议)', () => {
  it('names its committee as the formal name with 委员会 does, when the name is a known place', () => {
    const members = '满怀激情赴盛会 出席政协永州市六届三次会议的政协委员陆续报到\n';
    expect(inferMetaFromText(txt(members))).toMatchObject({ region: '永州市', region_level: 'city', region_code: '431100' });
    const standing = '1月27日上午，政协歙县十三届二十三次常委会议在某山庄召开，县政协主席某某主持会议。\n';
    expect(inferMetaFromText(txt(standing))).toMatchObject({ region: '歙县', region_level: 'county', region_code: '341021' });
    // …not a name no division holds (某某镇), which gives no region
    expect(inferMetaFromText(txt('政协某某镇三届二次会议召开。\n')).region).toBeUndefined();
  });
});
