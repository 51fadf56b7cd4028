/**
 * The closed lists of values options take: the output formats of each command, the lexicon modes, the KWIC orders.
 * A module without imports, so that the CLI declares them to commander (`.choices()`) without loading a command, and
 * the config's zod enums and the library's types are built from the same lists.
 */
export const CHECK_FORMATS = ['stylish', 'unix', 'json', 'sarif', 'csv'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const OUTLINE_FORMATS = ['text', 'json'] as const;
export type OutlineFormat = (typeof OUTLINE_FORMATS)[number];

export const KWIC_FORMATS = ['text', 'csv', 'json'] as const;
export type KwicFormat = (typeof KWIC_FORMATS)[number];

/** The orders `kwic --sort` names; without it, lines come in document order (`position`). */
export const KWIC_SORTS = ['left', 'right'] as const;

/** How a user's theme lexicon or quantity vocabulary meets the built-in one (`--lexicon-mode`, `--quantity-lexicon-mode`). */
export const LEXICON_MODES = ['merge', 'replace'] as const;
export type LexiconMode = (typeof LEXICON_MODES)[number];

/** Keywords per document in documents.csv by default (`analyze --keywords`), and the most that can be asked for. */
export const DEFAULT_KEYWORDS = 10;
export const MAX_KEYWORDS = 100;

/** A number of keywords that can be asked for: a whole number from 0 to `MAX_KEYWORDS`. */
export const isKeywordCount = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= MAX_KEYWORDS;
