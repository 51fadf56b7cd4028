import { describe, expect, it } from 'vitest';
import { isGenericTopic, isUnitNamed } from '../../../src/pipeline/topics/text.js';

describe('isGenericTopic: counts, problems found, plans of the body itself', () => {
  it.each([
    ['主席会议6次', true],
    ['协商议事会4次', true],
    ['调研162次', true],
    ['存在问题', true],
    ['困难和问题', true],
    ['区政协2012年主要工作安排', true],
    ['国之大者', true],
    ['“十五五”', true],
    ['“十五五”规划编制', false],
    ['农村饮水安全', false],
    ['智慧城市建设6期工程', false],
    // pointers, a kind alone, the activity with its period, a setting, a sector of members
    ['这个', true],
    ['此次', true],
    ['各类政治', true],
    ['年度调研', true],
    ['咨政', true],
    ['疫情防控常态化背景下', true],
    ['少数民族界', true],
    ['宗教界委员专题', true],
    ['界别', true],
    ['疫情防控常态化', false],
    ['世界文化遗产保护', false],
    ['明确导师责任边界', false],
    // a piece cut after a conjunction or an adverb, a plan's next step, a bare institution or a party committee
    ['和调研', true],
    ['或者考察', true],
    ['将以此', true],
    ['此问题', true],
    ['下基层', true],
    ['下步工作', true],
    ['建议案', true],
    ['州党委', true],
    ['市人民法院', true],
    ['和美乡村', false],
    ['和谐岳西', false],
    // the key proposals' handling named alone is the activity, not its subject (提案办理 may be what a study visit learns)
    ['重点提案办理', true],
    ['提案办理', false],
    ['提案办理工作满意度提升', false],
    // a session's own papers: election rules, name lists, resolutions, agenda
    ['政协某市第十届委员会第五次会议选举办法(草案)和监票人', true],
    ['总监票人名单(草案)', true],
    ['政协某市第十届委员会第五次会议有关决议(草案)', true],
    ['会议议程', true],
    ['关于加强界别协商工作的实施办法(草案)', false],
    // a democratic party's committee or branch a member is linked to is who, not what
    ['所联系的农工党呼和浩特市委会', true],
    ['民盟某区基层委员会', true],
    ['各党派团体', true],
    // members' rooms as a thing studied (like 委员工作室建设), not members as who
    ['政协委员活动室建设情况', false],
    ['发挥民主党派民主监督作用', false],
    ['台湾同胞投资权益保护', false],
    // a kind of matter named by its class (no count that makes it a set)
    ['民生实事', true],
    ['社会治理难事', true],
    ['改革发展大事', true],
    ['十件民生实事', false],
    ['民生建设十大实事', false],
    // a field named by its class, not by what it is; the problems a study found
    ['专业领域', true],
    ['重要改革领域', true],
    ['镇域经济发展关键领域', true],
    ['调研过程中发现的一些问题', true],
    ['养老服务领域人才培养', false],
    // the way of a visit (学习调研活动), who went (全体常委), what members feared or had in view in general
    ['学习', true],
    ['全体常委', true],
    ['可能遇到的困难', true],
    ['相关问题', true],
    ['加快石材产业发展有关问题', false],
    // a session named as whose proposals are meant, not what they are about
    ['十届四次会议重点督办', true],
    ['八届五次会议重点提案办理情况', true],
    ['市政协六届四次会议第0312号重点提案', true],
    ['推进十届四次会议精神落实', false],
    // who takes part (a committee's special committees, cadres, farmers) and a question are no subjects
    ['政协专委会', true],
    ['基层干部', true],
    ['秭归橘农', true],
    ['下一步工作如何', true],
    ['培养选拔年轻干部', false],
    ['发展现代农业', false],
    // a piece that ends on the verb of holding a meeting, not on a subject
    ['希望大家为即将召开', true],
    ['推动会展业发展和展会举办', false],
    // a pointer back to what the sentence said before (针对这一实际), and a year with the manner of an inspection
    // (开展2019年度集中视察活动), are no subjects; a subject that starts with the same characters stays one
    ['这一实际', true],
    ['这一问题', true],
    ['这一带农田水利', false],
    ['2019年度集中', true],
    ['2019年度集中供暖', false],
    // the problems a visit found, with what follows them; a way of working
    ['视察过程中发现的问题和委员们', true],
    ['通过“实地考察+座谈协商+部门回应”的形式', true],
    ['通过式立交桥建设', false],
    // proposals counted and pointed back at
    ['反映此类问题的8件提案“打包”', true],
    // a meeting's number, a session's speeches, a body's year plan
    ['市政协第14次', true],
    ['大会发言安排', true],
    ['年度协商工作计划', true],
    ['年度重点工作推进', false],
  ])('%s → %s', (topic, generic) => expect(isGenericTopic(topic)).toBe(generic));
});

describe('isUnitNamed: a bureau or a class of units named alone, whatever the activity', () => {
  it.each([
    ['县住建局', true],
    ['市财政局', true],
    ['县农业农村局3个单位', true],
    ['主责落实部门', true],
    ['县交通运输局工作', false],
    ['产业布局', false],
    ['稳定政局', false],
    ['委员协商议事厅', false],
  ])('%s → %s', (topic, unit) => expect(isUnitNamed(topic)).toBe(unit));
});
