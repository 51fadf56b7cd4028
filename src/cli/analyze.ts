/**
 * `workreport analyze [dir]`: options → analyzeToFolder (atomic) → one summary line on stderr.
 * Exit (cli/exit-code.ts) 0 when every file was analysed, 1 when some were skipped (outputs written, errors.csv lists
 * them), 2 when none could be analysed (the outputs are written all the same, errors.csv saying why). Metadata
 * warnings (warnings.csv; the first ten on stderr, even with --quiet) never change it.
 */
import { analyzeToFolder, type AnalyzeOptions, type AnalyzeResult } from '../analyze.js';
import { removeTemporaryFolderSync } from '../io/output-folder.js';
import { exitCodeOf } from './exit-code.js';
import { plural, reasonText, render, t } from '../messages/index.js';
import { analyzeSettings, type AnalyzeSettingsFlags } from './analyze-config.js';
import { say } from './stderr.js';
import { createProgress } from './progress.js';

interface AnalyzeFlags extends AnalyzeSettingsFlags {
  quiet: boolean;
  jobs?: number;
  /** `--max-file-mb`, already in bytes. */
  maxFileMb?: number;
  /** `--max-docx-part-mb`, already in bytes. */
  maxDocxPartMb?: number;
}

export async function runAnalyze(dirArgument: string | undefined, flags: AnalyzeFlags): Promise<number> {
  const started = performance.now();
  const settings = await analyzeSettings(dirArgument, flags);
  // --lexicon-mode and --quantity-lexicon-mode were checked by commander (main.ts), the config's by its schema.
  const { dir, lexiconMode, quantityLexiconMode } = settings;
  const options: AnalyzeOptions = {
    dir,
    manifest: settings.manifest,
    metaFromPath: settings.metaFromPath,
    excel: settings.excel,
    jobs: flags.jobs,
    lexicon: settings.lexicon,
    lexiconMode,
    quantityLexicon: settings.quantityLexicon,
    quantityLexiconMode,
    groupBy: settings.groupBy,
    keynessBy: settings.keynessBy,
    userdict: settings.userdict,
    stopwords: settings.stopwords,
    config: settings.config,
    keepDuplicates: settings.keepDuplicates,
    keywords: settings.keywords,
    read: { maxFileBytes: flags.maxFileMb, maxDocxPartBytes: flags.maxDocxPartMb },
  };
  const progress = createProgress(flags.quiet);
  const stopCleaning = removeTemporaryFolderOnSignal(settings.out);
  let result;
  try {
    result = await analyzeToFolder(settings.out, options, progress.update);
  } finally {
    progress.stop();
    stopCleaning();
  }
  for (const e of result.errors) {
    // A path passed over while listing has no stage to name; a file that failed names the stage it failed in.
    const params = { file: e.file, stage: e.stage, message: reasonText(e) };
    say(e.stage === 'skipped' ? t('analyze.passedOver', params) : t('analyze.skipped', params));
  }
  sayWarnings(result.warnings);
  if (!flags.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const skipped = result.errors.length ? t('analyze.summarySkipped', { count: result.errors.length }) : '';
    const warned = result.warnings.length ? t('analyze.summaryWarned', { count: result.warnings.length }) : '';
    const documents = plural('count.document', result.documents), characters = plural('count.character', result.chars);
    say(t('analyze.summary', { documents, characters, seconds, skipped: skipped + warned, out: settings.out }));
  }
  return exitCodeOf(result.errors, { processed: result.documents });
}

/** Warnings shown on stderr at most; warnings.csv has them all. */
const WARNINGS_SHOWN = 10;

/** The first metadata warnings in the interface language, then how many more warnings.csv holds. */
function sayWarnings(warnings: AnalyzeResult['warnings']): void {
  for (const w of warnings.slice(0, WARNINGS_SHOWN)) say(t('analyze.warned', { file: w.file, message: render(w.reason) }));
  if (warnings.length > WARNINGS_SHOWN) say(t('analyze.warnedMore', { count: warnings.length - WARNINGS_SHOWN }));
}

/**
 * Ctrl-C (SIGINT) or SIGTERM while analysing: remove the temporary output folder, then end as the signal would
 * have (the previous output is untouched either way). Returns the function that stops watching.
 */
function removeTemporaryFolderOnSignal(out: string): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    try {
      removeTemporaryFolderSync(out);
    } finally {
      // Ended as the signal would have, whether or not the folder could be removed (the next run removes it).
      process.kill(process.pid, signal);
    }
  };
  const stop = () => {
    for (const s of signals) process.off(s, onSignal);
  };
  for (const s of signals) process.on(s, onSignal);
  return stop;
}
