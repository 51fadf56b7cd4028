/**
 * Building the context every document is analysed with: the theme lexicon (built-in, merged with or replaced by
 * the user's), nodejieba with the domain dictionary and the theme terms (imported here, lazily, once per process
 * or worker), the user's dictionary and stop words (`--userdict`, `--stopwords`), the placeholder rules and the
 * quantity vocabulary. The edge where lexicon files are read.
 */
import { readFileSync } from 'node:fs';
import type { LexiconMode } from './choices.js';
import { UsageError } from './errors.js';
import { systemReason, t } from './messages/index.js';
import { parseJsonFile } from './io/json.js';
import { decodeTextFile } from './io/text-file.js';
import { readStopwords } from './io/word-lists.js';
import { lexiconPath } from './lexicon/index.js';
import type { DocContext } from './pipeline/per-document/analyze-document.js';
import { BUILTIN_RULES } from './rules/index.js';
import { compileRuleSet } from './rules/ruleset.js';
import { compileQuantityLexicon } from './pipeline/quantities/vocabulary.js';
import { lexiconTerms, mergeLexicons, parseLexicon, type ThemeLexicon } from './schemas/lexicon.js';
import { mergeQuantityLexicons, parseQuantityLexicon, type QuantityLexicon } from './schemas/quantity-lexicon.js';

/** What a context is built from; plain data so that it can be sent to workers. */
export interface ContextOptions {
  /** A user theme lexicon (JSON) to merge with or replace the built-in one. */
  lexicon?: string | undefined;
  lexiconMode?: LexiconMode | undefined;
  /** A user quantity vocabulary (JSON) to merge with or replace the built-in one (src/lexicon/quantities.json). */
  quantityLexicon?: string | undefined;
  quantityLexiconMode?: LexiconMode | undefined;
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

/** The quantity vocabulary in force: built-in, merged with or replaced by `options.quantityLexicon`. Bad files throw `UsageError`. */
export function loadQuantityLexicon(options: ContextOptions = {}): QuantityLexicon {
  const builtin = parseQuantityLexicon(readJson(lexiconPath('quantities.json')), 'src/lexicon/quantities.json');
  if (options.quantityLexicon === undefined) return builtin;
  const user = parseQuantityLexicon(readJson(options.quantityLexicon), options.quantityLexicon);
  return mergeQuantityLexicons(builtin, user, options.quantityLexiconMode ?? 'merge');
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
    quantities: compileQuantityLexicon(loadQuantityLexicon(options)),
  };
}

function readJson(file: string): unknown {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(t('error.cannotReadLexicon', { file, reason: systemReason(e) }));
  }
  const { text } = decodeTextFile(bytes, file, 'lexicon');
  return parseJsonFile(text, file);
}
