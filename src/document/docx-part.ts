/**
 * One WordprocessingML part (document, header, footer, footnotes, endnotes, comments) → its paragraphs as plain
 * text, streamed. What Word shows is what is read:
 *
 * - text of `w:t` runs, `w:tab` as a tab, `w:br`/`w:cr` as a space (one paragraph stays one line);
 * - tracked changes as if accepted: inserted runs are read, deleted and moved-away runs (`w:del`,
 *   `w:moveFrom`, whose text is `w:delText`) are not, a deleted paragraph mark joins its paragraph to the next,
 *   a deleted table row is dropped;
 * - tables cell by cell (each paragraph knows its table, row and column);
 * - text boxes (`w:txbxContent`) as paragraphs of their own, anchored to the paragraph that holds them; of an
 *   `mc:AlternateContent` only the first `mc:Choice` is read, since its `mc:Fallback` repeats the same box;
 * - footnotes, endnotes and comments by id (separator notes skipped), and the order the document refers to
 *   them, which is the number Word shows.
 */
import { createXmlReader, type XmlElement } from './docx-xml.js';

/** A table cell, 1-based: the n-th table of the part, its row and column. */
export interface TableCell {
  table: number;
  row: number;
  column: number;
}

/** One paragraph as read. `note` is the footnote, endnote or comment id it belongs to. */
export interface DocxParagraph {
  text: string;
  cell?: TableCell;
  note?: string;
  /** Set when the part is laid out: the paragraph's number in its part (text boxes hold a reference). */
  number?: number;
}

/** The paragraphs of one text box and the paragraph that anchors it. */
export interface TextBox {
  anchor: DocxParagraph | undefined;
  paragraphs: DocxParagraph[];
}

/** A header or footer that a section refers to (`w:sectPr`): section number, type and relationship id. */
export interface HeaderFooterRef {
  kind: 'header' | 'footer';
  section: number;
  type: string;
  rid: string;
}

export interface PartContent {
  paragraphs: DocxParagraph[];
  boxes: TextBox[];
  /** Footnote, endnote and comment ids in the order the part refers to them. */
  references: { footnote: string[]; endnote: string[]; comment: string[] };
  headerFooters: HeaderFooterRef[];
}

interface Container {
  paragraphs: DocxParagraph[];
  /** Text of a paragraph whose mark was deleted: it opens the next paragraph. */
  carry: string;
}

interface OpenParagraph {
  paragraph: DocxParagraph;
  markDeleted: boolean;
  /** Opened inside left-out content (a fallback, a deleted row, a separator note): never emitted. */
  dropped: boolean;
}

const NOTES: Record<string, keyof PartContent['references']> = {
  'w:footnoteReference': 'footnote', 'w:endnoteReference': 'endnote', 'w:commentReference': 'comment',
};

/** Everything the reader keeps while it streams one part: open elements, paragraphs, tables, the note it is in. */
interface PartState {
  out: PartContent;
  /** The body (or a part's root) and the text boxes being read, innermost last. */
  containers: Container[];
  paragraphs: OpenParagraph[];
  tables: (TableCell & { rowDeleted: boolean })[];
  /** Per open `mc:AlternateContent`: whether its first `mc:Choice` has been read. */
  choices: boolean[];
  /** Names of the open elements, and whether each leaves its content out. */
  names: string[];
  leaving: boolean[];
  /** Open elements whose content is left out (deleted text, a fallback …): text is read only at 0. */
  skip: number;
  inText: boolean;
  note: string | undefined;
  sections: number;
  tablesSeen: number;
}

/** A push parser for one part; `part` names it in error messages. */
export function createPartReader(part: string): { write(chunk: string): void; end(): PartContent } {
  const out: PartContent = { paragraphs: [], boxes: [], references: { footnote: [], endnote: [], comment: [] }, headerFooters: [] };
  const st: PartState = {
    out, containers: [{ paragraphs: out.paragraphs, carry: '' }], paragraphs: [], tables: [], choices: [], names: [], leaving: [],
    skip: 0, inText: false, note: undefined, sections: 0, tablesSeen: 0,
  };
  const reader = createXmlReader(part, {
    open(el) {
      const parent = st.names.at(-1);
      const leaves = leavesOut(st, el, parent, st.names.at(-2));
      if (leaves) st.skip++;
      st.leaving.push(leaves);
      st.names.push(el.name);
      openElement(st, el, parent);
    },
    close(name) {
      st.names.pop();
      if (st.leaving.pop()) st.skip--;
      closeElement(st, name);
    },
    text(t) {
      if (st.inText) append(st, t.replace(/[\r\n]+/g, ' '));
    },
  });
  return {
    write: (chunk) => reader.write(chunk),
    end() {
      reader.end();
      flush(st.containers[0]!);
      return out;
    },
  };
}

/** Whether an element's content is left out (deleted text, a fallback, a separator note, a deleted row's cell). */
function leavesOut(st: PartState, el: XmlElement, parent: string | undefined, grand: string | undefined): boolean {
  switch (el.name) {
    case 'w:del':
    case 'w:moveFrom':
      // In a paragraph mark's properties: the mark is deleted; in a row's: the row is. Elsewhere it holds runs.
      if (parent === 'w:rPr' && grand === 'w:pPr' && st.paragraphs.length) st.paragraphs.at(-1)!.markDeleted = true;
      else if (parent === 'w:trPr' && st.tables.length) st.tables.at(-1)!.rowDeleted = true;
      return parent !== 'w:rPr' && parent !== 'w:trPr' && parent !== 'w:pPr';
    case 'mc:Fallback':
      return true;
    case 'mc:Choice': {
      const seen = st.choices.at(-1) ?? false;
      if (st.choices.length) st.choices[st.choices.length - 1] = true;
      return seen;
    }
    case 'w:tc':
      return st.tables.at(-1)?.rowDeleted ?? false;
    case 'w:footnote':
    case 'w:endnote':
    case 'w:comment': {
      st.note = el.attr('w:id');
      const type = el.attr('w:type');
      return type !== undefined && type !== 'normal';
    }
    default:
      return false;
  }
}

function openElement(st: PartState, el: XmlElement, parent: string | undefined): void {
  const table = st.tables.at(-1);
  switch (el.name) {
    case 'w:p': openParagraph(st); break;
    case 'w:t': st.inText = true; break;
    case 'w:tab': if (parent === 'w:r') append(st, '\t'); break;
    case 'w:br': case 'w:cr': if (parent === 'w:r') append(st, ' '); break;
    case 'w:noBreakHyphen': if (parent === 'w:r') append(st, '-'); break;
    case 'w:tbl': st.tables.push({ table: ++st.tablesSeen, row: 0, column: 0, rowDeleted: false }); break;
    case 'w:tr': if (table) Object.assign(table, { row: table.row + 1, column: 0, rowDeleted: false }); break;
    case 'w:tc': if (table) table.column++; break;
    case 'w:txbxContent': {
      const box: TextBox = { anchor: st.paragraphs.at(-1)?.paragraph, paragraphs: [] };
      if (st.skip === 0) st.out.boxes.push(box);
      st.containers.push({ paragraphs: box.paragraphs, carry: '' });
      break;
    }
    case 'mc:AlternateContent': st.choices.push(false); break;
    case 'w:sectPr': if (parent !== 'w:sectPrChange') st.sections++; break;
    case 'w:headerReference': case 'w:footerReference':
      st.out.headerFooters.push({
        kind: el.name === 'w:headerReference' ? 'header' : 'footer', section: st.sections, type: el.attr('w:type') ?? 'default', rid: el.attr('r:id') ?? '',
      });
      break;
    default:
      if (NOTES[el.name] && st.skip === 0) st.out.references[NOTES[el.name]!].push(el.attr('w:id') ?? '');
  }
}

/** A new paragraph opens with the text of one whose mark was deleted, and knows its table cell and note. */
function openParagraph(st: PartState): void {
  const container = st.containers.at(-1)!;
  const table = st.tables.at(-1);
  const p: DocxParagraph = { text: st.skip === 0 ? container.carry : '' };
  if (st.skip === 0) container.carry = '';
  if (table) p.cell = { table: table.table, row: table.row, column: table.column };
  if (st.note !== undefined) p.note = st.note;
  st.paragraphs.push({ paragraph: p, markDeleted: false, dropped: st.skip > 0 });
}

function closeElement(st: PartState, name: string): void {
  switch (name) {
    case 'w:t': st.inText = false; break;
    case 'w:p': {
      const { paragraph, markDeleted, dropped } = st.paragraphs.pop()!;
      const container = st.containers.at(-1)!;
      if (dropped) break;
      if (markDeleted) container.carry = paragraph.text;
      else container.paragraphs.push(paragraph);
      break;
    }
    case 'w:tbl': st.tables.pop(); break;
    case 'w:txbxContent': flush(st.containers.pop()!); break;
    case 'mc:AlternateContent': st.choices.pop(); break;
    case 'w:footnote': case 'w:endnote': case 'w:comment': st.note = undefined; break;
  }
}

function append(st: PartState, s: string): void {
  const p = st.paragraphs.at(-1);
  if (p && st.skip === 0) p.paragraph.text += s;
}

/** A deleted mark on a container's last paragraph has no next paragraph to join: its text stays. */
function flush(c: Container): void {
  if (c.carry !== '') c.paragraphs.push({ text: c.carry });
  c.carry = '';
}
