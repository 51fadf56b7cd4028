/**
 * Commander in the user's language. Our descriptions are passed in from the catalogue; what commander writes
 * itself — the help layout's titles and `(default: …)`, and its parse errors — is rewritten here, with the
 * words taken from the same catalogue (src/messages/). The rewriting matches commander's own English
 * sentences, so a commander upgrade that rewords one leaves that message in English, never garbled.
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import { t, type MessageKey } from '../messages/index.js';

/** Add the `--lang zh|en` option (read before parsing by `langArgument` in main.ts) to a command. */
export function withLang(cmd: Command): Command {
  return cmd.option('--lang <lang>', t('help.lang'));
}

const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'help.usage', 'Options:': 'help.options', 'Arguments:': 'help.arguments', 'Commands:': 'help.commands',
  'Global Options:': 'help.globalOptions',
};

/**
 * For `configureHelp`: commander's help with its titles and the ` (default: …)` after a description from the
 * catalogue (the descriptions are rewritten before commander wraps them to the terminal's width).
 */
export const LOCALIZED_HELP: HelpConfiguration = {
  formatHelp(cmd: Command, helper: Help): string {
    return Help.prototype.formatHelp.call(helper, cmd, helper).replace(
      /^(Usage:|Options:|Arguments:|Commands:|Global Options:) ?/gm,
      (whole, title: string) => t(TITLES[title]!) + (whole.endsWith(' ') && /:$/.test(t(TITLES[title]!)) ? ' ' : ''),
    );
  },
  optionDescription(option: Option): string {
    return localizeDefault(withoutChoices(Help.prototype.optionDescription.call(this, option)));
  },
  argumentDescription(argument: Argument): string {
    return localizeDefault(Help.prototype.argumentDescription.call(this, argument));
  },
};

/** The description without commander's `choices: "a", "b"`: the catalogue's description names the values already. */
function withoutChoices(description: string): string {
  return description.replace(/ \(choices: "[^"]*"(?:, "[^"]*")*(\)|, )/, (_whole, end: string) => (end === ')' ? '' : ' ('));
}

function localizeDefault(description: string): string {
  return description.replace(/ ?\(default: ((?:[^()]|\([^()]*\))*)\)$/, (_whole, value: string) => t('help.default', { value }));
}

const ERRORS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown option '([^']*)'/, (m) => t('commander.unknownOption', { option: m[1]! })],
  [/^unknown command '([^']*)'/, (m) => t('commander.unknownCommand', { command: m[1]! })],
  [/^missing required argument '([^']*)'/, (m) => t('commander.missingArgument', { argument: m[1]! })],
  [/^option '([^']*)' argument missing/, (m) => t('commander.optionArgumentMissing', { option: m[1]! })],
  [/^too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)[^\n]*/,
    (m) => t('commander.tooManyArguments', { expected: m[1]!, received: m[2]! })],
  // `.choices()`: a value not in the list, named by the option's long flag, as our own messages name options.
  [/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^\n]*)\./,
    (m) => t('error.choice', { option: /--[\w-]+/.exec(m[1]!)?.[0] ?? m[1]!, value: m[2]!, allowed: m[3]! })],
  [/^option '([^']*)' argument '([^']*)' is invalid\. ?([^\n]*)/,
    (m) => t('commander.invalidArgument', { option: m[1]!, value: m[2]!, reason: m[3]! })],
];

/** One of commander's error messages (without its `error: ` prefix) in the user's language. */
export function localizeCommanderError(message: string): string {
  const suggestion = /\n?\(Did you mean ([^?]*)\?\)/.exec(message);
  for (const [re, render] of ERRORS) {
    const m = re.exec(message);
    if (!m) continue;
    const hint = suggestion ? `\n${t('commander.didYouMean', { suggestion: suggestion[1]! })}` : '';
    return `${render(m)}${hint}\n`;
  }
  return message;
}
