/** Enumerations shared by several schemas (re-exported from types.ts so there is one list). */
export { DOC_TYPES, REGION_LEVELS, YEAR_SOURCES } from '../types.js';

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'docx'] as const;
