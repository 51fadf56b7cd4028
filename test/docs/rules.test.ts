/**
 * docs/rules.md is generated from the rules' metadata (src/format/rules-page.ts): the committed page must be what
 * the generator writes now, and every rule but the suppression ones must carry its ok / not-ok example.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRuleGroups, helpParts, rulesPage } from '../../src/format/rules-page.js';
import { ROOT } from '../helpers.js';

describe('docs/rules.md', () => {
  it('is what the generator writes from the rules today', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    expect(committed === rulesPage(), 'docs/rules.md is stale: run `npm run docs` and commit the page').toBe(true);
  });

  it('lists every rule once, with its default level', () => {
    const ids = builtinRuleGroups().flatMap((g) => g.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('placeholder/letter-mask');
    expect(ids).toContain('numbering/level-jump');
    expect(ids).toContain('stale/unchanged-sentence');
    const page = rulesPage();
    for (const id of ids) expect(page).toContain(`### \`${id}\``);
    expect(page).toContain('| [`blank-slot`](#blank-slot) | error |');
    expect(page).toContain('| [`numbering/skip`](#numberingskip) | warning |');
  });

  it('shows an ok and a not-ok example for every rule but the suppression ones', () => {
    const missing = builtinRuleGroups().flatMap((g) => g.rules)
      .filter((r) => !r.id.startsWith('suppression/') && helpParts(r.help).ok === undefined)
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('splits a help text into its prose and its example', () => {
    expect(helpParts('编号后的标点。ok: 一、 （一）  not ok: 一. 1）')).toEqual({ text: '编号后的标点。', ok: '一、 （一）', notOk: '一. 1）' });
    expect(helpParts('no example here')).toEqual({ text: 'no example here' });
  });
});
