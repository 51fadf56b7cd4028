/**
 * The region-year panel of a corpus and, for every term and accepted phrase, how many documents and regions use
 * it each year: the data the emergence test (pipeline/formulations/emergence.ts) reads. Part of the formulation tables.
 *
 * Documents are visited once, in order of year then region, so that a term's years are appended in order and
 * its distinct regions of a year are counted by remembering the last region seen: a few numbers per term and
 * year, no set of regions per term.
 */
import { compareStrings } from '../../compare.js';
import type { Collocation } from './collocations.js';
import type { TermCounts } from '../per-document/count.js';
import { numberTerms, type NumberedTerms } from '../corpus/term-ids.js';
import { COUNTED, QUOTED, seriesSlots, type SeriesSlots } from './series-slots.js';
import { yearCounter, type Series } from './year-counter.js';

/** What the formulation tables need of a document. */
export interface FormulationDoc {
  year: number | null;
  region: string;
  terms: TermCounts;
  /** Its phrase candidates (phrase-candidates.ts), of which the accepted collocations are counted. */
  phrases: TermCounts;
}

/** Year → regions with at least one document that year, and documents, in year order. */
export type RegionYears = ReadonlyMap<number, { regions: number; documents: number }>;

export type { Series, TermSource } from './year-counter.js';

/** The indices of the documents with a known year and region, in order of year, region, then corpus order. */
function panelOrder(docs: ReadonlyArray<Pick<FormulationDoc, 'year' | 'region'>>): number[] {
  const known: number[] = [];
  docs.forEach((d, i) => {
    if (d.year !== null && d.region !== '') known.push(i);
  });
  return known.sort((i, j) => docs[i]!.year! - docs[j]!.year! || compareStrings(docs[i]!.region, docs[j]!.region) || i - j);
}

/** The code of a term's source, 'term' (`SOURCES`). */
const TERM = 0;

export interface YearSeries {
  panel: RegionYears;
  /**
   * The series of the terms and accepted phrases that documents of at least `regions` regions use in some year,
   * in order of the terms' numbers, then the phrases' (the others are never made: most terms never spread).
   */
  reaching(regions: number): Map<string, Series>;
  /** Documents (with a year and region) that quote each phrase or word at least once. */
  quoted: Map<string, number>;
  /** For the given terms, each region's first year of use (a second pass over the documents, for a few terms). */
  regionFirstYears(terms: ReadonlySet<string>): Map<string, Map<string, number>>;
}

/**
 * The panel (regions reporting per year), every term's and accepted phrase's series, and the quoting. Terms and
 * phrase candidates are numbered (pipeline/corpus/term-ids.ts) and each series has a slot (a term's number, an
 * accepted phrase's one after the terms): a year's uses are counted in columns indexed by slot, and each series
 * touched that year gets its entry when the year ends, so that no string is looked up and no series object is read
 * per use. `phrases`: the documents' phrase candidates numbered, when the caller has them already (the numbers the
 * collocations were found with, which then place them without a look-up of every candidate key).
 */
export function yearSeries(
  docs: readonly FormulationDoc[], collocations: readonly Collocation[], phrases: NumberedTerms = numberTerms(docs.map((d) => d.phrases)),
): YearSeries {
  const order = panelOrder(docs);
  const terms = numberTerms(docs.map((d) => d.terms));
  const slots = seriesSlots(terms.terms, phrases.terms, collocations);
  const counter = yearCounter(slots.names.length, terms.terms.length);
  const panel = new Map<number, { regions: number; documents: number }>();
  const quoting = new Uint32Array(phrases.terms.length);
  const regionNumbers = new Map<string, number>();
  let lastRegion = '';
  order.forEach((d, index) => {
    const doc = docs[d] as FormulationDoc & { year: number };
    let year = panel.get(doc.year);
    if (!year) {
      counter.endYear();
      panel.set(doc.year, (year = { regions: 0, documents: 0 }));
      lastRegion = '';
    }
    if (doc.region !== lastRegion) year.regions++;
    year.documents++;
    lastRegion = doc.region;
    let region = regionNumbers.get(doc.region);
    if (region === undefined) regionNumbers.set(doc.region, (region = regionNumbers.size));
    counter.startDocument(index, region, doc.year);
    const termIds = terms.ids[d]!;
    for (let i = 0; i < termIds.length; i++) counter.use(termIds[i]!, TERM);
    // Most candidate keys are neither counted nor quoted: one byte per key says so (a small array to read at random).
    const phraseIds = phrases.ids[d]!;
    for (let i = 0; i < phraseIds.length; i++) {
      const id = phraseIds[i]!;
      const mark = slots.marks[id]!;
      if (mark === 0) continue;
      if (mark & COUNTED) counter.use(slots.ofPhrase[id]!, slots.sourceOfPhrase[id]!);
      if (mark & QUOTED) quoting[id]!++;
    }
  });
  counter.endYear();
  const reaching = (regions: number) => new Map(counter.slotsReaching(regions).map((slot) => [slots.names[slot]!, counter.seriesOf(slot)]));
  return {
    panel, reaching, quoted: quotedDocuments(phrases.terms, quoting, slots.marks),
    regionFirstYears: (wanted) => firstYearsOf(wanted, { docs, order, terms, phrases, slots }),
  };
}

/** What `yearSeries` read the documents with: the panel order, the numbered terms and phrases, the slots. */
interface NumberedPanel {
  docs: readonly FormulationDoc[];
  order: readonly number[];
  terms: NumberedTerms;
  phrases: NumberedTerms;
  slots: SeriesSlots;
}

/** Each wanted term's regions and the year each first used it (the panel's documents again, for a few terms). */
function firstYearsOf(wanted: ReadonlySet<string>, { docs, order, terms, phrases, slots }: NumberedPanel): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>([...wanted].map((t) => [t, new Map()]));
  // Per slot, the index of its map of first years among `firsts`, or -1: a typed look-up per use.
  const firsts: Array<Map<string, number>> = [];
  const wantedAt = Int32Array.from(slots.names, (name) => {
    const first = out.get(name);
    return first ? firsts.push(first) - 1 : -1;
  });
  if (firsts.length === 0) return out;
  for (const d of order) {
    const doc = docs[d] as FormulationDoc & { year: number };
    const seen = (slot: number) => {
      const first = firsts[wantedAt[slot]!]!;
      if (!first.has(doc.region)) first.set(doc.region, doc.year);
    };
    const termIds = terms.ids[d]!;
    for (let i = 0; i < termIds.length; i++) if (wantedAt[termIds[i]!]! >= 0) seen(termIds[i]!);
    const phraseIds = phrases.ids[d]!;
    for (let i = 0; i < phraseIds.length; i++) {
      if ((slots.marks[phraseIds[i]!]! & COUNTED) === 0) continue;
      const slot = slots.ofPhrase[phraseIds[i]!]!;
      if (wantedAt[slot]! >= 0) seen(slot);
    }
  }
  return out;
}

/** Quoted text (the key without its marks) → documents quoting it, from the documents using each quoted key. */
function quotedDocuments(keys: readonly string[], documents: Uint32Array, marks: Uint8Array): Map<string, number> {
  const quoted = new Map<string, number>();
  keys.forEach((key, id) => {
    if ((marks[id]! & QUOTED) === 0 || documents[id]! === 0) return;
    quoted.set(key.slice(1, -1), (quoted.get(key.slice(1, -1)) ?? 0) + documents[id]!);
  });
  return quoted;
}
