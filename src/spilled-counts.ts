/**
 * The term counts and phrase candidate counts of every document, kept for the corpus step in a spill file of the
 * temporary folder (io/code-store.ts) instead of the heap: per document, a number per distinct term (an id into
 * one table of the corpus's distinct strings) and its count, appended as documents come (packed where they were
 * analysed: packed-terms.ts) and read back when the corpus step reads them. On the provinces these columns were
 * about 40 MB of the main thread's heap (11 + 15 MB of pointers, 13 MB of counts), four times that at four times
 * the corpus; what stays is the table of distinct strings (string-table.ts: code units in typed arrays, not heap
 * strings), which grows with the vocabulary, not with the documents; its strings are made once, when the corpus
 * step first reads them. Part of `analyze` (corpus-order.ts).
 */
import { appendCodes, closeCodeStore, readCodes, settle, spilledCodeStore, type CodeStore } from './io/code-store.js';
import { numberAt, UNITS_PER_TERM, type PackedTermCounts } from './packed-terms.js';
import type { TermCounts, TermIdCounts } from './pipeline/per-document/count.js';
import { StringTable } from './string-table.js';

/** Where a document's columns are: its first word in the store and how many terms it has. */
interface Place {
  at: number;
  size: number;
}

/** A document's term counts read back from the store when asked for, each time (nothing is kept). */
class SpilledTermCounts implements TermIdCounts {
  constructor(private readonly spill: CountSpill, private readonly place: Place) {}

  get terms(): string[] {
    const { ids } = this;
    const strings = this.spill.strings();
    const terms = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) terms[i] = strings[ids[i]!]!;
    return terms;
  }

  get counts(): Uint32Array {
    return this.spill.words(this.place.at + this.place.size, this.place.size);
  }

  /** The terms as ids into `table`, read back without making their strings. */
  get ids(): Uint32Array {
    return this.spill.words(this.place.at, this.place.size);
  }

  get table(): readonly string[] {
    return this.spill.strings();
  }
}

/** The spill: `add` a document's packed counts, get back a stand-in that reads them when asked; `close` at the end. */
export class CountSpill {
  /** Every distinct term and phrase key of the corpus, by id. */
  private readonly table = new StringTable();
  /** The table's strings made so far, by id: one copy of each, shared by every document read back. */
  private readonly made: string[] = [];
  private readonly store: CodeStore = spilledCodeStore();
  /** Words (32-bit) written so far. */
  private length = 0;
  /** A document's ids and counts, before they are appended to the store (grown to the largest document's). */
  private scratch = new Uint32Array(1 << 12);

  /**
   * Append `packed` (read, not kept) and return what reads it back. Each term is looked up by its place in the
   * packed text and the hash it was packed with: no string is made per term.
   */
  add({ size, text }: PackedTermCounts): TermCounts {
    if (this.scratch.length < 2 * size) this.scratch = new Uint32Array(Math.max(2 * size, 2 * this.scratch.length));
    const { scratch: words, table } = this;
    const base = UNITS_PER_TERM * size;
    for (let i = 0, from = base; i < size; i++) {
      const at = UNITS_PER_TERM * i;
      const to = base + numberAt(text, at);
      words[i] = table.idOf(text, from, to, numberAt(text, at + 2));
      words[size + i] = numberAt(text, at + 4);
      from = to;
    }
    appendCodes(this.store, new Uint16Array(words.buffer), 0, 4 * size);
    const place = { at: this.length, size };
    this.length += 2 * size;
    return new SpilledTermCounts(this, place);
  }

  /** `size` words from word `at` (a copy). */
  words(at: number, size: number): Uint32Array {
    settle(this.store);
    const codes = readCodes(this.store, 2 * at, 2 * (at + size));
    return new Uint32Array(codes.buffer, codes.byteOffset, size);
  }

  /** Every distinct string added so far, by id (made on the first call after an `add` that brought new ones). */
  strings(): readonly string[] {
    for (let id = this.made.length; id < this.table.size; id++) this.made.push(this.table.stringOf(id));
    return this.made;
  }

  /** Delete the spill file. */
  close(): void {
    closeCodeStore(this.store);
  }
}
