/**
 * The error a library call throws for a usage, configuration or input problem (a bad folder, manifest,
 * pattern or lexicon). The CLI maps it to exit 2 (cli/errors.ts); a library caller can catch it by type.
 */

/** A usage, configuration or input problem: the message names the file, place and what was expected. */
export class UsageError extends Error {
  override name = 'UsageError';
}
