/**
 * .docx zip bombs built on the fly, in well under a second: a part made of one block of text repeated many
 * times. The block is deflated once with a full flush, which resets the compressor, so the same compressed
 * bytes repeated are a valid deflate stream of the text repeated — 1 GB of XML in about a megabyte, without
 * deflating a gigabyte. The declared size can be told to lie. CRCs are left 0: no reader gets that far.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { W } from './docx-builder.js';

const BLOCK = 1024 * 1024;

/** A .docx whose word/document.xml inflates to `blocks` MB of one paragraph's text (declared as `declared`, default honest). */
export function docxBomb(blocks: number, declared?: number): Uint8Array {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`);
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const block = Buffer.alloc(BLOCK, 'a');
  const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  const body = flushed(block);
  const data = Buffer.concat([flushed(head), ...Array<Buffer>(blocks).fill(body), deflateRawSync(tail)]);
  const size = head.length + blocks * BLOCK + tail.length;
  return zip([
    { name: '[Content_Types].xml', text: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', data, size: declared ?? size },
  ]);
}

interface ZipEntry {
  name: string;
  /** Stored text, or deflated `data` with its declared uncompressed `size`. */
  text?: string;
  data?: Buffer;
  size?: number;
}

/** A zip archive (no zip64, CRCs 0) of the entries, deflated when `data` is given, stored otherwise. */
function zip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = e.data ?? Buffer.from(e.text ?? '');
    const method = e.data ? 8 : 0;
    const size = e.size ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
