import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { docOf, findingsOf, found, overlaps } from './rule-helper.js';

describe('BUILTIN_RULES', () => {
  it('lists every rule once, placeholders first and blank slots last', () => {
    expect(BUILTIN_RULES.map((r) => r.id)).toEqual([
      'placeholder/letter-mask', 'placeholder/asterisk-mask', 'placeholder/mou', 'placeholder/underscore',
      'placeholder/box', 'placeholder/editorial', 'blank-slot',
    ]);
  });

  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s has one-line English metadata and help with examples', (_id, rule) => {
    expect(rule.defaultSeverity).toBe('error');
    expect(rule.description).toMatch(/^[A-Z][^\n]+$/);
    expect(rule.help).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.help).toMatch(/ok: .+not ok: .+/);
  });

  it('reports every form in one text once, sorted, without overlaps', () => {
    const source = '20XX年，某县在**镇召开第XX届会议，高举_新时代旗帜，□□同志【待补充】，增长 %。';
    const doc = docOf(source);
    const findings = findingsOf(doc);
    expect(overlaps(findings)).toEqual([]);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(found(source)).toEqual([
      '1:1 "20XX" date', '1:7 "某" region', '1:10 "**" region', '1:16 "XX" number', '1:24 "_" name',
      '1:31 "□□" name', '1:35 "【待补充】" other', '1:43 " %" blank',
    ]);
    expect(findings.map((f) => f.ruleId)).toEqual([
      'placeholder/letter-mask', 'placeholder/mou', 'placeholder/asterisk-mask', 'placeholder/letter-mask',
      'placeholder/underscore', 'placeholder/box', 'placeholder/editorial', 'blank-slot',
    ]);
  });

  it('gives each finding a Chinese message naming what was found and what is expected', () => {
    const doc = docOf('召开XX次会议，增长 %');
    expect(findingsOf(doc).map((f) => f.message)).toEqual([
      '未填写的占位符“XX”（数量）：此处应填写具体数字',
      '空缺的数字：“%”前缺少数字，此处应填写数字',
    ]);
  });

  it('does not report the false alarms a clean report contains', () => {
    const clean = [
      'GDP增长5.2%，PPP项目、APP、5G基站、X光机、X射线、X轴、Excel、X-ray、XML。',
      '4×4越野、3 × 5米、7×24小时服务，“1+3+X”体系和“数据要素×”行动。',
      '二〇二三年，某些方面、某种程度、某个环节、某一领域、某方面工作。',
      '□ 同意',
      '※注：PM_2.5浓度下降，件件有着落，单位：%。',
    ].join('\n');
    expect(found(clean, BUILTIN_RULES, 'txt')).toEqual([]);
    expect(found(clean, BUILTIN_RULES, 'md')).toEqual([]);
  });

  it('in .md, skips bold markup but finds a lone ** and **县 inside a line', () => {
    const md = '**一、工作回顾**\n\n我们**坚持**发展，为提升**知名度。\n在**县召开。';
    expect(found(md, BUILTIN_RULES, 'md')).toEqual(['3:15 "**" name', '4:2 "**" region']);
  });

  it('in .md, loses two masks on one line to bold markup (normalisation pairs them, as CommonMark would)', () => {
    expect(found('为提升**知名度，在**县召开。', BUILTIN_RULES, 'md')).toEqual([]);
    expect(found('为提升**知名度，在**县召开。', BUILTIN_RULES, 'txt')).toEqual(['1:4 "**" name', '1:11 "**" region']);
  });
});
