/**
 * A user's regular expression cannot hang a command: config `patterns` and `allow` (picked up from a draft's
 * folder) and kwic terms run on RE2, in time linear in the text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKwicTerm } from '../../src/pipeline/kwic/term.js';
import { matcherOf } from '../../src/rules/matcher.js';
import { runCli } from '../cli/run.js';
import { makeTree } from './tree.js';

// (a+)+$ against 40 a's and a b: 2^40 paths for a backtracking engine.
const EVIL = '(a+)+$';
const DRAFT = `${'a'.repeat(40)}b\n第二行待定。\n`;

describe('catastrophic patterns', () => {
  it('check finishes with a draft folder whose config has (a+)+$ in patterns and in allow', () => {
    const config = { patterns: [{ id: 'evil', pattern: `/${EVIL}/` }, { id: 'tbd', pattern: '/待[定补]/' }], allow: [`/${EVIL}/m`] };
    const dir = makeTree({ 'workreport.config.json': JSON.stringify(config), 'draft.txt': DRAFT });
    const run = runCli(['check', join(dir, 'draft.txt'), '--format', 'unix']);
    expect(run.stdout).toBe(`${dir}/draft.txt:2:4: error: 未填写的占位符“待定”（其他）：此处应填写具体内容 [placeholder/custom-tbd]\n`);
    expect(run.status).toBe(1);
  });

  it('kwic finishes on a catastrophic regular expression', () => {
    const dir = makeTree({ 'a.txt': DRAFT });
    const run = runCli(['kwic', `/${EVIL}/m`, dir, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('no match for');
  });

  it('matches as JavaScript did for what users write: Han ranges, classes, flags, code points', () => {
    const re = matcherOf('/待[定补]|(?:20|19)X{2}年/i');
    expect([...'资金待定，20xx年'.matchAll(re)].map((m) => [m.index, m[0]])).toEqual([[2, '待定'], [5, '20xx年']]);
    expect('𠀀'.match(parseKwicTerm('/^.$/') as RegExp)).toEqual(['𠀀']);
  });

  it('refuses lookaround and backreferences with a message that says why', () => {
    expect(() => matcherOf('/(?<=X)县/')).toThrow(/no lookaround .* and no backreferences/);
    expect(() => parseKwicTerm('/(协商)\\1/')).toThrow(/kwic: term \/\(协商\)\\1\/ is not a valid regular expression: .*user patterns run on RE2/);
    const dir = makeTree({ 'workreport.config.json': JSON.stringify({ allow: ['/(?!X)县/'] }), 'd.txt': 'x\n' });
    const run = runCli(['check', join(dir, 'd.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('allow[0]: invalid regular expression /(?!X)县/: invalid perl operator: (?!: user patterns run on RE2');
  });

  it('without the optional re2 module (an install with no compiler), refuses user regular expressions and checks the rest', () => {
    // A preload that makes require('re2') fail as it does where npm left the optional module out.
    const preload = "const M = require('module'); const r = M._resolveFilename;\n"
      + "M._resolveFilename = function (req, ...rest) { if (req === 're2') throw Object.assign(new Error('Cannot find module re2'), { code: 'MODULE_NOT_FOUND' }); return r.call(this, req, ...rest); };\n";
    const regexConfig = { patterns: [{ id: 'tbd', pattern: '/待[定补]/' }] };
    const literalConfig = { patterns: [{ id: 'tbd', pattern: '待定' }] };
    const dir = makeTree({
      'no-re2.cjs': preload, 'regex/workreport.config.json': JSON.stringify(regexConfig), 'regex/d.txt': DRAFT,
      'literal/workreport.config.json': JSON.stringify(literalConfig), 'literal/d.txt': DRAFT,
    });
    const env = { NODE_OPTIONS: `--require ${join(dir, 'no-re2.cjs')}` };
    const refused = runCli(['check', join(dir, 'regex', 'd.txt')], { env });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('user regular expressions need the re2 module, which this install left out');
    const literal = runCli(['check', join(dir, 'literal', 'd.txt'), '--format', 'unix'], { env });
    expect(literal.stdout).toBe(`${dir}/literal/d.txt:2:4: error: 未填写的占位符“待定”（其他）：此处应填写具体内容 [placeholder/custom-tbd]\n`);
    expect(literal.status).toBe(1);
  });
});
