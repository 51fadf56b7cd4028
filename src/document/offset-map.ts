/**
 * Normalised-text offsets → source offsets, stored as runs rather than one number per character. Normalising
 * changes few characters (a CR dropped per line, a zero-width space, Markdown markup), so `source offset − text
 * offset` is constant over long runs: a run is stored where that difference changes. A 100 MB file (34 million
 * code units) needed 136 MB for one Uint32 per code unit; as runs it needs 8 bytes per change.
 *
 * ok: text '一、\n二' of source '一、\r\n二' → at(0) = 0, at(2) = 2 (the LF stands where CR stood), at(3) = 4.
 */

/** Text offset → source offset, for offsets 0 … `length − 1` (the last one is the text's end). */
export class OffsetMap implements Iterable<number> {
  /** How many offsets are mapped: the text's length + 1. */
  readonly length: number;
  /** Text offsets where a run starts (the first is 0), increasing. */
  private readonly starts: Int32Array;
  /** Each run's source offset − text offset. */
  private readonly shifts: Int32Array;

  /** Use `OffsetMapBuilder`; the runs are taken as given. */
  constructor(length: number, starts: Int32Array, shifts: Int32Array) {
    this.length = length;
    this.starts = starts;
    this.shifts = shifts;
  }

  /** The source offset of text offset `offset` (0 ≤ offset < length). */
  at(offset: number): number {
    const { starts } = this;
    // The last run starting at or before `offset`.
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset + this.shifts[lo]!;
  }

  /** The map of the first `length` offsets (a prefix of the text). */
  prefix(length: number): OffsetMap {
    let runs = 0;
    while (runs < this.starts.length && this.starts[runs]! < length) runs++;
    return new OffsetMap(length, this.starts.slice(0, Math.max(runs, 1)), this.shifts.slice(0, Math.max(runs, 1)));
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** Builds an `OffsetMap` offset by offset, in text order: `push(sourceOffset)` for text offsets 0, 1, 2 … */
export class OffsetMapBuilder {
  private length = 0;
  private readonly starts: number[] = [];
  private readonly shifts: number[] = [];

  /** Map the next text offset to `sourceOffset`. */
  push(sourceOffset: number): void {
    const shift = sourceOffset - this.length;
    if (this.shifts.length === 0 || this.shifts[this.shifts.length - 1] !== shift) {
      this.starts.push(this.length);
      this.shifts.push(shift);
    }
    this.length++;
  }

  /** Map the next `count` text offsets to `sourceOffset`, `sourceOffset + 1` … (a run copied unchanged). */
  pushRun(sourceOffset: number, count: number): void {
    if (count <= 0) return;
    this.push(sourceOffset);
    this.length += count - 1;
  }

  /** The number of text offsets mapped so far. */
  get size(): number {
    return this.length;
  }

  done(): OffsetMap {
    return new OffsetMap(this.length, Int32Array.from(this.starts), Int32Array.from(this.shifts));
  }
}
