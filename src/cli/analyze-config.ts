/**
 * The settings of an analyze run: its command-line flags over the `analyze` section of workreport.config.json
 * (given with `--config`, or the one in the current folder), over the defaults. Paths from the config are
 * resolved against the config file's folder, so that a study is one file that can be run from anywhere.
 */
import { DEFAULT_KEYWORDS, type LexiconMode } from '../choices.js';
import type { ContextOptions } from '../context.js';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../io/config.js';
import type { AnalyzeConfig } from '../schemas/config.js';

/**
 * The analyze flags a config can also give (undefined = not given on the command line): the word lists of the
 * document context (`ContextOptions`) and these.
 */
export interface AnalyzeSettingsFlags extends ContextOptions {
  out?: string | undefined;
  manifest?: string | undefined;
  metaFromPath?: string | undefined;
  excel?: boolean | undefined;
  keepDuplicates?: boolean | undefined;
  keywords?: number | undefined;
  groupBy?: string[] | undefined;
  keynessBy?: string | undefined;
  config?: string | undefined;
}

export interface AnalyzeSettings {
  dir: string;
  out: string;
  manifest?: string | undefined;
  metaFromPath?: string | undefined;
  excel: boolean;
  keepDuplicates: boolean;
  /** Keywords per document in documents.csv. */
  keywords: number;
  lexicon?: string | undefined;
  lexiconMode: LexiconMode;
  quantityLexicon?: string | undefined;
  quantityLexiconMode: LexiconMode;
  userdict?: string | undefined;
  stopwords?: string | undefined;
  groupBy: string[];
  keynessBy?: string | undefined;
  /** The config file used, when one was (and had an analyze section). */
  config?: string | undefined;
}

/** Merge flags, config and defaults; an invalid config is a `UsageError` naming the file and field. */
export async function analyzeSettings(dir: string | undefined, flags: AnalyzeSettingsFlags): Promise<AnalyzeSettings> {
  const file = flags.config ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  const section: AnalyzeConfig | undefined = file === undefined ? undefined : (await loadConfig(file)).analyze;
  const path = (p: string | undefined) => (p === undefined || file === undefined || isAbsolute(p) ? p : relative('.', join(dirname(file), p)) || '.');
  const c = section ?? {};
  return {
    dir: dir ?? path(c.corpus) ?? 'corpus',
    out: flags.out ?? path(c.out) ?? 'output',
    manifest: flags.manifest ?? path(c.manifest),
    metaFromPath: flags.metaFromPath ?? c.metaFromPath,
    excel: flags.excel ?? c.excel ?? false,
    keepDuplicates: flags.keepDuplicates ?? c.keepDuplicates ?? false,
    keywords: flags.keywords ?? c.keywords ?? DEFAULT_KEYWORDS,
    lexicon: flags.lexicon ?? path(c.lexicon),
    lexiconMode: flags.lexiconMode ?? c.lexiconMode ?? 'merge',
    quantityLexicon: flags.quantityLexicon ?? path(c.quantityLexicon),
    quantityLexiconMode: flags.quantityLexiconMode ?? c.quantityLexiconMode ?? 'merge',
    userdict: flags.userdict ?? path(c.userdict),
    stopwords: flags.stopwords ?? path(c.stopwords),
    groupBy: flags.groupBy?.length ? flags.groupBy : (c.groupBy ?? []),
    keynessBy: flags.keynessBy ?? c.keynessBy,
    config: section === undefined ? undefined : file,
  };
}
