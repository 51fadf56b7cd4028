/**
 * The CLI entry: maps argv to option objects and calls the library. Commands are imported lazily so a fast
 * command (check, outline) never pays for a slow one's imports (nodejieba).
 *
 * Exit codes (the only place they are decided is the value `main` returns to bin/workreport.js):
 *   0  success, nothing found
 *   1  findings at error level (check), or some files skipped (analyze)
 *   2  usage, configuration or I/O failure
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { createRequire } from 'node:module';
import { EXIT_FAILURE, UsageError } from './errors.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  return n;
}

function splitList(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

/** Run the CLI with `argv` (as `process.argv`); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = new Command('workreport')
    .description('Analyse and check Chinese work reports (工作报告, 工作要点, 述职报告).')
    .version(pkg.version)
    .exitOverride()
    // Commander's own messages (unknown option, bad argument) get the same prefix as ours.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(`workreport: ${s.replace(/^error: /, '')}`) });

  const run = (load: () => Promise<(...a: any[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      code = await (await load())(...args);
    };

  program
    .command('analyze')
    .description('Analyse a corpus folder into CSV and JSON tables (see the README codebook).')
    .argument('[dir]', 'corpus folder, read recursively (.txt, .md, .docx)', 'corpus')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--manifest <file>', 'manifest CSV (default: <dir>/manifest.csv when present)')
    .option('--meta-from-path <pattern>', "metadata from relative paths, e.g. '{region}/{year}.md'")
    .option('--excel', 'write CSV with a UTF-8 BOM so that Excel reads Chinese correctly', false)
    .option('-j, --jobs <n>', 'worker threads (default: the number of CPUs; 1 = no workers)', parsePositiveInt)
    .option('--lexicon <file>', 'your own theme lexicon (JSON, see `workreport schema themes.json`)')
    .option('--lexicon-mode <mode>', 'merge: add to / override built-in themes by id; replace: use only yours', 'merge')
    .option('--group-by <fields>', 'extra groupings for groups.csv, comma-separated; a+b crosses fields (region+year)', splitList, [])
    .option('--keyness-by <field>', 'metadata field whose groups keyness.csv compares (default: year when known)')
    .option('--keep-duplicates', 'keep documents that copy an earlier one in the comparison tables', false)
    .option('-q, --quiet', 'no progress or summary on stderr', false)
    .action(run(async () => (await import('./analyze.js')).runAnalyze));

  program
    .command('schema')
    .description('Print the JSON Schemas of every output table, the config and the lexicons.')
    .argument('[name]', 'one schema by name (default: all)')
    .action(run(async () => (await import('./schema.js')).runSchema));

  program
    .command('check')
    .description('Find unfilled placeholders (XX, **, 某某, 20XX年 …) and blank slots in drafts, like a linter.')
    .argument('<paths...>', 'files, folders (recursive: .txt, .md, .docx), or - for standard input')
    .option('-f, --format <format>', 'stylish, unix, json, sarif or csv', 'stylish')
    .option('-c, --config <file>', 'config file for every path (default: the nearest workreport.config.json)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('-q, --quiet', 'report errors only', false)
    .option('--stdin-filename <name>', 'name (and so format and config folder) for the text read from -')
    .action(run(async () => (await import('./check.js')).runCheck));

  program
    .command('outline')
    .description('Show the section structure of one report (一、 （一） 1. （1）…) and check its numbering.')
    .argument('<file>', 'a .txt, .md or .docx file')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--allow-dun-hao', 'accept 1、 for level-3 headings (GB/T 9704 writes 1.)', false)
    .action(run(async () => (await import('./outline.js')).runOutline));

  program
    .command('kwic')
    .description('Keyword in context: every occurrence of a term or /regex/ with its document, line and section.')
    .argument('<term>', 'a word, or a /regular expression/ (flags i, m, s, u, v)')
    .argument('[dir]', 'corpus folder, read recursively (.txt, .md, .docx)', 'corpus')
    .option('-w, --window <n>', 'characters of context either side', '10')
    .option('-f, --format <format>', 'text, csv or json', 'text')
    .option('--sort <context>', 'left (read backwards from the match) or right; default: document order')
    .option('--by <field>', 'counts per year, region, region_level or doc_type instead of lines')
    .option('--manifest <file>', 'manifest CSV (default: <dir>/manifest.csv when present)')
    .option('--meta-from-path <pattern>', "metadata from relative paths, e.g. '{region}/{year}.md'")
    .action(run(async () => (await import('./kwic.js')).runKwic));

  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : EXIT_FAILURE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`workreport: ${e.message}\n`);
      return EXIT_FAILURE;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && typeof err.path === 'string') {
      process.stderr.write(`workreport: ${err.path}: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    process.stderr.write(`workreport: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT_FAILURE;
  }
}
