/**
 * The lexicon files shipped in src/lexicon (user dictionary, stop words, themes, quantity vocabulary): where they are, the stop-word
 * set, and a hash of each file for summary.json.
 *
 * The files stay in src/lexicon and are not copied to dist/: the URL `../../src/lexicon/` resolves to the same
 * folder from src/lexicon/index.ts (vitest) and from dist/lexicon/index.js (compiled).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The lexicon files that `lexiconHashes` reports when present, in code-unit order. */
export const LEXICON_FILES = ['quantities.json', 'stopwords.txt', 'themes.json', 'topic-tagger.json', 'userdict.txt'] as const;

/** Absolute path of the lexicon file `name` (e.g. `userdict.txt`). */
export function lexiconPath(name: string): string {
  return fileURLToPath(new URL('../../src/lexicon/' + name, import.meta.url));
}

/** Words of a one-word-per-line list: lines trimmed; empty lines and `#` comments skipped. */
export function parseWordList(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const w = line.trim();
    if (w !== '' && !w.startsWith('#')) words.push(w);
  }
  return words;
}

let stopwords: ReadonlySet<string> | undefined;

/** The stop words of src/lexicon/stopwords.txt (read once per process). */
export function loadStopwords(): ReadonlySet<string> {
  stopwords ??= new Set(parseWordList(readFileSync(lexiconPath('stopwords.txt'), 'utf8')));
  return stopwords;
}

/** SHA-256 (hex) of each lexicon file present in src/lexicon, keyed by file name in code-unit order. */
export function lexiconHashes(): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of LEXICON_FILES) {
    const path = lexiconPath(name);
    if (existsSync(path)) hashes[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}
