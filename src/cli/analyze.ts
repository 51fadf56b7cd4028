/**
 * `workreport analyze [dir]`: options → analyzeToFolder (atomic) → one summary line on stderr.
 * Exit 0 when every file was analysed, 1 when some were skipped (outputs written, errors.csv lists them).
 */
import { analyzeToFolder, type AnalyzeOptions } from '../analyze.js';
import { removeTemporaryFolderSync } from '../io/output-folder.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './errors.js';
import { createProgress } from './progress.js';

interface AnalyzeFlags {
  out: string;
  manifest?: string;
  metaFromPath?: string;
  excel: boolean;
  quiet: boolean;
  jobs?: number;
  lexicon?: string;
  lexiconMode: string;
  groupBy: string[];
  keynessBy?: string;
  keepDuplicates: boolean;
}

export async function runAnalyze(dir: string, flags: AnalyzeFlags): Promise<number> {
  const started = performance.now();
  if (flags.lexiconMode !== 'merge' && flags.lexiconMode !== 'replace') {
    throw new UsageError(`--lexicon-mode: expected "merge" or "replace", got "${flags.lexiconMode}"`);
  }
  const options: AnalyzeOptions = {
    dir,
    manifest: flags.manifest,
    metaFromPath: flags.metaFromPath,
    excel: flags.excel,
    jobs: flags.jobs,
    lexicon: flags.lexicon,
    lexiconMode: flags.lexiconMode,
    groupBy: flags.groupBy,
    keynessBy: flags.keynessBy,
    keepDuplicates: flags.keepDuplicates,
  };
  const progress = createProgress(flags.quiet);
  const stopCleaning = removeTemporaryFolderOnSignal(flags.out);
  let result;
  try {
    result = await analyzeToFolder(flags.out, options, progress.update);
  } finally {
    progress.stop();
    stopCleaning();
  }
  for (const e of result.errors) process.stderr.write(`workreport: skipped ${e.file} (${e.stage}): ${e.message}\n`);
  if (!flags.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const skipped = result.errors.length ? `, ${result.errors.length} skipped (see errors.csv)` : '';
    process.stderr.write(
      `workreport: analysed ${plural(result.documents, 'document')}, ${plural(result.chars, 'character')} in ${seconds} s${skipped} → ${flags.out}/\n`,
    );
  }
  return result.errors.length ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Ctrl-C (SIGINT) or SIGTERM while analysing: remove the temporary output folder, then end as the signal would
 * have (the previous output is untouched either way). Returns the function that stops watching.
 */
function removeTemporaryFolderOnSignal(out: string): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    removeTemporaryFolderSync(out);
    process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const s of signals) process.off(s, onSignal);
  };
  for (const s of signals) process.on(s, onSignal);
  return stop;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
