/** docxToText: paragraphs as lines, and a message a user understands when the file is not a .docx. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/document/decode.js';
import { docxToText } from '../../src/io/docx.js';
import { documentFromBytes } from '../../src/io/read.js';
import { buildDocx } from '../docx-builder.js';

const where = { path: 'x.docx', file: 'x.docx', format: 'docx' } as const;

describe('docxToText', () => {
  it('reads one line per paragraph, runs joined', async () => {
    expect(await docxToText(await buildDocx([['一、总体'], ['召开', 'X', 'X次会议']]))).toBe('一、总体\n召开XX次会议');
  });

  it('says a file that is not a zip is not a .docx, without jszip\'s words or links', async () => {
    const bytes = new TextEncoder().encode('这是一个改了扩展名的文本文件。\n');
    await expect(documentFromBytes(bytes, where)).rejects.toBeInstanceOf(DecodeError);
    await expect(documentFromBytes(bytes, where)).rejects.toThrow(
      /^not a valid \.docx file \(expected a Word document, which is a zip archive\)$/,
    );
  });

  it('says why when the file is a zip but not a usable Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'x');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    await expect(docxToText(notWord)).rejects.toThrow(
      /^not a valid \.docx file \(expected a Word document, which is a zip archive\): the zip archive has no Word document part \(word\/document\.xml\)$/,
    );
    await expect(docxToText(notWord.subarray(0, notWord.length - 10))).rejects.toThrow(
      /^not a valid \.docx file \(expected a Word document, which is a zip archive\): the zip archive is damaged or cut short$/,
    );
    await expect(docxToText(notWord.subarray(0, 20))).rejects.toThrow(/\): the zip archive is damaged or cut short$/);
  });

  it('says a file too short to be a zip is not a .docx (not that it is damaged)', async () => {
    await expect(docxToText(new Uint8Array(0))).rejects.toThrow(/^not a valid \.docx file \(expected a Word document, which is a zip archive\)$/);
    await expect(docxToText(new TextEncoder().encode('x\n'))).rejects.toThrow(/^not a valid \.docx file \(expected a Word document, which is a zip archive\)$/);
  });
});
