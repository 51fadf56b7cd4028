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
    expect(d).toEqual({
      kind: 'disable-next-line', name: 'workreport-disable-next-line', start: 4, end: text.indexOf('\n实施'), targetLine: 2,
      ruleIds: ['placeholder/a', 'placeholder/b'],
    });
  });

  it('without a rule list silences every rule', () => {
    expect(parseDirectives('<!--workreport-disable-next-line-->\nX')[0]?.ruleIds).toBeNull();
  });

  it('ignores other comments, and reads a look-alike name as an unknown directive', () => {
    expect(parseDirectives('<!-- 注释 workreport-disable -->\n<!-- 注释 -->')).toEqual([]);
    expect(parseDirectives('<!-- workreport-disable-next-lines a -->')).toEqual([
      { kind: 'unknown', name: 'workreport-disable-next-lines', start: 0, end: 40, targetLine: -1, ruleIds: ['a'] },
    ]);
  });

  it('reads block and same-line directives', () => {
    const text = '甲 <!-- workreport-disable-line -->\n<!-- workreport-disable placeholder/a -->\n<!--workreport-enable-->';
    expect(parseDirectives(text).map((d) => [d.kind, d.targetLine, d.ruleIds])).toEqual([
      ['disable-line', 0, null], ['disable', -1, ['placeholder/a']], ['enable', -1, null],
    ]);
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

describe('block directives: workreport-disable … workreport-enable', () => {
  const text = [
    'X县', '<!-- workreport-disable -->', 'X县', '<!-- workreport-enable placeholder/b -->', 'X县 某某', '<!-- workreport-enable -->', 'X县',
  ].join('\n');
  const x = (line: number, ruleId = 'placeholder/a'): Finding => {
    const start = text.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    return { ruleId, start, end: start + 2, message: 'm' };
  };

  it('silence every rule from disable to enable; an enable with a list re-enables only those rules', () => {
    const b = { ...x(5, 'placeholder/b'), start: x(5).start + 3, end: x(5).start + 5 };
    const { kept, unused } = applySuppressions(text, [x(1), x(3), x(5), b, x(7)], parseDirectives(text));
    expect(kept.map((f) => `${text.slice(0, f.start).split('\n').length}:${f.ruleId}`)).toEqual([
      '1:placeholder/a', '5:placeholder/b', '7:placeholder/a',
    ]);
    expect(unused).toEqual([]);
  });

  it('silence to the end of the file without an enable, only the rules named', () => {
    const t = '<!-- workreport-disable placeholder/a -->\nX县\n\nX县';
    const fs = [at(t, 'X县'), { ...at(t, 'X县'), ruleId: 'placeholder/b' }, { ...at(t, '\n\nX县'), start: t.lastIndexOf('X'), end: t.length }];
    const { kept } = applySuppressions(t, fs, parseDirectives(t));
    expect(kept.map((f) => f.ruleId)).toEqual(['placeholder/b']);
  });

  it('report a disable that silences nothing', () => {
    const t = '<!-- workreport-disable placeholder/a -->\n正常文字';
    expect(applySuppressions(t, [], parseDirectives(t)).unused).toEqual([{
      ruleId: 'suppression/unused', start: 0, end: t.indexOf('\n'), severity: 'warning',
      message: '未使用的抑制指令：其后没有“placeholder/a”问题，应删除该指令或改正规则名',
    }]);
  });

  it('silence the line a workreport-disable-line stands on', () => {
    const t = 'X县 <!-- workreport-disable-line -->\nX县';
    const { kept } = applySuppressions(t, [at(t, 'X县'), { ...at(t, 'X县'), start: t.lastIndexOf('X'), end: t.length }], parseDirectives(t));
    expect(kept.map((f) => f.start)).toEqual([t.lastIndexOf('X')]);
  });
});

describe('unknown directives', () => {
  it('are reported as suppression/unknown and silence nothing', () => {
    const t = '<!-- workreport-disable-nextline -->\nX县';
    const { kept, unused } = applySuppressions(t, [at(t, 'X县')], parseDirectives(t));
    expect(kept).toHaveLength(1);
    expect(unused).toEqual([{
      ruleId: 'suppression/unknown', start: 0, end: t.indexOf('\n'), severity: 'warning',
      message: '未知的抑制指令“workreport-disable-nextline”，它不会生效：可用的指令有 workreport-disable-next-line、workreport-disable-line、workreport-disable、workreport-enable',
    }]);
  });
});
