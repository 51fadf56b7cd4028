/**
 * The codebook's notes on the output tables: what a reader needs beyond the columns' own descriptions (which
 * rows there are, how a value is computed, how to split a joined column). Markdown, by output file name; the
 * registry (outputs.ts) attaches each to its table.
 */
export const OUTPUT_NOTES: Readonly<Record<string, string>> = {};
