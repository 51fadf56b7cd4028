import { describe, expect, it } from 'vitest';
import { applySuppressions, maskDirectives, parseDirectives } from '../../src/rules/suppress.js';
import type { Finding } from '../../src/types.js';

const at = (text: string, needle: string, ruleId = 'placeholder/a'): Finding => {
  const start = text.indexOf(needle);
  return { ruleId, start, end: start + needle.length, message: 'm' };
};

describe('parseDirectives', () => {
  it('reads the rule list, the target line and an optional comment', () => {
    const text = '第一段\n<!-- workreport-disable-next-line placeholder/a, placeholder/b -- 项目代号 -->\n实施X计划';
    const [d] = parseDirectives(text);
    expect(d).toEqual({ start: 4, end: text.indexOf('\n实施'), targetLine: 2, ruleIds: ['placeholder/a', 'placeholder/b'] });
  });

  it('without a rule list silences every rule', () => {
    expect(parseDirectives('<!--workreport-disable-next-line-->\nX')[0]?.ruleIds).toBeNull();
  });

  it('ignores other comments and look-alike names', () => {
    expect(parseDirectives('<!-- workreport-disable-next-lines a -->\n<!-- 注释 -->')).toEqual([]);
  });
});

describe('maskDirectives', () => {
  it('blanks directives with spaces of the same length', () => {
    const text = 'a\n<!-- workreport-disable-next-line placeholder/x -->\nb';
    const masked = maskDirectives(text, parseDirectives(text));
    expect(masked.length).toBe(text.length);
    expect(masked).toBe(`a\n${' '.repeat(51)}\nb`);
  });
});

describe('applySuppressions', () => {
  const text = '<!-- workreport-disable-next-line placeholder/a -->\nX县XX次\n某某同志';
  const directives = parseDirectives(text);

  it('drops findings of the named rule on the next line only', () => {
    const fs = [at(text, 'X县'), at(text, 'XX次', 'placeholder/b'), at(text, '某某')];
    const { kept, unused } = applySuppressions(text, fs, directives);
    expect(kept.map((f) => text.slice(f.start, f.end))).toEqual(['XX次', '某某']);
    expect(unused).toEqual([]);
  });

  it('reports a directive that silences nothing, naming the idle rule', () => {
    const { kept, unused } = applySuppressions(text, [at(text, '某某')], directives);
    expect(kept).toHaveLength(1);
    expect(unused).toEqual([{
      ruleId: 'suppression/unused', start: 0, end: text.indexOf('\n'), severity: 'warning',
      message: '未使用的抑制指令：下一行没有“placeholder/a”问题，应删除该指令或改正规则名',
    }]);
  });

  it('reports a rule-less directive only when its next line had no finding', () => {
    const t = '<!-- workreport-disable-next-line -->\n正常文字\nX县';
    const { kept, unused } = applySuppressions(t, [at(t, 'X县')], parseDirectives(t));
    expect(kept).toHaveLength(1);
    expect(unused.map((u) => u.message)).toEqual(['未使用的抑制指令：下一行没有问题，应删除该指令或改正规则名']);
    const used = applySuppressions('<!-- workreport-disable-next-line -->\nX县', [at('<!-- workreport-disable-next-line -->\nX县', 'X县')], parseDirectives('<!-- workreport-disable-next-line -->\nX县'));
    expect(used).toEqual({ kept: [], unused: [] });
  });
});
