/**
 * The limits a user can raise, in one small module that the CLI can import for its help text without loading
 * the readers.
 */

/**
 * Largest file read by default, in MB (10^6 bytes); `--max-file-mb` raises or lowers it. The largest of the
 * 2,283 real reports in the shared corpora is 0.17 MB; 128 MB is some 700 times that, and keeps the analysis
 * of one file within a few GB (README, Guarantees).
 */
export const DEFAULT_MAX_FILE_MB = 128;
