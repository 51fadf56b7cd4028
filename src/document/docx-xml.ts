/**
 * A streaming XML reader for the parts of a .docx (sax, strict mode, namespaces resolved): element names come
 * out as `w:p`, `mc:Choice`, `r:id` whatever prefixes the file uses, and the caller keeps no more than its own
 * state — a part is never held whole as a tree. sax does not expand entities declared in a DTD, so an
 * entity-expansion bomb inside a part is an error, not a memory blow-up.
 */
import sax from 'sax';
import type { QualifiedTag } from 'sax';
import { DecodeError } from './decode.js';

/** Namespace URIs (transitional and ISO strict) → the prefix Word itself writes. */
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
};

/** An element as the handlers see it: its normalised name and its attributes by normalised name. */
export interface XmlElement {
  name: string;
  attr(name: string): string | undefined;
}

export interface XmlHandlers {
  open(el: XmlElement): void;
  close(name: string): void;
  text(text: string): void;
}

/** A push parser: `write` chunks of text in order, then `end`. Malformed XML throws `DecodeError` naming `part`. */
export function createXmlReader(part: string, handlers: XmlHandlers): { write(chunk: string): void; end(): void } {
  const parser = sax.parser(true, { xmlns: true, position: false });
  const names: string[] = [];
  let error: Error | undefined;
  parser.onerror = (e) => {
    error ??= new DecodeError({ key: 'docx.badXml', params: { part, reason: e.message.split('\n')[0]! } });
  };
  parser.onopentag = (tag) => {
    const q = tag as QualifiedTag;
    const name = normalName(q.uri, q.local);
    names.push(name);
    handlers.open({ name, attr: (n) => attributeOf(q, n) });
  };
  parser.onclosetag = () => handlers.close(names.pop() ?? '');
  parser.ontext = handlers.text;
  parser.oncdata = handlers.text;
  const check = () => {
    if (error) throw error;
  };
  return {
    write(chunk) {
      parser.write(chunk);
      check();
    },
    end() {
      parser.close();
      check();
    },
  };
}

function normalName(uri: string, local: string): string {
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

function attributeOf(tag: QualifiedTag, name: string): string | undefined {
  for (const a of Object.values(tag.attributes)) {
    if (normalName(a.uri, a.local) === name || (a.uri === '' && a.local === name)) return a.value;
  }
  return undefined;
}
