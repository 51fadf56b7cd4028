/**
 * The built-in theme lexicon and the lexicon schema: validation messages, merge/replace, dictionary terms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { lexiconPath } from '../../src/lexicon/index.js';
import { jsonSchemas } from '../../src/schemas/index.js';
import { lexiconTerms, mergeLexicons, parseLexicon, type ThemeLexicon } from '../../src/schemas/lexicon.js';

const raw = JSON.parse(readFileSync(lexiconPath('themes.json'), 'utf8')) as ThemeLexicon;
const builtin = parseLexicon(raw, 'themes.json');

const REQUIRED = [
  'political-consultation', 'democratic-supervision', 'participation', 'proposals', 'public-opinion',
  'grassroots-consultation', 'party-building', 'theory-study', 'member-duties', 'united-front', 'culture-history',
  'poverty-alleviation', 'rural-revitalization', 'business-environment', 'epidemic-control', 'ecology',
  'culture-tourism', 'education', 'health', 'elderly-care', 'social-governance', 'innovation', 'infrastructure',
  'food-safety', 'private-economy',
];

/** A copy of the built-in lexicon with `edit` applied to its JSON. */
function edited(edit: (json: { themes: Array<Record<string, unknown>> }) => void): unknown {
  const json = JSON.parse(JSON.stringify(raw)) as { themes: Array<Record<string, unknown>> };
  edit(json);
  return json;
}

function messageOf(json: unknown): string {
  try {
    parseLexicon(json, 'my-themes.json');
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('built-in lexicon (src/lexicon/themes.json)', () => {
  it('is versioned and has at least 25 themes, all the required ids among them', () => {
    expect(builtin.version).toBe('1.0.0');
    expect(builtin.themes.length).toBeGreaterThanOrEqual(25);
    const ids = builtin.themes.map((t) => t.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
  });

  it('gives every theme a Chinese label and a note on what it covers (optional for user lexicons, not here)', () => {
    for (const t of builtin.themes) {
      expect(t.label, t.id).toMatch(/^\p{Script=Han}+$/u);
      expect(t.note, t.id).toBeTypeOf('string');
      expect(t.note!.trim().length, t.id).toBeGreaterThan(40);
    }
  });

  it('files the seed terms the issue names under the right themes', () => {
    const terms = new Map(builtin.themes.map((t) => [t.id, t.terms]));
    expect(terms.get('political-consultation')).toEqual(expect.arrayContaining(['政治协商', '协商议政']));
    expect(terms.get('grassroots-consultation')).toEqual(expect.arrayContaining(['基层协商', '协商议事室']));
    expect(terms.get('united-front')).toEqual(expect.arrayContaining(['联谊', '界别', '民主党派']));
    expect(terms.get('poverty-alleviation')).toEqual(expect.arrayContaining(['脱贫攻坚', '精准扶贫', '扶贫']));
    expect(terms.get('business-environment')).toEqual(expect.arrayContaining(['营商环境', '放管服']));
    expect(terms.get('epidemic-control')).toEqual(expect.arrayContaining(['疫情防控', '新冠']));
  });

  it('is published as a JSON Schema named themes.json', () => {
    const schema = jsonSchemas()['themes.json'] as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'version', 'themes']);
    expect(schema.required).toEqual(['version', 'themes']);
  });
});

describe('parseLexicon errors name the file, the theme and the field', () => {
  it.each([
    ['an id that is not kebab-case', (j: { themes: Array<Record<string, unknown>> }) => (j.themes[3]!.id = 'Proposals'),
      'theme "Proposals" (themes[3]), field id: an id is lower-case ASCII kebab-case'],
    ['a regex that does not compile', (j: { themes: Array<Record<string, unknown>> }) => ((j.themes[3]!.terms as string[])[2] = '/提案(/'),
      'theme "proposals" (themes[3]), field terms[2]: invalid regular expression /提案(/'],
    ['a regex that matches the empty string', (j: { themes: Array<Record<string, unknown>> }) => ((j.themes[0]!.terms as string[])[0] = '/(协商)?/'),
      'theme "political-consultation" (themes[0]), field terms[0]: invalid regular expression /(协商)?/: the regular expression matches the empty string'],
    ['an unknown group', (j: { themes: Array<Record<string, unknown>> }) => (j.themes[11]!.group = 'economy'),
      'theme "poverty-alleviation" (themes[11]), field group: expected one of "function", "policy", got "economy"\n'],
    ['a missing label', (j: { themes: Array<Record<string, unknown>> }) => delete j.themes[1]!.label,
      'theme "democratic-supervision" (themes[1]), field label: missing (expected a string)\n'],
    ['a duplicate id', (j: { themes: Array<Record<string, unknown>> }) => (j.themes[2]!.id = 'proposals'),
      'theme "proposals" (themes[3]), field id: duplicate theme id "proposals"'],
    ['a duplicate term', (j: { themes: Array<Record<string, unknown>> }) => (j.themes[3]!.terms as string[]).push('提案'),
      'theme "proposals" (themes[3]), field terms['],
    ['an unknown key', (j: { themes: Array<Record<string, unknown>> }) => (j.themes[3]!.weight = 2),
      'theme "proposals" (themes[3]): Unrecognized key: "weight"'],
  ])('%s', (_what, edit, expected) => {
    const message = messageOf(edited(edit));
    expect(message.startsWith('my-themes.json: invalid theme lexicon\n')).toBe(true);
    expect(`${message}\n`).toContain(expected);
  });

  it('accepts a user theme without a note', () => {
    const lex = parseLexicon({ version: '0.1.0', themes: [{ id: 'water', label: '供水', group: 'policy', terms: ['饮用水'] }] }, 'user.json');
    expect(lex.themes[0]).toEqual({ id: 'water', label: '供水', group: 'policy', terms: ['饮用水'] });
  });

  it('lists every problem, up to 50', () => {
    const theme = (i: number) => ({ id: `t${i}`, group: 'policy', terms: ['词'] });
    expect(messageOf({ version: '1.0.0', themes: [theme(0), { ...theme(1), group: 'economy', terms: [] }, theme(2)] })).toBe([
      'my-themes.json: invalid theme lexicon',
      '  theme "t0" (themes[0]), field label: missing (expected a string)',
      '  theme "t1" (themes[1]), field label: missing (expected a string)',
      '  theme "t1" (themes[1]), field group: expected one of "function", "policy", got "economy"',
      '  theme "t1" (themes[1]), field terms: Too small: expected array to have >=1 items',
      '  theme "t2" (themes[2]), field label: missing (expected a string)',
    ].join('\n'));
    const many = messageOf({ version: '1.0.0', themes: Array.from({ length: 60 }, (_, i) => theme(i)) }).split('\n');
    expect(many).toHaveLength(52);
    expect(many.at(-2)).toBe('  theme "t49" (themes[49]), field label: missing (expected a string)');
    expect(many.at(-1)).toBe('  … and 10 more');
  });

  it('names the file when the top level is wrong', () => {
    expect(messageOf({ themes: [] })).toContain('my-themes.json: invalid theme lexicon\n  field version:');
    expect(messageOf([])).toContain('  the file:');
  });
});

describe('mergeLexicons', () => {
  const user = parseLexicon(
    {
      version: '0.2.0',
      themes: [
        { id: 'proposals', label: '提案工作', group: 'function', note: 'only proposals handling', terms: ['提案办理'] },
        { id: 'water-supply', label: '供水', group: 'policy', note: 'drinking water', terms: ['饮用水', '/自来水(?!厂)/'] },
      ],
    },
    'user.json',
  );

  it('merge: a user theme replaces the built-in one with its id, new ids come after the built-in ones', () => {
    const merged = mergeLexicons(builtin, user, 'merge');
    expect(merged.version).toBe('1.0.0+user.0.2.0');
    expect(merged.themes.length).toBe(builtin.themes.length + 1);
    expect(merged.themes.find((t) => t.id === 'proposals')!.terms).toEqual(['提案办理']);
    expect(merged.themes.at(-1)!.id).toBe('water-supply');
    expect(merged.themes.slice(0, 3)).toEqual(builtin.themes.slice(0, 3));
  });

  it('replace: the user lexicon alone', () => {
    expect(mergeLexicons(builtin, user, 'replace')).toBe(user);
  });
});

describe('lexiconTerms (words for the segmenter dictionary)', () => {
  it('keeps plain Han terms of two or more characters, deduplicated and sorted', () => {
    const lex = parseLexicon(
      {
        version: '1.0.0',
        themes: [
          { id: 'a', label: '甲', group: 'policy', note: '', terms: ['医养结合', '养', '5G', '/新冠(肺炎)?疫情/', '提案办理'] },
          { id: 'b', label: '乙', group: 'policy', note: '', terms: ['医养结合', '健康'], exclude: ['健康发展'] },
        ],
      },
      'x.json',
    );
    expect(lexiconTerms(lex)).toEqual(['健康', '医养结合', '提案办理']);
  });

  it('covers the built-in lexicon (every term but regexes and non-Han ones)', () => {
    const terms = lexiconTerms(builtin);
    expect(terms).toContain('协商议事室');
    expect(terms).not.toContain('5G');
    expect(terms.length).toBeGreaterThan(500);
  });
});
