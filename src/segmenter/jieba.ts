/**
 * The one place that loads nodejieba (a native addon that costs about a second to load its dictionaries).
 * `check` and `outline` never import this module; `analyze` imports it lazily.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { lexiconPath } from '../lexicon/index.js';
import type { Segmenter } from '../pipeline/per-document/tokenize.js';

interface NodeJieba {
  DEFAULT_USER_DICT: string;
  load(options: { dict?: string; userDict?: string; idfDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

/** src/segmenter/idf-stub.utf8, from src/ (vitest) or dist/ (compiled) alike. */
const IDF_STUB = fileURLToPath(new URL('../../src/segmenter/idf-stub.utf8', import.meta.url));
/** src/segmenter/dict-stub.utf8: a dictionary of one word, loaded in place of the real ones to free them. */
const DICT_STUB = fileURLToPath(new URL('../../src/segmenter/dict-stub.utf8', import.meta.url));

let jieba: NodeJieba | undefined;
let segmenter: Segmenter | undefined;
const inserted = new Set<string>();
/** The user dictionaries nodejieba was loaded with ('|'-joined), to reload it when they change. */
let loadedWith: string | undefined;

/**
 * nodejieba with its default dictionaries plus src/lexicon/userdict.txt and `userDicts` (files in jieba's format,
 * checked by io/word-lists.ts), loaded once per process (again when `userDicts` change); `extraWords`
 * (theme terms) that do not already come out whole are added with `insertWord` (at the dictionary's median
 * weight, so a few still come out in pieces when their parts are very common; their boundaries stay).
 * Later calls return the same segmenter and add only new extra words.
 *
 * Cutting uses nodejieba's default mode: the dictionary's most probable path, no HMM guessing of unknown words
 * (deterministic, and faster by a quarter). Words unknown to the dictionaries come out as single characters.
 */
export function loadJieba(extraWords: readonly string[] = [], userDicts: readonly string[] = []): Segmenter {
  const dicts = [lexiconPath('userdict.txt'), ...userDicts];
  for (const d of dicts) if (/[|;]/.test(d)) throw new Error(`${d}: nodejieba cannot load a dictionary whose path contains | or ;`);
  const wanted = dicts.join('|');
  if (!jieba || loadedWith !== wanted) {
    const require = createRequire(import.meta.url);
    const lib = require('nodejieba') as NodeJieba;
    // cppjieba splits userDict on '|' or ';': keep nodejieba's own user words (云计算, 区块链 …), add ours, then
    // the researcher's (--userdict): cppjieba's trie keeps a word's last entry, so theirs win. Loading again
    // (other user dictionaries, in tests) replaces the whole segmenter, so the inserted words go in again.
    // The IDF table (6 MB) serves only nodejieba.extract, which this tool never calls: a one-line stand-in makes
    // each worker's load 0.4 s faster and 20 MB smaller. Cutting does not read it.
    lib.load({ userDict: `${lib.DEFAULT_USER_DICT}|${wanted}`, idfDict: IDF_STUB });
    jieba = lib;
    loadedWith = wanted;
    inserted.clear();
  }
  for (const word of extraWords) {
    if (word === '' || inserted.has(word)) continue;
    inserted.add(word);
    // insertWord gives a word the dictionary's median weight, also a word it already has: inserting 铁路 or
    // 党组织 that way would break them into 铁/路 and 党/组织 everywhere. So only words not yet whole go in.
    if (jieba.cut(word).length !== 1) jieba.insertWord(word);
  }
  const lib = jieba;
  segmenter ??= { cut: (text) => lib.cut(text) };
  return segmenter;
}

/**
 * Free the dictionaries of the segmenter loaded in this thread, if any (the next `loadJieba` loads them again).
 * nodejieba never frees them itself, not even when its thread ends: a worker thread that ends would leave its
 * ~240 MB behind for the rest of the process. Loading a dictionary of one word in their place makes nodejieba
 * delete the loaded ones.
 */
export function releaseJieba(): void {
  if (!jieba) return;
  jieba.load({ dict: DICT_STUB, userDict: DICT_STUB, idfDict: IDF_STUB });
  jieba = undefined;
  segmenter = undefined;
  loadedWith = undefined;
  inserted.clear();
}

/*
 * Whether the segmenter can be loaded, asked before an analysis starts. nodejieba is an optional dependency:
 * it compiles from source on install (python3, make, g++), and an office PC that only runs `check` can go
 * without it (npm leaves an optional package out when it cannot be built), so its absence is a usage error
 * that says what to do, not a crash in every worker.
 */
export const SEGMENTER_MISSING = 'analyze needs the segmenter nodejieba, which is not installed: it compiles from source, so install'
  + ' python3, make and g++ (on Windows: the Visual Studio C++ build tools) and run npm install again.'
  + ' check and outline work without it';

/** Throws `UsageError` when nodejieba cannot be found (only resolves it: the addon is not loaded). */
export function assertSegmenterInstalled(resolve: (id: string) => string = createRequire(import.meta.url).resolve): void {
  try {
    resolve('nodejieba');
  } catch {
    throw new UsageError(SEGMENTER_MISSING);
  }
}
