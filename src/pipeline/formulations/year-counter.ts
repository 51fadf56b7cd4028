/**
 * The year series of the formulation tables counted in columns (series.ts numbers the terms and phrases and
 * visits the documents in order of year, then region): a year's uses per slot, appended to each slot's series when
 * the year ends.
 */

/** Where a term comes from: a word of the segmenter, or a kind of collocation. */
export type TermSource = 'term' | 'ngram' | 'quoted' | 'plus';

/** One term's use by year; `years[i]` has `documents[i]` documents from `regions[i]` regions. */
export interface Series {
  source: TermSource;
  years: number[];
  documents: number[];
  regions: number[];
  total: number;
}

/**
 * The uses of one year, counted per slot (documents, and regions by the last region seen: a year's documents come
 * in region order), appended to each slot's series when the year ends. `terms`: the slots below it are terms.
 */
export function yearCounter(size: number, terms: number) {
  const series: Array<Series | undefined> = new Array(size);
  const source: Array<TermSource | undefined> = new Array(size);
  source.fill('term', 0, terms);
  const documents = new Uint32Array(size);
  const regions = new Uint32Array(size);
  const lastRegion = new Int32Array(size).fill(-1);
  const lastDoc = new Int32Array(size).fill(-1);
  const touched: number[] = [];
  let doc = -1;
  let region = -1;
  let year = 0;
  return {
    series,
    startDocument(index: number, regionNumber: number, docYear: number): void {
      doc = index;
      region = regionNumber;
      year = docYear;
    },
    use(slot: number, from: TermSource): void {
      if (lastDoc[slot] === doc) return;
      lastDoc[slot] = doc;
      source[slot] ??= from;
      if (documents[slot] === 0) touched.push(slot);
      documents[slot]!++;
      if (lastRegion[slot] !== region) {
        regions[slot]!++;
        lastRegion[slot] = region;
      }
    },
    endYear(): void {
      for (const slot of touched) {
        const s = (series[slot] ??= { source: source[slot]!, years: [], documents: [], regions: [], total: 0 });
        s.years.push(year);
        s.documents.push(documents[slot]!);
        s.regions.push(regions[slot]!);
        s.total += documents[slot]!;
        documents[slot] = 0;
        regions[slot] = 0;
        lastRegion[slot] = -1;
      }
      touched.length = 0;
    },
  };
}
