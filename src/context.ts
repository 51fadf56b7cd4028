/**
 * Building the context every document is analysed with: the theme lexicon (built-in, merged with or replaced by
 * the user's), nodejieba with the domain dictionary and the theme terms (imported here, lazily, once per process
 * or worker), the user's dictionary and stop words (`--userdict`, `--stopwords`) and the placeholder rules. The
 * edge where lexicon files are read.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './cli/errors.js';
import { t } from './messages/index.js';
import { parseJsonFile } from './io/json.js';
import { readStopwords } from './io/word-lists.js';
import { lexiconPath } from './lexicon/index.js';
import type { DocContext } from './pipeline/analyze-document.js';
import { BUILTIN_RULES } from './rules/index.js';
import { compileRuleSet } from './rules/ruleset.js';
import { lexiconTerms, mergeLexicons, parseLexicon, type ThemeLexicon } from './schemas/lexicon.js';

/** What a context is built from; plain data so that it can be sent to workers. */
export interface ContextOptions {
  /** A user theme lexicon (JSON) to merge with or replace the built-in one. */
  lexicon?: string | undefined;
  lexiconMode?: 'merge' | 'replace' | undefined;
  /** A user dictionary for the segmenter (jieba's format), added to the built-in one; checked beforehand. */
  userdict?: string | undefined;
  /** A stop-word file (one word per line), added to the built-in stop words; checked beforehand. */
  stopwords?: string | undefined;
}

/** The theme lexicon in force: built-in, merged with or replaced by `options.lexicon`. Bad files throw `UsageError`. */
export function loadThemeLexicon(options: ContextOptions = {}): ThemeLexicon {
  const builtin = parseLexicon(readJson(lexiconPath('themes.json')), 'src/lexicon/themes.json');
  if (options.lexicon === undefined) return builtin;
  const user = parseLexicon(readJson(options.lexicon), options.lexicon);
  return mergeLexicons(builtin, user, options.lexiconMode ?? 'merge');
}

/** Load the lexicon, the segmenter (with every theme term as a word), stop words and rules. */
export async function createDocContext(options: ContextOptions = {}): Promise<DocContext> {
  const lexicon = loadThemeLexicon(options);
  const [{ loadJieba }, { loadStopwords }] = await Promise.all([import('./segmenter/jieba.js'), import('./lexicon/index.js')]);
  const builtinStopwords = loadStopwords();
  return {
    segmenter: loadJieba(lexiconTerms(lexicon), options.userdict === undefined ? [] : [options.userdict]),
    stopwords: options.stopwords === undefined ? builtinStopwords : new Set([...builtinStopwords, ...readStopwords(options.stopwords)]),
    lexicon,
    rules: compileRuleSet(undefined, undefined, BUILTIN_RULES),
  };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(t('error.cannotReadLexicon', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  return parseJsonFile(text, file);
}
