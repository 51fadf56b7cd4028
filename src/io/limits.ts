/**
 * The limits a user can raise, in one small module that the CLI can import for its help text without loading
 * the readers.
 */

/** Bytes in one MB as every limit counts it (`--max-file-mb`, `--max-docx-part-mb`): 2^20, as main's docx limit does. */
export const BYTES_PER_MB = 1024 * 1024;

/**
 * Largest file read by default, in MB; `--max-file-mb` raises or lowers it. The largest of the 2,283 real reports
 * in the shared corpora is 0.17 MB; 128 MB is some 700 times that, and keeps the analysis of one file within a few
 * GB (docs/guarantees.md).
 */
export const DEFAULT_MAX_FILE_MB = 128;

/** A size in MB for a message: one decimal from 0.1 MB, two significant digits below (a tiny limit in a test). */
export function sizeInMb(bytes: number): string {
  const mb = bytes / BYTES_PER_MB;
  return mb >= 0.1 ? mb.toFixed(1) : String(Number(mb.toPrecision(2)));
}

/** A limit in MB for a message, as the option that sets it would take it (0.001, 100, 12.5). */
export function limitInMb(bytes: number): number {
  return Number((bytes / BYTES_PER_MB).toPrecision(3));
}

/** `mb` megabytes in whole bytes. */
export function megabytes(mb: number): number {
  return Math.round(mb * BYTES_PER_MB);
}

/**
 * A large file, in bytes (not a limit a user sets): `--jobs 1` analyses one in a worker of its own (analyze.ts), and
 * a worker collects its garbage after one before sending the result (worker.ts).
 */
export const LARGE_FILE_BYTES = 8e6;
