/**
 * The year series of the formulation tables counted in columns (series.ts numbers the terms and phrases and
 * visits the documents in order of year, then region): a year's uses per slot, appended to each slot's entries
 * when the year ends.
 *
 * The entries are columns too (year, documents, regions, and the next entry of the same slot), not an object with
 * three arrays per slot: on the provinces 64,000 slots have 628,000 entries, and growing their arrays one push at
 * a time was most of the year series' time, while the emergence test reads only the 18,000 slots that some year
 * reaches in enough regions. A slot's `Series` is made when asked for.
 */

/** Where a term comes from: a word of the segmenter, or a kind of collocation. */
export type TermSource = 'term' | 'ngram' | 'quoted' | 'plus';

/** The sources by code (the code of a source is its index). */
export const SOURCES: readonly TermSource[] = ['term', 'ngram', 'quoted', 'plus'];

/** One term's use by year; `years[i]` has `documents[i]` documents from `regions[i]` regions. */
export interface Series {
  source: TermSource;
  years: number[];
  documents: number[];
  regions: number[];
  total: number;
}

/** No source yet (a phrase slot not used so far). */
const UNSET = 255;

/** The columns of the entries, grown by doubling. */
class Entries {
  year = new Int32Array(1 << 12);
  documents = new Uint32Array(1 << 12);
  regions = new Uint32Array(1 << 12);
  next = new Int32Array(1 << 12);
  size = 0;

  /** Append an entry and return its index (`next` is -1). */
  push(year: number, documents: number, regions: number): number {
    if (this.size === this.year.length) this.grow();
    const at = this.size++;
    this.year[at] = year;
    this.documents[at] = documents;
    this.regions[at] = regions;
    this.next[at] = -1;
    return at;
  }

  private grow(): void {
    const twice = <T extends Int32Array | Uint32Array>(a: T, into: T): T => (into.set(a), into);
    this.year = twice(this.year, new Int32Array(2 * this.size));
    this.documents = twice(this.documents, new Uint32Array(2 * this.size));
    this.regions = twice(this.regions, new Uint32Array(2 * this.size));
    this.next = twice(this.next, new Int32Array(2 * this.size));
  }
}

/**
 * The uses of one year, counted per slot (documents, and regions by the last region seen: a year's documents come
 * in region order), appended to each slot's entries when the year ends. `terms`: the slots below it are terms;
 * a use names its source by code (`SOURCES`), and a slot keeps the source of its first use.
 */
export function yearCounter(size: number, terms: number) {
  const source = new Uint8Array(size).fill(UNSET).fill(0, 0, terms);
  const documents = new Uint32Array(size);
  const regions = new Uint32Array(size);
  const lastRegion = new Int32Array(size).fill(-1);
  const lastDoc = new Int32Array(size).fill(-1);
  const first = new Int32Array(size).fill(-1);
  const last = new Int32Array(size).fill(-1);
  const total = new Uint32Array(size);
  const mostRegions = new Uint32Array(size);
  const entries = new Entries();
  const touched: number[] = [];
  let doc = -1;
  let region = -1;
  let year = 0;
  return {
    startDocument(index: number, regionNumber: number, docYear: number): void {
      doc = index;
      region = regionNumber;
      year = docYear;
    },
    use(slot: number, from: number): void {
      if (lastDoc[slot] === doc) return;
      lastDoc[slot] = doc;
      if (source[slot] === UNSET) source[slot] = from;
      if (documents[slot] === 0) touched.push(slot);
      documents[slot]!++;
      if (lastRegion[slot] !== region) {
        regions[slot]!++;
        lastRegion[slot] = region;
      }
    },
    endYear(): void {
      for (const slot of touched) {
        const at = entries.push(year, documents[slot]!, regions[slot]!);
        if (first[slot] === -1) first[slot] = at;
        else entries.next[last[slot]!] = at;
        last[slot] = at;
        total[slot]! += documents[slot]!;
        if (regions[slot]! > mostRegions[slot]!) mostRegions[slot] = regions[slot]!;
        documents[slot] = 0;
        regions[slot] = 0;
        lastRegion[slot] = -1;
      }
      touched.length = 0;
    },
    /** The slots used at all, and in some year by documents of at least `n` regions, in slot order. */
    slotsReaching(n: number): number[] {
      const out: number[] = [];
      for (let slot = 0; slot < size; slot++) if (first[slot] !== -1 && mostRegions[slot]! >= n) out.push(slot);
      return out;
    },
    /** The series of a slot used at least once, made from the entries. */
    seriesOf(slot: number): Series {
      const s: Series = { source: SOURCES[source[slot]!]!, years: [], documents: [], regions: [], total: total[slot]! };
      for (let at = first[slot]!; at !== -1; at = entries.next[at]!) {
        s.years.push(entries.year[at]!);
        s.documents.push(entries.documents[at]!);
        s.regions.push(entries.regions[at]!);
      }
      return s;
    },
  };
}
