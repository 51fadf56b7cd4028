/**
 * The CLI entry: maps argv to option objects and calls the library. Commands are imported lazily so a fast
 * command (check, outline) never pays for a slow one's imports (nodejieba).
 *
 * Exit codes (the only place they are decided is the value `main` returns to bin/workreport.js):
 *   0  success, nothing found
 *   1  findings at error level (check), or some files skipped (analyze)
 *   2  usage, configuration or I/O failure
 *
 * Every text a user reads comes from the message catalogue (src/messages/), in the language of `--lang` or
 * of the locale.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { createRequire } from 'node:module';
import { terminalSafe } from '../format/terminal.js';
import { DEFAULT_MAX_FILE_MB, megabytes } from '../io/limits.js';
import { isLanguage, setLanguage, t, type Language } from '../messages/index.js';
import { LOCALIZED_HELP, localizeCommanderError, withLang } from './localize.js';
import { EXIT_FAILURE, UsageError } from './errors.js';
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
    say((e as Error).message);
    return EXIT_FAILURE;
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
    .option('--lexicon-mode <mode>', t('cli.analyze.lexiconMode'))
    .option('--quantity-lexicon <file>', t('cli.analyze.quantityLexicon'))
    .option('--quantity-lexicon-mode <mode>', t('cli.analyze.quantityLexiconMode'))
    .option('--userdict <file>', t('cli.analyze.userdict'))
    .option('--stopwords <file>', t('cli.analyze.stopwords'))
    .option('-c, --config <file>', t('cli.analyze.config'))
    .option('--group-by <fields>', t('cli.analyze.groupBy'), splitList)
    .option('--keyness-by <field>', t('cli.analyze.keynessBy'))
    .option('--keep-duplicates', t('cli.analyze.keepDuplicates'))
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
    .option('-f, --format <format>', t('cli.check.format'), 'stylish')
    .option('-c, --config <file>', t('cli.check.config'))
    .option('--max-warnings <n>', t('cli.check.maxWarnings'))
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
    .option('-f, --format <format>', t('cli.outline.format'), 'text')
    .option('--allow-dun-hao', t('cli.outline.allowDunHao'))
    .option('--no-allow-dun-hao', t('cli.outline.noAllowDunHao'))
    .option('--max-file-mb <n>', t('cli.maxFileMb', { mb: DEFAULT_MAX_FILE_MB }), parseMegabytes)
    .action(run(async () => (await import('./outline.js')).runOutline));

  command('kwic')
    .description(t('cli.kwic'))
    .argument('<term>', t('cli.kwic.term'))
    .argument('[dir]', t('cli.kwic.dir'), 'corpus')
    .option('-w, --window <n>', t('cli.kwic.window'), '10')
    .option('-f, --format <format>', t('cli.kwic.format'), 'text')
    .option('--sort <context>', t('cli.kwic.sort'))
    .option('--by <field>', t('cli.kwic.by'))
    .option('--manifest <file>', t('cli.kwic.manifest'))
    .option('--meta-from-path <pattern>', t('cli.kwic.metaFromPath'))
    .option('--max-file-mb <n>', t('cli.maxFileMb', { mb: DEFAULT_MAX_FILE_MB }), parseMegabytes)
    .action(run(async () => (await import('./kwic.js')).runKwic));

  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : EXIT_FAILURE;
    }
    if (e instanceof UsageError) {
      say(e.message);
      return EXIT_FAILURE;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && typeof err.path === 'string') {
      say(t('error.notRead', { path: err.path, reason: err.message }));
      return EXIT_FAILURE;
    }
    say(t('error.internal', { stack: (e as Error)?.stack ?? String(e) }));
    return EXIT_FAILURE;
  }
}
