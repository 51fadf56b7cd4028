/**
 * Builds .docx files in memory for tests (no binary fixtures). `buildDocx` makes a body of plain paragraphs,
 * one `<w:r>` per run, so a test can split a placeholder across runs as Word does; `buildDocxPackage` takes
 * the body's XML and extra parts (headers, footers, notes, comments) with their relationships. Uses jszip.
 */
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<w:p>` with one run per string. */
export const para = (...runs: string[]) => `<w:p>${runs.map(run).join('')}</w:p>`;
/** `<w:r>` holding one `<w:t>`. */
export const run = (t: string) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;

/** A part besides the body: its zip name, relationship type (last segment) and id, and its XML inside the root. */
export interface ExtraPart {
  name: string;
  type: 'header' | 'footer' | 'footnotes' | 'endnotes' | 'comments';
  id: string;
  /** Content of the root element (`w:hdr`, `w:ftr`, `w:footnotes`, `w:endnotes`, `w:comments`). */
  xml: string;
}

const ROOTS: Record<ExtraPart['type'], string> = { header: 'w:hdr', footer: 'w:ftr', footnotes: 'w:footnotes', endnotes: 'w:endnotes', comments: 'w:comments' };
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A .docx whose body has one `<w:p>` per paragraph and one `<w:r>` per run. */
export async function buildDocx(paragraphs: readonly (readonly string[])[]): Promise<Uint8Array> {
  return buildDocxPackage(paragraphs.map((runs) => para(...runs)).join(''));
}

/** A .docx from the XML inside `<w:body>` and extra parts, each related from word/document.xml. */
export async function buildDocxPackage(bodyXml: string, extras: readonly ExtraPart[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    + '</Types>');
  zip.file('_rels/.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `${DECL}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}</w:body></w:document>`);
  if (extras.length > 0) {
    zip.file('word/_rels/document.xml.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + extras.map((e) => `<Relationship Id="${e.id}" Type="${REL}/${e.type}" Target="${e.name.replace(/^word\//, '')}"/>`).join('')
      + '</Relationships>');
  }
  for (const e of extras) zip.file(e.name, `${DECL}<${ROOTS[e.type]} xmlns:w="${W}" xmlns:r="${R}">${e.xml}</${ROOTS[e.type]}>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
