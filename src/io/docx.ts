/**
 * .docx → text with one line per paragraph, so that "line N" means "paragraph N".
 * mammoth's raw text ends every paragraph with a blank line; runs inside a paragraph are already joined,
 * so a placeholder that Word split across runs reads as one string.
 */
import { DecodeError } from '../document/decode.js';

export const NOT_DOCX = 'not a valid .docx file (expected a Word document, which is a zip archive)';

/** Read a .docx; a file that is not one throws a `DecodeError` whose message starts with `NOT_DOCX`. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (e) {
    throw new DecodeError(docxProblem(bytes, e instanceof Error ? e.message : String(e)));
  }
  const paragraphs = value.split('\n\n');
  if (paragraphs.at(-1) === '') paragraphs.pop();
  return paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n');
}

/**
 * What a user reads when mammoth (or jszip under it) rejects a file. jszip's own words ("end of central
 * directory", a link to its manual) mean nothing to someone who renamed a .doc or a PDF; the reasons kept
 * are the ones that say what is wrong with a real zip.
 */
function docxProblem(bytes: Uint8Array, reason: string): string {
  // Every zip archive starts with "PK"; anything else is some other kind of file with a .docx name.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return NOT_DOCX;
  if (/Could not find main document part/i.test(reason)) return `${NOT_DOCX}: the zip archive has no Word document part (word/document.xml)`;
  if (/End of data reached|Corrupted zip|Invalid signature|central directory|crc32/i.test(reason)) return `${NOT_DOCX}: the zip archive is damaged or cut short`;
  if (/xml/i.test(reason) && !/zip/i.test(reason)) {
    // xmldom: "warning: [xmldom warning]\tunclosed xml attribute\n@#[line:…,col:…]"
    const detail = reason.replace(/\[xmldom \w+\]|@#\[[^\]]*\]|^\s*\w+:\s*/g, ' ').replace(/\s+/g, ' ').trim();
    return `${NOT_DOCX}: its XML cannot be read${detail ? ` (${detail})` : ''}`;
  }
  return NOT_DOCX;
}
