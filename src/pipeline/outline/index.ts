/**
 * Section structure: the outline of a report (title, headings, leads, enumerations, tree), its numbering
 * checks and heading paths. Re-exports only. Never imports nodejieba.
 */
export { parseOutline, parseSections, type Sections } from './parse.js';
export { sectionPathAt, pathTitle } from './tree.js';
export { numberingFindings, NUMBERING_RULES, DEFAULT_NUMBERING_OPTIONS, type NumberingOptions } from './numbering.js';
export { outlineReport, type OutlineReport } from './report.js';
export type { Enumeration, EnumerationKind, Heading, HeadingKind, HeadingNode, MarkerStyle, Outline } from './types.js';
