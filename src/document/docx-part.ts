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

/** A push parser for one part; `part` names it in error messages. */
export function createPartReader(part: string): { write(chunk: string): void; end(): PartContent } {
  const out: PartContent = { paragraphs: [], boxes: [], references: { footnote: [], endnote: [], comment: [] }, headerFooters: [] };
  const main: Container = { paragraphs: out.paragraphs, carry: '' };
  const containers: Container[] = [main];
  const paragraphs: OpenParagraph[] = [];
  const tables: (TableCell & { rowDeleted: boolean })[] = [];
  const choices: boolean[] = [];
  const skipping: boolean[] = [];
  const stack: string[] = [];
  let skip = 0;
  let inText = false;
  let note: string | undefined;
  let sections = 0;

  const append = (s: string) => {
    const p = paragraphs.at(-1);
    if (p && skip === 0) p.paragraph.text += s;
  };
  /** Whether an element's content is left out (deleted text, a fallback, a separator note, a deleted row's cell). */
  const skips = (el: XmlElement, parent: string | undefined, grand: string | undefined): boolean => {
    switch (el.name) {
      case 'w:del':
      case 'w:moveFrom':
        if (parent === 'w:rPr' && grand === 'w:pPr' && paragraphs.length) paragraphs.at(-1)!.markDeleted = true;
        else if (parent === 'w:trPr' && tables.length) tables.at(-1)!.rowDeleted = true;
        return parent !== 'w:rPr' && parent !== 'w:trPr' && parent !== 'w:pPr';
      case 'mc:Fallback':
        return true;
      case 'mc:Choice': {
        const seen = choices.at(-1) ?? false;
        if (choices.length) choices[choices.length - 1] = true;
        return seen;
      }
      case 'w:tc':
        return tables.at(-1)?.rowDeleted ?? false;
      case 'w:footnote':
      case 'w:endnote':
      case 'w:comment': {
        note = el.attr('w:id');
        const type = el.attr('w:type');
        return type !== undefined && type !== 'normal';
      }
      default:
        return false;
    }
  };
  const open = (el: XmlElement, parent: string | undefined) => {
    const container = containers.at(-1)!;
    switch (el.name) {
      case 'w:p': {
        const table = tables.at(-1);
        const p: DocxParagraph = { text: skip === 0 ? container.carry : '' };
        if (skip === 0) container.carry = '';
        if (table) p.cell = { table: table.table, row: table.row, column: table.column };
        if (note !== undefined) p.note = note;
        paragraphs.push({ paragraph: p, markDeleted: false, dropped: skip > 0 });
        break;
      }
      case 'w:t': inText = true; break;
      case 'w:tab': if (parent === 'w:r') append('\t'); break;
      case 'w:br': case 'w:cr': if (parent === 'w:r') append(' '); break;
      case 'w:noBreakHyphen': if (parent === 'w:r') append('-'); break;
      case 'w:tbl': tables.push({ table: tableCount(), row: 0, column: 0, rowDeleted: false }); break;
      case 'w:tr': if (tables.length) Object.assign(tables.at(-1)!, { row: tables.at(-1)!.row + 1, column: 0, rowDeleted: false }); break;
      case 'w:tc': if (tables.length) tables.at(-1)!.column++; break;
      case 'w:txbxContent': {
        const box: TextBox = { anchor: paragraphs.at(-1)?.paragraph, paragraphs: [] };
        if (skip === 0) out.boxes.push(box);
        containers.push({ paragraphs: box.paragraphs, carry: '' });
        break;
      }
      case 'mc:AlternateContent': choices.push(false); break;
      case 'w:sectPr': if (parent !== 'w:sectPrChange') sections++; break;
      case 'w:headerReference': case 'w:footerReference':
        out.headerFooters.push({
          kind: el.name === 'w:headerReference' ? 'header' : 'footer', section: sections, type: el.attr('w:type') ?? 'default', rid: el.attr('r:id') ?? '',
        });
        break;
      default:
        if (NOTES[el.name] && skip === 0) out.references[NOTES[el.name]!].push(el.attr('w:id') ?? '');
    }
  };
  let tablesSeen = 0;
  const tableCount = () => ++tablesSeen;
  const close = (name: string) => {
    switch (name) {
      case 'w:t': inText = false; break;
      case 'w:p': {
        const { paragraph, markDeleted, dropped } = paragraphs.pop()!;
        const container = containers.at(-1)!;
        if (dropped) break;
        if (markDeleted) container.carry = paragraph.text;
        else container.paragraphs.push(paragraph);
        break;
      }
      case 'w:tbl': tables.pop(); break;
      case 'w:txbxContent': flush(containers.pop()!); break;
      case 'mc:AlternateContent': choices.pop(); break;
      case 'w:footnote': case 'w:endnote': case 'w:comment': note = undefined; break;
    }
  };
  /** A deleted mark on a container's last paragraph has no next paragraph to join: its text stays. */
  const flush = (c: Container) => {
    if (c.carry !== '') c.paragraphs.push({ text: c.carry });
    c.carry = '';
  };
  const reader = createXmlReader(part, {
    open(el) {
      const parent = stack.at(-1);
      const skipped = skips(el, parent, stack.at(-2));
      if (skipped) skip++;
      skipping.push(skipped);
      stack.push(el.name);
      open(el, parent);
    },
    close(name) {
      stack.pop();
      if (skipping.pop()) skip--;
      close(name);
    },
    text(t) {
      if (inText) append(t.replace(/[\r\n]+/g, ' '));
    },
  });
  return {
    write: (chunk) => reader.write(chunk),
    end() {
      reader.end();
      flush(main);
      return out;
    },
  };
}
