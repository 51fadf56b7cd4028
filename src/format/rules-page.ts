/**
 * docs/rules.md, the reference of every rule `check` can report, written from the rules' own metadata (id,
 * default level, description, help with its ok / not-ok example) so that the page cannot drift from the code:
 * `npm run docs` writes it, and test/docs/rules.test.ts fails when the committed page differs.
 *
 * Pure: metadata in, Markdown out. The built-in groups are gathered here, not in rules/, because they come from
 * three places (the text rules, the outline's numbering rules, `--previous`) that rules/ must not import.
 */
import { STALE_RULES } from '../pipeline/per-document/stale-rules.js';
import { NUMBERING_RULES } from '../pipeline/outline/numbering.js';
import { BUILTIN_RULES } from '../rules/index.js';
import { UNKNOWN_DIRECTIVE_META, UNUSED_DIRECTIVE_META, type RuleMeta } from '../rules/ruleset.js';

/** Rules that run together, with a sentence on when they run. */
export interface RuleGroup {
  title: string;
  when: string;
  rules: readonly RuleMeta[];
}

/** Every rule of the program, in the order a reader meets them. */
export function builtinRuleGroups(): RuleGroup[] {
  return [
    {
      title: 'Placeholders and blank slots',
      when: '`check`, and `placeholders.csv` of `analyze`. How each rule decides, with what was measured: '
        + '[method/placeholders.md](method/placeholders.md).',
      rules: BUILTIN_RULES,
    },
    {
      title: 'Section numbering',
      when: '`check` and `outline` (the outline\'s numbering checks; `numbering.allowDunHao` in the config, or '
        + '`--no-allow-dun-hao`, also reports `1、`). Why: [method/outline.md](method/outline.md).',
      rules: NUMBERING_RULES,
    },
    {
      title: 'What was left from last year',
      when: '`check --previous <last year\'s report>` only ([check.md](commands/check.md#what-was-left-from-last-year---previous)).',
      rules: STALE_RULES,
    },
    {
      title: 'Inline suppression',
      when: '`check`, about the `<!-- workreport-disable … -->` directives themselves '
        + '([check.md](commands/check.md#inline-suppression)).',
      rules: [UNUSED_DIRECTIVE_META, UNKNOWN_DIRECTIVE_META],
    },
  ];
}

/** A rule's help split into its prose and its `ok: … not ok: …` example (rules end their help with one). */
export function helpParts(help: string): { text: string; ok?: string; notOk?: string } {
  const m = /(?<!not )\bok: (.+?)\s+not ok: (.+?)\s*$/s.exec(help);
  if (!m) return { text: help.trim() };
  return { text: help.slice(0, m.index).trim(), ok: m[1]!.trim(), notOk: m[2]!.trim() };
}

/** Markdown characters in plain text, escaped (help texts name `**bold**`, `_emphasis_`, `<!-- … -->`). */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** An example as inline code, safe inside a table cell. */
function code(text: string): string {
  return `\`${text.replace(/\|/g, '\\|')}\``;
}

const LEVEL: Readonly<Record<string, string>> = { error: 'error', warning: 'warning' };

function ruleSection(rule: RuleMeta): string[] {
  const { text, ok, notOk } = helpParts(rule.help);
  const lines = [`### \`${rule.id}\``, '', `${plain(rule.description)}. Default level: **${LEVEL[rule.defaultSeverity]}**.`, '', plain(text), ''];
  if (ok !== undefined && notOk !== undefined) {
    lines.push('| ok (not reported) | not ok (reported) |', '| --- | --- |', `| ${code(ok)} | ${code(notOk)} |`, '');
  }
  return lines;
}

/** The whole page. */
export function rulesPage(groups: readonly RuleGroup[] = builtinRuleGroups()): string {
  const all = groups.flatMap((g) => g.rules);
  const lines = [
    '<!-- Generated from the rules\' metadata by `npm run docs` (scripts/gen-docs.mjs): do not edit by hand. -->',
    '# Rules',
    '',
    'Every rule `check` can report, with its default level. A `workreport.config.json` sets a rule to `off`, `warn` or',
    '`error` by its id (`"rules": { "blank-slot": "warn" }`), and its `patterns` add rules of its own, reported as',
    '`placeholder/custom-<id>` at level error ([check.md](commands/check.md#configuration-workreportconfigjson)).',
    'Messages are Chinese; the help texts below are those SARIF output carries.',
    '',
    '| rule | default level | finds |',
    '| --- | --- | --- |',
    ...all.map((r) => `| [\`${r.id}\`](#${r.id.replace(/[/]/g, '')}) | ${LEVEL[r.defaultSeverity]} | ${plain(r.description)} |`),
    '',
  ];
  for (const g of groups) {
    lines.push(`## ${g.title}`, '', g.when, '', ...g.rules.flatMap(ruleSection));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
