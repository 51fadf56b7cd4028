import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { STALE_RULES } from '../../src/pipeline/per-document/stale-rules.js';
import { compileRuleSet } from '../../src/rules/ruleset.js';
import { matcherOf, matchSpans } from '../../src/rules/matcher.js';
import { ConfigSchema } from '../../src/schemas/config.js';
import { LETTER_RULE, NUMBERING_RULES } from '../check-fakes.js';

describe('compileRuleSet', () => {
  it('rejects unknown rule ids, naming them and listing the valid ones', () => {
    const config = ConfigSchema.parse({ rules: { 'placeholder/nope': 'off' }, patterns: [{ id: 'tbd', pattern: '待定' }] });
    const err = (() => {
      try {
        compileRuleSet(config, 'drafts/workreport.config.json', [LETTER_RULE], [NUMBERING_RULES]);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe('drafts/workreport.config.json: rules: unknown rule id "placeholder/nope": expected one of '
      + 'numbering/test, placeholder/custom-tbd, placeholder/test-letter, suppression/unknown, suppression/unused');
  });

  it('leaves rules turned off out and lists every known rule sorted', () => {
    const rs = compileRuleSet(ConfigSchema.parse({ rules: { 'placeholder/test-letter': 'off' } }), 'c.json', [LETTER_RULE], [NUMBERING_RULES]);
    expect(rs.textRules).toEqual([]);
    expect(rs.documentRules).toEqual([NUMBERING_RULES]);
    expect(rs.meta.map((m) => `${m.id}:${m.defaultSeverity}`)).toEqual(['numbering/test:warning', 'placeholder/test-letter:error', 'suppression/unknown:warning', 'suppression/unused:warning']);
  });

  it('accepts the ids of dormant rules (stale/unchanged-sentence without --previous) and lists them, without running them', () => {
    const off = ConfigSchema.parse({ rules: { 'stale/unchanged-sentence': 'off' } });
    const rs = compileRuleSet(off, 'c.json', [LETTER_RULE], [NUMBERING_RULES], STALE_RULES);
    expect(rs.meta.map((m) => m.id)).toEqual(['numbering/test', 'placeholder/test-letter', 'suppression/unknown', 'suppression/unused']);
    expect(() => compileRuleSet(off, 'c.json', [LETTER_RULE], [NUMBERING_RULES])).toThrow(
      'c.json: rules: unknown rule id "stale/unchanged-sentence": expected one of numbering/test, placeholder/test-letter, suppression/unknown, suppression/unused');
    const nope = ConfigSchema.parse({ rules: { 'placeholder/nope': 'off' } });
    expect(() => compileRuleSet(nope, 'c.json', [LETTER_RULE], [NUMBERING_RULES], STALE_RULES)).toThrow(
      'c.json: rules: unknown rule id "placeholder/nope": expected one of numbering/test, placeholder/test-letter, '
      + 'stale/unchanged-sentence, suppression/unknown, suppression/unused');
  });
});

describe('matcherOf', () => {
  it('matches plain strings literally and /regex/flags as regular expressions', () => {
    expect(matchSpans(matcherOf('X.光'), 'X光 X.光')).toEqual([{ start: 3, end: 6 }]);
    expect(matchSpans(matcherOf('/ab[cx]/i'), 'ABC abx abd')).toEqual([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
    expect(matchSpans(matcherOf('/x*/'), 'ab')).toEqual([]);
  });
});
