/**
 * The CLI entry: maps argv to option objects and calls the library. Commands are imported lazily so a fast
 * command (check, outline) never pays for a slow one's imports (nodejieba).
 *
 * Exit codes (decided by `exitCodeOf` in cli/exit-code.ts from a command's messages; `main` returns them to
 * bin/workreport.js, the one place that sets the process's):
 *   0  success, nothing found
 *   1  findings at error level (check), or some files left out (every command)
 *   2  usage, configuration or I/O failure, or no file could be read at all
 *
 * Every text a user reads comes from the message catalogue (src/messages/), in the language of `--lang` or
 * of the locale.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { CHECK_FORMATS, KWIC_FORMATS, KWIC_SORTS, LEXICON_MODES, isKeywordCount, MAX_KEYWORDS, OUTLINE_FORMATS } from '../choices.js';
import { terminalSafe } from '../format/terminal.js';
import { KWIC_GROUP_FIELDS } from '../pipeline/kwic/rows.js';
import { DEFAULT_MAX_FILE_MB, megabytes } from '../io/limits.js';
import { isLanguage, setLanguage, t, type Language } from '../messages/index.js';
import { LOCALIZED_HELP, localizeCommanderError, withLang } from './localize.js';
import { UsageError } from './errors.js';
import { exitCodeOf, runFailure } from './exit-code.js';
import { say } from './stderr.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(t('error.positiveInt', { value }));
  return n;
}

/** `--max-file-mb`, `--max-docx-part-mb`: a positive number of megabytes (fractions allowed) → bytes (MB = 2^20 bytes). */
function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0)) throw new InvalidArgumentError(t('error.megabytes', { value }));
  return megabytes(n);
}

/** `analyze --keywords`: a whole number from 0 (no keywords) to 100. */
function parseKeywords(value: string): number {
  if (!/^\d+$/.test(value) || !isKeywordCount(Number(value))) throw new InvalidArgumentError(t('error.keywords', { value, max: MAX_KEYWORDS }));
  return Number(value);
}

/** `kwic --window`: a whole number of characters, 0 or more. */
function parseWindow(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t('error.window', { value }));
  return Number(value);
}

/** `check --max-warnings`: a whole number, or -1 for no limit (Infinity: commander would store `undefined` as ''). */
function parseMaxWarnings(value: string): number {
  if (value === '-1') return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t('error.maxWarnings', { value }));
  return Number(value);
}

/**
 * An option that takes one of `values`: commander checks the value (`.choices()`), the message it writes is put in
 * the user's language by localize.ts, and the help leaves commander's `(choices: …)` out (the description names them).
 */
function oneOf(flags: string, description: string, values: readonly string[], defaultValue?: string): Option {
  const option = new Option(flags, description).choices(values);
  return defaultValue === undefined ? option : option.default(defaultValue);
}

function splitList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

/**
 * The `--lang` given anywhere in `argv` (`--lang zh`, `--lang=en`), read before commander builds the help
 * texts, which are in that language. `undefined` when none; a `UsageError` for a language not in the catalogue.
 */
export function langArgument(argv: readonly string[]): Language | undefined {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') lang = argv[i + 1] ?? '';
    else if (argv[i]!.startsWith('--lang=')) lang = argv[i]!.slice('--lang='.length);
  }
  if (lang === undefined) return undefined;
  if (!isLanguage(lang)) throw new UsageError(t('error.lang', { value: lang }));
  return lang;
}

/** Run the CLI with `argv` (as `process.argv`); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  try {
    // Without --lang the locale decides (also when main runs again in one process).
    setLanguage(langArgument(argv));
  } catch (e) {
    return failed((e as Error).message);
  }
  const program = withLang(new Command('workreport'))
    .description(t('cli.description'))
    .version(pkg.version, '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand('help [command]', t('help.help'))
    .exitOverride()
    .configureHelp(LOCALIZED_HELP)
    // Commander's own messages (unknown option, bad argument) get the same prefix as ours, in the user's language,
    // with the control characters of an argument escaped as every message's are (stderr.ts).
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`workreport: ${terminalSafe(localizeCommanderError(s.replace(/^error: /, '')))}`),
    });

  const run = (load: () => Promise<(...a: any[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      code = await (await load())(...args);
    };
  const command = (name: string) => withLang(program.command(name));

  command('analyze')
    .description(t('cli.analyze'))
    .argument('[dir]', t('cli.analyze.dir'))
    .option('-o, --out <dir>', t('cli.analyze.out'))
    .option('--manifest <file>', t('cli.analyze.manifest'))
    .option('--meta-from-path <pattern>', t('cli.analyze.metaFromPath'))
    .option('--excel', t('cli.analyze.excel'))
    .option('-j, --jobs <n>', t('cli.analyze.jobs'), parsePositiveInt)
    .option('--lexicon <file>', t('cli.analyze.lexicon'))
    .addOption(oneOf('--lexicon-mode <mode>', t('cli.analyze.lexiconMode'), LEXICON_MODES))
    .option('--quantity-lexicon <file>', t('cli.analyze.quantityLexicon'))
    .addOption(oneOf('--quantity-lexicon-mode <mode>', t('cli.analyze.quantityLexiconMode'), LEXICON_MODES))
    .option('--userdict <file>', t('cli.analyze.userdict'))
    .option('--stopwords <file>', t('cli.analyze.stopwords'))
    .option('-c, --config <file>', t('cli.analyze.config'))
    .option('--group-by <fields>', t('cli.analyze.groupBy'), splitList)
    .option('--keyness-by <field>', t('cli.analyze.keynessBy'))
    .option('--keep-duplicates', t('cli.analyze.keepDuplicates'))
    .option('--keywords <n>', t('cli.analyze.keywords', { max: MAX_KEYWORDS }), parseKeywords)
    .option('-q, --quiet', t('cli.analyze.quiet'), false)
    .option('--max-docx-part-mb <n>', t('cli.maxDocxPartMb'), parseMegabytes)
    .option('--max-file-mb <n>', t('cli.maxFileMb', { mb: DEFAULT_MAX_FILE_MB }), parseMegabytes)
    .action(run(async () => (await import('./analyze.js')).runAnalyze));

  command('schema')
    .description(t('cli.schema'))
    .argument('[name]', t('cli.schema.name'))
    .option('--list', t('cli.schema.list'), false)
    .action(run(async () => (await import('./schema.js')).runSchema));

  command('check')
    .description(t('cli.check'))
    .argument('<paths...>', t('cli.check.paths'))
    .addOption(oneOf('-f, --format <format>', t('cli.check.format'), CHECK_FORMATS, 'stylish'))
    .option('-c, --config <file>', t('cli.check.config'))
    .option('--max-warnings <n>', t('cli.check.maxWarnings'), parseMaxWarnings)
    .option('-q, --quiet', t('cli.check.quiet'), false)
    .option('--stdin-filename <name>', t('cli.check.stdinFilename'))
    .option('--allow-dun-hao', t('cli.check.allowDunHao'))
    .option('--no-allow-dun-hao', t('cli.check.noAllowDunHao'))
    .option('--excel', t('cli.check.excel'), false)
    .option('--previous <file>', t('cli.check.previous'))
    .option('--max-docx-part-mb <n>', t('cli.maxDocxPartMb'), parseMegabytes)
    .option('--max-file-mb <n>', t('cli.maxFileMb', { mb: DEFAULT_MAX_FILE_MB }), parseMegabytes)
    .action(run(async () => (await import('./check.js')).runCheck));

  command('outline')
    .description(t('cli.outline'))
    .argument('<file>', t('cli.outline.file'))
    .addOption(oneOf('-f, --format <format>', t('cli.outline.format'), OUTLINE_FORMATS, 'text'))
    .option('--allow-dun-hao', t('cli.outline.allowDunHao'))
    .option('--no-allow-dun-hao', t('cli.outline.noAllowDunHao'))
    .option('--max-file-mb <n>', t('cli.maxFileMb', { mb: DEFAULT_MAX_FILE_MB }), parseMegabytes)
    .action(run(async () => (await import('./outline.js')).runOutline));

  command('kwic')
    .description(t('cli.kwic'))
    .argument('<term>', t('cli.kwic.term'))
    .argument('[dir]', t('cli.kwic.dir'), 'corpus')
    .option('-w, --window <n>', t('cli.kwic.window'), parseWindow, 10)
    .addOption(oneOf('-f, --format <format>', t('cli.kwic.format'), KWIC_FORMATS, 'text'))
    .addOption(oneOf('--sort <context>', t('cli.kwic.sort'), KWIC_SORTS))
    .addOption(oneOf('--by <field>', t('cli.kwic.by'), KWIC_GROUP_FIELDS))
    .option('--manifest <file>', t('cli.kwic.manifest'))
    .option('--meta-from-path <pattern>', t('cli.kwic.metaFromPath'))
    .option('--max-file-mb <n>', t('cli.maxFileMb', { mb: DEFAULT_MAX_FILE_MB }), parseMegabytes)
    .action(run(async () => (await import('./kwic.js')).runKwic));

  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (e) {
    // Commander has written its own message (help and --version end with 0).
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : exitCodeOf([runFailure(e.message)], { processed: 0 });
    if (e instanceof UsageError) return failed(e.message);
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && typeof err.path === 'string') return failed(t('error.notRead', { path: err.path, reason: err.message }));
    return failed(t('error.internal', { stack: (e as Error)?.stack ?? String(e) }));
  }
}

/** A failure of the whole run: said on stderr, and exit 2 (usage, configuration or I/O). */
function failed(message: string): number {
  say(message);
  return exitCodeOf([runFailure(message)], { processed: 0 });
}
