/**
 * Error types the CLI maps to exit codes. Library code throws these; only `cli/main.ts` sets the exit code.
 *
 * Exit codes: 0 success · 1 findings (check) or some files skipped (analyze) · 2 usage, config or I/O failure.
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

/** A usage, configuration or input problem: the message names the file, place and what was expected. */
export class UsageError extends Error {
  override name = 'UsageError';
}
