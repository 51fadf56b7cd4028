/**
 * The outline of a report: its title, its headings (numbered by GB/T 9704-2012 or unnumbered part
 * headings), the lead sentences that act as headings, in-paragraph enumerations and the heading tree.
 * Plain data; offsets are `ReportDoc.text` offsets, lines and columns are positions in `ReportDoc.source`.
 */
import type { Span } from '../../types.js';

/**
 * How a marker is written. The GB/T 9704 forms are `cn-dun` 一、 (level 1), `cn-paren` （一） (2),
 * `ar-dot` 1. (3) and `ar-paren` （1） (4); the others are variants of those levels, `circled` ① (5) and
 * `latin` a. (6).
 */
export type MarkerStyle =
  | 'cn-dun' | 'cn-dot' | 'cn-comma'
  | 'cn-paren' | 'cn-paren-half' | 'cn-paren-dun'
  | 'ar-dot' | 'ar-dun'
  | 'ar-paren' | 'ar-paren-half' | 'ar-close'
  | 'circled' | 'latin';

/** What a heading is: numbered, an unnumbered part heading (level 0), or a lead sentence. */
export type HeadingKind = 'numbered' | 'part' | 'lead';

export interface Heading {
  kind: HeadingKind;
  /**
   * 1–4 for 一、 / （一） / 1. / （1） (and their variants), 5 for ①, 6 for a.; 0 for a part heading;
   * for a lead, one deeper than the heading it stands under (1 when none).
   */
  level: number;
  /**
   * Depth in the heading tree counting numbered headings only: 1 for a top-level heading (一、, or （一）
   * in a report that starts at （一）), 2 for one below it …; 0 for a part heading; a lead is one below
   * the heading it stands under.
   */
  depth: number;
  /** The marker as written, e.g. `（一）`, `1、`; empty when unnumbered. */
  marker: string;
  /** The numeral as written: 一, 十一, 3, ①, a; empty when unnumbered. */
  number: string;
  /** The numeral's value (一 → 1, ③ → 3, c → 3); 0 when unnumbered. */
  value: number;
  /**
   * How the marker is written; undefined when unnumbered (set all the same, so that every heading has one shape and
   * the code reading headings stays optimised for it).
   */
  style?: MarkerStyle | undefined;
  /** Up to and including the first 。 when the paragraph continues after it, else the whole line (trimmed). */
  title: string;
  /** 1-based line and column (code points) of the heading's first character in the source file. */
  line: number;
  column: number;
  numbered: boolean;
  /** Body text follows the title on the same line. */
  runIn: boolean;
  /** The line was a Markdown `##` heading or wholly bold. */
  markup: boolean;
  /** Text offsets of the marker (empty span at the title start when unnumbered). */
  markerSpan: Span;
  /** Text offsets of the title. */
  titleSpan: Span;
  /** The heading's section: from the heading to the next heading at its level or above (trailing blank lines excluded). */
  span: Span;
}

export type EnumerationKind = 'shi' | 'di' | 'dash' | 'list';

/** An enumerated point inside the body: 一是…, 第一，…, ——…, or a 一、 list inside a section. */
export interface Enumeration {
  /** `shi` 一是, `di` 第一，, `dash` ——, `list` a 一、 item that is not a heading. */
  kind: EnumerationKind;
  /** As written: `一是`, `第一，`, `——`, `一、`. */
  marker: string;
  /** The numeral as written (一, 十二); empty for dashes. */
  number: string;
  /** The numeral's value; for dashes the position in its run of consecutive dash lines (1, 2, …). */
  value: number;
  /** From the marker to the first ，。；： (at most 40 characters). */
  title: string;
  line: number;
  column: number;
  /** The item: from its marker to the next item in the same paragraph, or the paragraph's end. */
  span: Span;
}

export interface HeadingNode {
  heading: Heading;
  children: HeadingNode[];
}

export interface Outline {
  /** The document title (the title line before the first section), else the front-matter title. */
  title: string | undefined;
  /** Source line of the title when it was found in the text. */
  titleLine?: number;
  /** Numbered headings and unnumbered part headings, in document order. */
  headings: Heading[];
  /** Unnumbered lead sentences that act as headings (`numbered: false`), in document order. */
  leads: Heading[];
  enumerations: Enumeration[];
  /** Headings (not leads) nested by level; part headings (level 0) are roots. */
  tree: HeadingNode[];
}
