import { describe, expect, it } from 'vitest';
import { checkDocument, dropShadowedCustom } from '../../../src/pipeline/per-document/check-document.js';
import { BUILTIN_RULES } from '../../../src/rules/index.js';
import { compileRuleSet } from '../../../src/rules/ruleset.js';
import { ConfigSchema } from '../../../src/schemas/config.js';
import { docOf, LETTER_RULE, NUMBERING_RULES } from '../../check-fakes.js';

const rulesetOf = (config: unknown = {}) =>
  compileRuleSet(ConfigSchema.parse(config), 'workreport.config.json', [LETTER_RULE], [NUMBERING_RULES]);
const brief = (ds: ReturnType<typeof checkDocument>) => ds.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.severity} ${d.ruleId} ${d.text}`);

describe('checkDocument', () => {
  const source = '一、总体情况\r\nX县政协召开XX次会议，拍摄X光片。\r\n二、主要工作\r\n';

  it('locates findings of text and document rules in the source, sorted by position', () => {
    const ds = checkDocument(docOf(source), rulesetOf());
    expect(brief(ds)).toEqual([
      '2:1-2 error placeholder/test-letter X',
      '2:7-9 error placeholder/test-letter XX',
      '2:15-16 error placeholder/test-letter X',
      '3:1-3 warning numbering/test 二、',
    ]);
    expect(ds[1]).toMatchObject({ kind: 'region', context: '体情况 X县政协召开XX次会议，拍摄X光片。' });
  });

  it('drops findings overlapping an allow-list string or /regex/', () => {
    expect(brief(checkDocument(docOf(source), rulesetOf({ allow: ['X光'] })))).toHaveLength(3);
    const ds = checkDocument(docOf(source), rulesetOf({ allow: ['/X[光县]/'] }));
    expect(brief(ds)).toEqual(['2:7-9 error placeholder/test-letter XX', '3:1-3 warning numbering/test 二、']);
  });

  it('applies configured levels: off drops, warn and error override the rule and the finding', () => {
    const ds = checkDocument(docOf(source), rulesetOf({ rules: { 'placeholder/test-letter': 'warn', 'numbering/test': 'error' } }));
    expect(ds.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'error']);
    expect(checkDocument(docOf(source), rulesetOf({ rules: { 'placeholder/test-letter': 'off', 'numbering/test': 'off' } }))).toEqual([]);
  });

  it('adds custom patterns as placeholder/custom-<id> with the configured kind and message', () => {
    const rs = rulesetOf({ patterns: [{ id: 'tbd', pattern: '/待[定补]/', kind: 'other', message: '“{text}”尚未确定' }] });
    const ds = checkDocument(docOf('经费来源待定。'), rs);
    expect(ds).toEqual([{
      ruleId: 'placeholder/custom-tbd', file: 'a.txt', fatal: false, severity: 'error', message: '“待定”尚未确定', kind: 'other', text: '待定',
      line: 1, column: 5, endLine: 1, endColumn: 7, context: '经费来源待定。',
    }]);
  });

  it('honours inline suppression and reports unused directives in .txt and .md', () => {
    for (const [path, format] of [['a.txt', 'txt'], ['a.md', 'md']] as const) {
      const text = '<!-- workreport-disable-next-line placeholder/test-letter -->\n实施X计划\n<!-- workreport-disable-next-line -->\n正文\nXX';
      expect(brief(checkDocument(docOf(text, path, format), rulesetOf()))).toEqual([
        '3:1-38 warning suppression/unused <!-- workreport-disable-next-line -->',
        '5:1-3 error placeholder/test-letter XX',
      ]);
    }
  });

  it('never reads rule names inside a directive as text', () => {
    const text = '<!-- workreport-disable-next-line placeholder/XX -->\n正文';
    expect(brief(checkDocument(docOf(text), rulesetOf()))).toEqual(['1:1-53 warning suppression/unused <!-- workreport-disable-next-line placeholder/XX -->']);
  });

  it('fills section from the sectionOf hook', () => {
    const sectionOf = () => (offset: number) => (offset < 7 ? undefined : '一、总体情况');
    const ds = checkDocument(docOf(source), rulesetOf(), sectionOf);
    expect(ds.map((d) => d.section)).toEqual(['一、总体情况', '一、总体情况', '一、总体情况', '一、总体情况']);
    expect(checkDocument(docOf('X'), rulesetOf(), sectionOf)[0]).not.toHaveProperty('section');
  });

  it('maps Markdown findings back to the source, past removed markup', () => {
    const ds = checkDocument(docOf('---\ntitle: 报告\n---\n## 二、**X县**工作\n', 'a.md', 'md'), rulesetOf());
    expect(brief(ds)).toEqual(['4:4-6 warning numbering/test 二、', '4:8-9 error placeholder/test-letter X']);
  });
});

describe('front matter values of a Markdown draft', () => {
  const builtin = (config: unknown = {}) => compileRuleSet(ConfigSchema.parse(config), 'workreport.config.json', BUILTIN_RULES);
  const draft = '---\r\ntitle: XX县政协20**年工作报告\r\nauthor: "某某"\r\nsource: https://www.example.gov.cn/a_1.htm\r\n---\r\n\r\n召开X次会议。\r\n';
  const found = (ds: ReturnType<typeof checkDocument>) => ds.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.ruleId} ${d.text} ${d.kind}`);

  it('are checked like the text and reported where they are written (built-in rules)', () => {
    const ds = checkDocument(docOf(draft, 'a.md', 'md'), builtin());
    expect(found(ds)).toEqual([
      '2:8-10 placeholder/letter-mask XX region',
      '2:15-17 placeholder/asterisk-mask ** date',
      '3:10-12 placeholder/mou 某某 other',
      '7:3-4 placeholder/letter-mask X number',
    ]);
    expect(ds[0]).toMatchObject({ severity: 'error', context: 'XX县政协20**年工作' });
    expect(ds[0]).not.toHaveProperty('section');
  });

  it('follow the rule levels and the allow-list; a directive in the body does not reach them', () => {
    const ds = checkDocument(docOf(draft.replace('\r\n召开', '\r\n<!-- workreport-disable -->\r\n召开'), 'a.md', 'md'), builtin({
      rules: { 'placeholder/mou': 'off', 'placeholder/asterisk-mask': 'warn' }, allow: ['XX县政协'],
    }));
    expect(ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(['2:15 warning placeholder/asterisk-mask']);
  });

  it('are text in a .txt file, reported once; a clean front matter reports nothing', () => {
    expect(found(checkDocument(docOf(draft, 'a.txt'), builtin())).map((f) => f.split(' ')[0])).toEqual(['2:8-10', '2:15-17', '3:10-12', '7:3-4']);
    expect(checkDocument(docOf('---\ntitle: 工作报告\n---\n正文', 'a.md', 'md'), builtin())).toEqual([]);
  });
});

describe('a custom pattern and a built-in rule on the same place', () => {
  const rs = (rules: Record<string, string> = {}) => compileRuleSet(
    ConfigSchema.parse({ rules, patterns: [{ id: 'tbd', pattern: '/待[定补]/' }] }), 'workreport.config.json', BUILTIN_RULES,
  );
  const text = '全年接待游客【待补充】万人次，开工时间待定。';

  it('reports the place once, with the built-in finding; the custom pattern still reports elsewhere', () => {
    expect(brief(checkDocument(docOf(text), rs()))).toEqual([
      '1:7-12 error placeholder/editorial 【待补充】',
      '1:20-22 error placeholder/custom-tbd 待定',
    ]);
  });

  it('keeps the custom finding when the built-in rule is off', () => {
    expect(brief(checkDocument(docOf(text), rs({ 'placeholder/editorial': 'off' })))).toEqual([
      '1:8-10 error placeholder/custom-tbd 待补',
      '1:20-22 error placeholder/custom-tbd 待定',
    ]);
  });

  it('dropShadowedCustom: overlap, touching and empty spans', () => {
    const f = (ruleId: string, start: number, end: number) => ({ ruleId, start, end, message: '' });
    const findings = [
      f('placeholder/box', 10, 12), f('blank-slot', 20, 20),
      f('placeholder/custom-a', 11, 13), f('placeholder/custom-a', 12, 14), f('placeholder/custom-a', 8, 10),
      f('placeholder/custom-b', 20, 22), f('placeholder/custom-b', 19, 20),
    ];
    expect(dropShadowedCustom(findings).map((x) => `${x.ruleId} ${x.start}-${x.end}`)).toEqual([
      'placeholder/box 10-12', 'blank-slot 20-20', 'placeholder/custom-a 12-14', 'placeholder/custom-a 8-10', 'placeholder/custom-b 19-20',
    ]);
  });
});
