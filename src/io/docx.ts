/**
 * .docx → text with one line per paragraph, so that "line N" means "paragraph N".
 * mammoth's raw text ends every paragraph with a blank line; runs inside a paragraph are already joined,
 * so a placeholder that Word split across runs reads as one string.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const paragraphs = value.split('\n\n');
  if (paragraphs.at(-1) === '') paragraphs.pop();
  return paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n');
}
