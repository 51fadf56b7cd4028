/** issueMessage: zod issues as a user reads them, with the value found. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../src/format/zod-issue.js';

const Schema = z.object({ level: z.enum(['off', 'warn']), name: z.string(), only: z.literal('x').optional(), n: z.number().min(1).optional() });

function messages(input: unknown): string[] {
  const res = Schema.safeParse(input);
  return res.success ? [] : res.error.issues.map((i) => `${i.path.join('.')}: ${issueMessage(i, input)}`);
}

describe('issueMessage', () => {
  it('names a missing field with the type or values it should have', () => {
    expect(messages({})).toEqual(['level: missing (expected one of "off", "warn")', 'name: missing (expected a string)']);
  });

  it('shows the value found, cut short when long; arrays and objects by their kind', () => {
    expect(messages({ level: 'warning', name: ['a'], only: 'y' })).toEqual([
      'level: expected one of "off", "warn", got "warning"', 'name: expected a string, got an array', 'only: expected "x", got "y"',
    ]);
    expect(messages({ level: null, name: { a: 1 } })).toEqual(['level: expected one of "off", "warn", got null', 'name: expected a string, got an object']);
    expect(messages({ level: 'x'.repeat(80), name: 'a' })).toEqual([`level: expected one of "off", "warn", got "${'x'.repeat(56)}…`]);
  });

  it('keeps zod\'s message for other issues', () => {
    expect(messages({ level: 'off', name: 'a', n: 0 })).toEqual(['n: Too small: expected number to be >=1']);
  });
});
