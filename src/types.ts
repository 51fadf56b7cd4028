/**
 * Plain data shared by every stage. No behaviour lives here.
 *
 * Offsets are UTF-16 indices into a JavaScript string, half-open `[start, end)`.
 * Lines and columns are 1-based; columns count Unicode code points (see `document/location.ts`).
 */
import type { Message } from './messages/index.js';
import type { OffsetMap } from './document/offset-map.js';

/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A place in a file: 1-based line, 1-based column in Unicode code points. */
export interface Position {
  line: number;
  column: number;
}

/** How the bytes of a file were turned into text. Recorded per document, never guessed silently. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'docx';

export type SourceFormat = 'txt' | 'md' | 'docx';

export const REGION_LEVELS = ['county', 'district', 'city', 'province', 'national'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The closed list of genres (docs/metadata.md); `other` is only ever set by a manifest. */
export const DOC_TYPES = ['工作报告', '常委会工作报告', '提案工作报告', '工作要点', '协商计划', '述职报告', '经验交流', '讲话', '新闻', 'other'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/**
 * Where a document's year came from, in order of precedence: the manifest's year column, the path pattern, the
 * manifest's title column read as the title line, a date in the manifest's source/url column, the text itself.
 */
export const YEAR_SOURCES = ['manifest', 'path', 'manifest_title', 'manifest_url', 'text', 'unknown'] as const;
export type YearSource = (typeof YEAR_SOURCES)[number];

/** Document variables ("docvars" in quanteda's words): what a document is, where and when. */
export interface DocMeta {
  title: string;
  region: string;
  /** GB/T 2260 code of the region (6 digits); empty when masked, unknown or ambiguous. */
  region_code: string;
  /** The province (or autonomous region, municipality) the region lies in; empty when unknown. */
  province: string;
  /** The prefecture-level division the region lies in (itself for a city); empty when none or unknown. */
  prefecture: string;
  /** Empty when unknown. */
  region_level: RegionLevel | '';
  year: number | null;
  year_source: YearSource;
  /** The year the text was delivered or dated (a report's session date, a news item's date line); null when unknown. */
  delivery_year: number | null;
  /** Empty when unknown. */
  doc_type: DocType | '';
  /** Extra manifest columns and front-matter keys, by name. */
  extra: Record<string, string>;
  /** What the given metadata says that does not hold together or was not understood (warnings.csv); absent when nothing. */
  warnings?: MetaWarning[];
}

/**
 * A doubt about a document's given metadata that does not stop its analysis: a level that contradicts the
 * region's division, a region that no division or several are called, a value that was not understood and
 * passed over. warnings.csv records `file, field, value, message`.
 */
export interface MetaWarning {
  field: 'region' | 'region_level' | 'year' | 'doc_type';
  /** The value as given. */
  value: string;
  /** Where it was given. */
  source: 'manifest' | 'path' | 'front_matter';
  reason: Message;
}

/**
 * A decoded, normalised document — the one document model every stage works on.
 *
 * `source` is the file's text exactly as decoded (BOM removed, line breaks as in the file);
 * positions reported to users are lines and columns of `source`.
 * `text` is the normalised text every stage analyses (LF line breaks, NBSP and full-width spaces as
 * ASCII spaces, zero-width characters and Markdown markup removed). `map[i]` is the offset in `source`
 * of `text[i]`; `map` has `text.length + 1` entries so that exclusive ends map too.
 */
export interface ReportDoc {
  /** Stable id derived from `file` (the relative path without its extension). */
  id: string;
  /** Path as found on disk (or `-` for stdin). */
  path: string;
  /** Path relative to the corpus folder, with `/` separators. */
  file: string;
  format: SourceFormat;
  encoding: Encoding;
  /** Size of the file in bytes, when it was read from disk. */
  bytes?: number;
  source: string;
  text: string;
  /** Offset in `text` → offset in `source`. */
  map: OffsetMap;
  /** YAML front matter of a Markdown file (flat `key: value` pairs). */
  frontMatter: Record<string, string>;
  /** Offsets in `text` of the starts of lines that were Markdown headings (`## …`) or wholly bold (`**…**`). */
  markupHeadings: number[];
  /** A .docx: where each line of `source` is in Word (one paragraph a line; the body's lines come first). */
  docx?: DocxLayout;
}

/** Where one line of a .docx's extracted text is in Word: its part and paragraph, and its table cell if any. */
export interface DocxLine {
  /** `正文`, `页眉`, `页脚（首页）`, `脚注2`, `尾注1`, `批注3`, `文本框（正文第12段）` … */
  part: string;
  /** 1-based paragraph number within the part. */
  paragraph: number;
  /** 1-based table, row and column (table cells only). */
  table?: number;
  row?: number;
  column?: number;
}

/** The Word locations of a .docx's lines (`lines[n - 1]` is line n) and how many lines the body has. */
export interface DocxLayout {
  lines: readonly DocxLine[];
  bodyLines: number;
}

export type Severity = 'error' | 'warning';

/**
 * What a rule reports, in `text` offsets. The orchestrator maps it to `source` and locates it.
 * Rules never compute lines or columns themselves.
 */
export interface Finding {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  /** Placeholder kind (region, number, date, name, other, blank) or another rule-specific class. */
  kind?: string;
  /** Overrides the rule's configured severity (numbering rules use 'warning'). */
  severity?: Severity;
}

/** How much a message weighs: a rule's level, or `info` for a note that never changes the exit code. */
export type NoticeSeverity = Severity | 'info';

/**
 * One message of any command — the one message model (as vfile's): a rule's finding at a place in a file, or why
 * a file was left out. Every command reports through it, and one function (`exitCodeOf`, cli/exit-code.ts) turns
 * a command's messages into its exit code. `Diagnostic` and `FileError` are its two kinds; the output formats
 * (stylish, json, sarif, csv, unix, errors.csv) each pick their columns from it.
 */
export interface Notice {
  /** The rule that reported it (a finding)… */
  ruleId?: string;
  /** …or the stage at which the file was left out: `skipped` (never read), `read`, `decode`, `metadata`, `analyze`; `usage` for the whole run (cli/exit-code.ts). */
  stage?: string;
  /** The path as given or found (`-`, or the `--stdin-filename`, for standard input). */
  file: string;
  /** The place in the file, when the message is about one: 1-based, columns in code points, `endColumn` exclusive. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity: NoticeSeverity;
  /** Nothing of the file was processed: it is missing from the results (its read, decode or analysis failed). */
  fatal: boolean;
  /** What outputs record: a rule's own text (Chinese in every language), or `reason` written in English. */
  message: string;
  /** The same reason as catalogue data, for stderr and stylish in the interface language; absent for a rule's or a library's own text. */
  reason?: Message | undefined;
}

/** A rule's finding at one place in one file (check, outline): a `Notice` with its place and the text found. */
export interface Diagnostic extends Notice {
  ruleId: string;
  severity: Severity;
  fatal: false;
  kind?: string;
  /** The text found, as written in the source. */
  text: string;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive. */
  endColumn: number;
  /** About ten characters either side of the finding. */
  context: string;
  /** Heading path, e.g. `二、打造特色品牌 › （一）专题资政协商`, when known. */
  section?: string;
  /** .docx only: where the finding is in Word, e.g. `页眉（首页） 第1段` or `正文 第12段（表1 第2行第3列）`. */
  location?: string;
}

/** A file left out at some stage (a fatal `Notice`); the batch goes on without it. errors.csv records `file, stage, message`. */
export interface FileError extends Notice {
  stage: string;
  fatal: true;
}
