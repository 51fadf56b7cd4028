import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseKwicTerm } from '../../../src/pipeline/kwic/term.js';

describe('parseKwicTerm', () => {
  it('keeps a word as a literal, even with regex characters in it', () => {
    expect(parseKwicTerm('全覆盖')).toBe('全覆盖');
    expect(parseKwicTerm('3.5%')).toBe('3.5%');
    expect(parseKwicTerm('/')).toBe('/');
  });

  it('reads /…/flags as a global, Unicode-aware regular expression', () => {
    const re = parseKwicTerm('/协商(议政|建言)/') as RegExp;
    expect(re.source).toBe('协商(议政|建言)');
    expect(re.flags).toBe('gu');
    expect((parseKwicTerm('/gdp/i') as RegExp).flags).toBe('giu');
    expect('𠀀'.match(parseKwicTerm('/^.$/') as RegExp)).toEqual(['𠀀']);
  });

  it('refuses an invalid expression, an unknown flag and an empty term with a usage error', () => {
    expect(() => parseKwicTerm('/协商(/')).toThrow(UsageError);
    expect(() => parseKwicTerm('/协商(/')).toThrow(/term \/协商\(\/ is not a valid regular expression/);
    expect(() => parseKwicTerm('/a/g')).toThrow(/unknown regular expression flag in "g"/);
    expect(() => parseKwicTerm('')).toThrow(UsageError);
  });
});
