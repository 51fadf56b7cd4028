/**
 * .docx → one text, one paragraph a line, and the Word location of every line (see `document/docx-layout.ts`):
 * the body, its tables and text boxes, then headers and footers, footnotes, endnotes and comments. Tracked
 * changes are read as accepted. Runs inside a paragraph are joined, so a placeholder Word split across runs
 * reads as one string.
 *
 * The package is read with yauzl (zip) and sax (XML), both streamed: every part's declared size is checked
 * against `maxPartBytes` before it is inflated, and its real size while it is (see `io/zip.ts`).
 */
import { DecodeError } from '../document/decode.js';
import { boxesOf, layOutDocx, notesInOrder, type DocxText, type LaidPart } from '../document/docx-layout.js';
import { createPartReader, type HeaderFooterRef, type PartContent } from '../document/docx-part.js';
import { createXmlReader } from '../document/docx-xml.js';
import { openZip, PartTooLargeError, type ZipArchive } from './zip.js';

/** The default largest inflated part of a .docx, in MB (`--max-docx-part-mb`). */
export const DEFAULT_MAX_DOCX_PART_MB = 100;

interface Relationship {
  id: string;
  /** The last segment of the relationship type URI: `officeDocument`, `header`, `footnotes` … */
  type: string;
  /** The target part's name in the zip (`word/header1.xml`). */
  part: string;
}

/**
 * Read a .docx. A file that is not one throws a `DecodeError` (`docx.notDocx`, or `docx.notDocxBecause` with why); a part
 * larger than `maxPartBytes` throws a `PartTooLargeError` naming it.
 */
export async function readDocx(bytes: Uint8Array, maxPartBytes = DEFAULT_MAX_DOCX_PART_MB * 1024 * 1024): Promise<DocxText> {
  // Every zip archive starts with "PK"; anything else is some other kind of file with a .docx name.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DecodeError({ key: 'docx.notDocx' });
  let zip: ZipArchive;
  try {
    zip = await openZip(bytes, maxPartBytes);
  } catch {
    throw new DecodeError({ key: 'docx.notDocxBecause', params: { reason: { key: 'docx.damagedZip' } } });
  }
  try {
    return await readPackage(zip);
  } catch (e) {
    if (e instanceof PartTooLargeError || !(e instanceof DecodeError)) throw e;
    throw new DecodeError({ key: 'docx.notDocxBecause', params: { reason: e.reason } });
  } finally {
    zip.close();
  }
}

/** The text only (one line per paragraph), for callers that need no locations. */
export async function docxToText(bytes: Uint8Array, maxPartBytes?: number): Promise<string> {
  return (await readDocx(bytes, maxPartBytes)).source;
}

async function readPackage(zip: ZipArchive): Promise<DocxText> {
  const main = (await relationships(zip, '_rels/.rels', '')).find((r) => r.type === 'officeDocument')?.part ?? 'word/document.xml';
  if (!zip.has(main)) throw new DecodeError({ key: 'docx.noMainPart', params: { part: main } });
  const rels = await relationships(zip, relsOf(main), main);
  const body = await readPart(zip, main);
  const others: LaidPart[] = [];
  for (const { label, part } of headerFooterParts(body.headerFooters, rels)) {
    const content = await readPart(zip, part);
    others.push({ label, paragraphs: content.paragraphs }, ...boxesOf(label, content));
  }
  const notes = [['footnotes', '脚注', body.references.footnote], ['endnotes', '尾注', body.references.endnote], ['comments', '批注', body.references.comment]] as const;
  for (const [type, name, order] of notes) {
    for (const rel of rels.filter((r) => r.type === type && zip.has(r.part))) {
      others.push(...notesInOrder(name, await readPart(zip, rel.part), order));
    }
  }
  return layOutDocx(body, others);
}

/**
 * The header and footer parts with their labels, in the order the sections refer to them: `页眉`, `页脚（首页）`,
 * `页眉（第2节 偶数页）` (the section only when there are several). Parts no section refers to come last.
 */
function headerFooterParts(refs: readonly HeaderFooterRef[], rels: readonly Relationship[]): { label: string; part: string }[] {
  const sections = new Set(refs.map((r) => r.section)).size;
  const out = new Map<string, string>();
  for (const ref of refs) {
    const rel = rels.find((r) => r.id === ref.rid && r.type === ref.kind);
    if (!rel || out.has(rel.part)) continue;
    const page = ref.type === 'first' ? '首页' : ref.type === 'even' ? '偶数页' : '';
    const qualifiers = [sections > 1 ? `第${ref.section}节` : '', page].filter(Boolean).join(' ');
    out.set(rel.part, `${ref.kind === 'header' ? '页眉' : '页脚'}${qualifiers ? `（${qualifiers}）` : ''}`);
  }
  for (const rel of rels) {
    if ((rel.type === 'header' || rel.type === 'footer') && !out.has(rel.part)) out.set(rel.part, rel.type === 'header' ? '页眉' : '页脚');
  }
  return [...out].map(([part, label]) => ({ label, part }));
}

async function readPart(zip: ZipArchive, part: string): Promise<PartContent> {
  const reader = createPartReader(part);
  await zip.readText(part, reader.write);
  return reader.end();
}

/** The relationships in `relsPart` (none when it is absent), targets resolved against `source`'s folder. */
async function relationships(zip: ZipArchive, relsPart: string, source: string): Promise<Relationship[]> {
  if (!zip.has(relsPart)) return [];
  const out: Relationship[] = [];
  const reader = createXmlReader(relsPart, {
    open(el) {
      const target = el.attr('Target');
      if (el.name !== 'rel:Relationship' || target === undefined || el.attr('TargetMode') === 'External') return;
      out.push({ id: el.attr('Id') ?? '', type: (el.attr('Type') ?? '').replace(/^.*\//, ''), part: resolvePart(source, target) });
    },
    close() {},
    text() {},
  });
  await zip.readText(relsPart, reader.write);
  reader.end();
  return out;
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target (relative to the source part's folder, or absolute from the package root) → a zip entry name. */
function resolvePart(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}
