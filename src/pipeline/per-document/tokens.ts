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
  return new TokenColumnsSink(expected);
}

/**
 * `tokenSink`'s columns. A class, not closures made per document: an optimised caller that had inlined one
 * document's closures met new ones with the next document and was deoptimised ("wrong call target").
 */
class TokenColumnsSink implements TokenSink {
  private capacity: number;
  private offsets: Int32Array;
  private kinds: Uint8Array;
  private ids: Int32Array;
  private readonly index = new Map<string, number>();
  /** Texts of two code units, most Han words: found without hashing a string. */
  private readonly pairIds = new PairIds();
  /**
   * Type id + 1 of each one-code-unit text (punctuation, 的, 和 …, a third of the tokens), by its code: found
   * without hashing a string.
   */
  private readonly unitIds = new Int32Array(0x10000);
  private readonly types: string[] = [];
  private n = 0;

  constructor(expected: number) {
    this.capacity = Math.max(16, expected);
    this.offsets = new Int32Array(this.capacity + 1);
    this.kinds = new Uint8Array(this.capacity);
    this.ids = new Int32Array(this.capacity);
  }

  push(start: number, kind: number, text: string): void {
    if (text.length === 1) {
      this.pushUnit(start, kind, text.charCodeAt(0));
      return;
    }
    const { types } = this;
    let id: number | undefined;
    if (text.length === 2) {
      id = this.pairIds.idOf(text, types.length);
      if (id === types.length) types.push(text);
    } else if ((id = this.index.get(text)) === undefined) {
      id = types.length;
      types.push(text);
      this.index.set(text, id);
    }
    this.append(start, kind, id);
  }

  pushUnit(start: number, kind: number, code: number): void {
    let id = this.unitIds[code]! - 1;
    if (id < 0) {
      id = this.types.length;
      this.types.push(String.fromCharCode(code));
      this.unitIds[code] = id + 1;
    }
    this.append(start, kind, id);
  }

  done(end: number): Tokens {
    const { n } = this;
    this.offsets[n] = end;
    // Views, not trimmed copies: a copy would hold both at once, and the slack is at most a fifth.
    return { length: n, offsets: this.offsets.subarray(0, n + 1), kinds: this.kinds.subarray(0, n), ids: this.ids.subarray(0, n), types: this.types };
  }

  private append(start: number, kind: number, id: number): void {
    if (this.n === this.capacity) this.resize(Math.ceil(this.capacity * 1.25) + 16);
    this.offsets[this.n] = start;
    this.kinds[this.n] = kind;
    this.ids[this.n++] = id;
  }

  private resize(size: number): void {
    this.offsets = copied(this.offsets, size + 1);
    this.kinds = copied(this.kinds, size);
    this.ids = copied(this.ids, size);
    this.capacity = size;
  }
}

/**
 * Ids of texts of two code units, keyed by their code units in an open-addressing table of typed arrays (a `Map` of
 * strings hashed each new string the segmenter returned).
 */
class PairIds {
  private keys = new Int32Array(4096);
  /** id + 1; 0 for an empty place. */
  private ids = new Int32Array(4096);
  private size = 0;

  /** The id of `text`, or `next` for a text not seen yet (the caller then adds it to its types). */
  idOf(text: string, next: number): number {
    const key = (text.charCodeAt(0) << 16) | text.charCodeAt(1);
    const { keys, ids } = this;
    const mask = keys.length - 1;
    let h = keySlot(key, mask);
    for (; ids[h] !== 0; h = (h + 1) & mask) if (keys[h] === key) return ids[h]! - 1;
    keys[h] = key;
    ids[h] = next + 1;
    if (++this.size * 2 > keys.length) this.grow();
    return next;
  }

  private grow(): void {
    const [oldKeys, oldIds] = [this.keys, this.ids];
    const keys = (this.keys = new Int32Array(oldKeys.length * 2));
    const ids = (this.ids = new Int32Array(oldKeys.length * 2));
    const mask = keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] === 0) continue;
      let h = keySlot(oldKeys[i]!, mask);
      while (ids[h] !== 0) h = (h + 1) & mask;
      keys[h] = oldKeys[i]!;
      ids[h] = oldIds[i]!;
    }
  }
}

/** `PairIds`' slot of a key (two code units as one number) in a table of `mask + 1` places. */
function keySlot(key: number, mask: number): number {
  const h = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & mask;
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
