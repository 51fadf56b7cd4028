/**
 * The parts of a .docx laid out as one text, one paragraph a line, and the Word location of every line.
 *
 * Order: the body first — so that line N of the text is still paragraph N of the body — then the body's text
 * boxes, the headers and footers (in the order the sections refer to them), footnotes, endnotes and comments
 * (each numbered as Word numbers them: by the order the body refers to them). Every line is then a paragraph of
 * one part, and a finding's line gives a place a Word user can go to: `页眉（首页） 第1段`, `脚注2 第1段`,
 * `正文 第12段（表1 第2行第3列）`.
 */
import type { DocxLine } from '../types.js';
import type { DocxParagraph, PartContent, TableCell } from './docx-part.js';

/** A part to lay out after the body: its label (`页眉`, `脚注3`) and paragraphs. */
export interface LaidPart {
  label: string;
  paragraphs: readonly DocxParagraph[];
}

/** The text of a laid-out .docx and the location of each of its lines. */
export interface DocxText {
  source: string;
  lines: DocxLine[];
  /** Lines of the body (its text boxes and the other parts come after). */
  bodyLines: number;
}

/** Lay out the body, its text boxes and the other parts (already labelled and in order) as one text. */
export function layOutDocx(body: PartContent, others: readonly LaidPart[]): DocxText {
  const texts: string[] = [];
  const lines: DocxLine[] = [];
  const add = (label: string, paragraphs: readonly DocxParagraph[]) => {
    paragraphs.forEach((p, i) => {
      p.number = i + 1;
      texts.push(p.text);
      lines.push(lineOf(label, i + 1, p.cell));
    });
  };
  add('正文', body.paragraphs);
  const bodyLines = lines.length;
  for (const part of [...boxesOf('正文', body), ...others]) add(part.label, part.paragraphs);
  return { source: texts.join('\n'), lines, bodyLines };
}

/** A part's text boxes, each labelled by the paragraph that holds it (numbers are set once that part is laid out). */
export function boxesOf(partLabel: string, content: PartContent): LaidPart[] {
  return content.boxes
    .filter((box) => box.paragraphs.length > 0)
    .map((box) => ({
      get label() {
        const n = box.anchor?.number;
        return n === undefined ? '文本框' : `文本框（${partLabel}第${n}段）`;
      },
      paragraphs: box.paragraphs,
    }));
}

/**
 * Paragraphs of a notes part (footnotes, endnotes, comments) grouped by note, in the order the document
 * refers to them (Word's numbering); notes never referred to come last, in file order.
 */
export function notesInOrder(name: '脚注' | '尾注' | '批注', content: PartContent, order: readonly string[]): LaidPart[] {
  const byId = new Map<string, DocxParagraph[]>();
  for (const p of content.paragraphs) {
    if (p.note === undefined) continue;
    const list = byId.get(p.note);
    if (list) list.push(p);
    else byId.set(p.note, [p]);
  }
  const ids = [...new Set([...order.filter((id) => byId.has(id)), ...byId.keys()])];
  return ids.map((id, i) => ({ label: `${name}${i + 1}`, paragraphs: byId.get(id)! }));
}

/** Where a line is, in words a Word user follows: `页眉（首页） 第1段`, `正文 第12段（表1 第2行第3列）`. */
export function docxLocationText(line: DocxLine): string {
  const cell = line.table === undefined ? '' : `（表${line.table} 第${line.row}行第${line.column}列）`;
  return `${line.part} 第${line.paragraph}段${cell}`;
}

function lineOf(part: string, paragraph: number, cell: TableCell | undefined): DocxLine {
  return cell ? { part, paragraph, table: cell.table, row: cell.row, column: cell.column } : { part, paragraph };
}
