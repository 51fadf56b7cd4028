/**
 * A text's tokens as columns (typed arrays and one list of distinct texts) rather than one object per token: a
 * province's report has some 10,000 tokens, a 100 MB file some 20 million, and as objects (with a string and
 * an array slot each, about 80 bytes) they were most of an analysis's memory. As columns a token costs 9 bytes.
 *
 * Tokens cover their text exactly, in order, without gap or overlap, so token i is
 * `text.slice(offsets[i], offsets[i + 1])`, and its text is also `types[ids[i]]`.
 */

export type TokenKind = 'word' | 'number' | 'placeholder' | 'latin' | 'punct' | 'space';

/** Kind codes, as stored in `Tokens.kinds`: `TOKEN_KINDS[code]` is the kind's name. */
export const WORD = 0;
export const NUMBER = 1;
export const PLACEHOLDER = 2;
export const LATIN = 3;
export const PUNCT = 4;
export const SPACE = 5;
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'placeholder', 'latin', 'punct', 'space'];

/** The tokens of a text, as columns. */
export interface Tokens {
  /** How many tokens. */
  readonly length: number;
  /** `length + 1` UTF-16 offsets: token i covers [offsets[i], offsets[i + 1]); the last is the text's length. */
  readonly offsets: Int32Array;
  /** Each token's kind code (`WORD` … `SPACE`). */
  readonly kinds: Uint8Array;
  /** Each token's text as an index into `types`. */
  readonly ids: Int32Array;
  /** The distinct token texts, in order of first occurrence. */
  readonly types: readonly string[];
}

/** One token as an object: `text === source.slice(start, end)` (UTF-16 offsets, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** Appends tokens in text order; `done(end)` gives the columns, `end` being the text's length. */
export interface TokenSink {
  push(start: number, kind: number, text: string): void;
  /** `push` of a token of one UTF-16 code unit, `code`, without its string (made only for a new type). */
  pushUnit(start: number, kind: number, code: number): void;
  done(end: number): Tokens;
}

/** A sink for about `expected` tokens (it grows as needed). */
export function tokenSink(expected: number): TokenSink {
  let capacity = Math.max(16, expected);
  let offsets = new Int32Array(capacity + 1);
  let kinds = new Uint8Array(capacity);
  let ids = new Int32Array(capacity);
  const index = new Map<string, number>();
  const pairId = pairIndex(); // texts of two code units, most Han words: found without hashing a string
  // Type id + 1 of each one-code-unit text (punctuation, 的, 和 …, a third of the tokens), by its code: found
  // without hashing a string.
  const unitIds = new Int32Array(0x10000);
  const types: string[] = [];
  let n = 0;
  const resize = (size: number): void => {
    [offsets, kinds, ids] = [copied(offsets, size + 1), copied(kinds, size), copied(ids, size)];
    capacity = size;
  };
  const append = (start: number, kind: number, id: number): void => {
    if (n === capacity) resize(Math.ceil(capacity * 1.25) + 16);
    offsets[n] = start;
    kinds[n] = kind;
    ids[n++] = id;
  };
  const pushUnit = (start: number, kind: number, code: number): void => {
    let id = unitIds[code]! - 1;
    if (id < 0) {
      id = types.length;
      types.push(String.fromCharCode(code));
      unitIds[code] = id + 1;
    }
    append(start, kind, id);
  };
  return {
    push(start, kind, text) {
      if (text.length === 1) {
        pushUnit(start, kind, text.charCodeAt(0));
        return;
      }
      let id: number | undefined;
      if (text.length === 2) {
        id = pairId(text, types.length);
        if (id === types.length) types.push(text);
      } else if ((id = index.get(text)) === undefined) {
        id = types.length;
        types.push(text);
        index.set(text, id);
      }
      append(start, kind, id);
    },
    pushUnit,
    done(end) {
      offsets[n] = end;
      // Views, not trimmed copies: a copy would hold both at once, and the slack is at most a fifth.
      return { length: n, offsets: offsets.subarray(0, n + 1), kinds: kinds.subarray(0, n), ids: ids.subarray(0, n), types };
    },
  };
}

/**
 * Ids of texts of two code units, keyed by their code units in an open-addressing table of typed arrays (a `Map` of
 * strings hashed each new string the segmenter returned). The
 * returned function gives a text's id, or gives it `next` (the caller then adds the text to its types).
 */
function pairIndex(): (text: string, next: number) => number {
  let keys = new Int32Array(4096);
  let ids = new Int32Array(4096); // id + 1; 0 for an empty place
  let size = 0;
  const slot = (key: number, mask: number): number => {
    const h = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d);
    return (h ^ (h >>> 13)) & mask;
  };
  const grow = (): void => {
    const [oldKeys, oldIds] = [keys, ids];
    [keys, ids] = [new Int32Array(oldKeys.length * 2), new Int32Array(oldKeys.length * 2)];
    const mask = keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] === 0) continue;
      let h = slot(oldKeys[i]!, mask);
      while (ids[h] !== 0) h = (h + 1) & mask;
      keys[h] = oldKeys[i]!;
      ids[h] = oldIds[i]!;
    }
  };
  return (text, next) => {
    const key = (text.charCodeAt(0) << 16) | text.charCodeAt(1);
    const mask = keys.length - 1;
    let h = slot(key, mask);
    for (; ids[h] !== 0; h = (h + 1) & mask) if (keys[h] === key) return ids[h]! - 1;
    keys[h] = key;
    ids[h] = next + 1;
    if (++size * 2 > keys.length) grow();
    return next;
  };
}

function copied<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a.subarray(0, Math.min(size, a.length)));
  return out;
}

/** The tokens as objects (for tests and callers that want them; the pipeline reads the columns). */
export function tokenList(tokens: Tokens): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push({ text: tokens.types[tokens.ids[i]!]!, start: tokens.offsets[i]!, end: tokens.offsets[i + 1]!, kind: TOKEN_KINDS[tokens.kinds[i]!]! });
  }
  return out;
}

/** Columns from tokens as objects, which must cover a text exactly from offset 0 (hand-cut tokens in tests). */
export function tokenColumns(list: readonly Token[]): Tokens {
  const sink = tokenSink(list.length);
  let end = 0;
  for (const t of list) {
    if (t.start !== end) throw new Error(`token "${t.text}" starts at offset ${t.start}, not where the one before ends (${end})`);
    sink.push(t.start, TOKEN_KINDS.indexOf(t.kind), t.text);
    end = t.end;
  }
  return sink.done(end);
}
