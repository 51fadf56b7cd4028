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
import { yearCounter, type Series, type TermSource } from './year-counter.js';

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

/** The first characters of the candidate keys of quoted phrases (“…”) and quoted words (‘…’). */
const LEFT_DOUBLE = 0x201c;
const LEFT_SINGLE = 0x2018;

export interface YearSeries {
  panel: RegionYears;
  series: Map<string, Series>;
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
 * per use.
 */
export function yearSeries(docs: readonly FormulationDoc[], collocations: readonly Collocation[]): YearSeries {
  const order = panelOrder(docs);
  const terms = numberTerms(docs.map((d) => d.terms));
  const phrases = numberTerms(docs.map((d) => d.phrases));
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
    for (const id of terms.ids[d]!) counter.use(id, 'term');
    for (const id of phrases.ids[d]!) {
      const slot = slots.ofPhrase[id]!;
      if (slot >= 0) counter.use(slot, slots.sourceOfPhrase[id]!);
      quoting[id]!++;
    }
  });
  counter.endYear();
  const series = new Map<string, Series>();
  counter.series.forEach((s, slot) => s && series.set(slots.names[slot]!, s));
  return {
    panel, series, quoted: quotedDocuments(phrases.terms, quoting),
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
  const firstOf = slots.names.map((name) => out.get(name));
  for (const d of order) {
    const doc = docs[d] as FormulationDoc & { year: number };
    const seen = (slot: number) => {
      const first = firstOf[slot];
      if (first && !first.has(doc.region)) first.set(doc.region, doc.year);
    };
    for (const id of terms.ids[d]!) seen(id);
    for (const id of phrases.ids[d]!) if (slots.ofPhrase[id]! >= 0) seen(slots.ofPhrase[id]!);
  }
  return out;
}

/** Where each use is recorded: the name of each slot, and the slot and source of each numbered phrase candidate. */
interface SeriesSlots {
  names: string[];
  /** Per numbered candidate key, the slot of the accepted phrase it counts, or -1. */
  ofPhrase: Int32Array;
  sourceOfPhrase: TermSource[];
}

/**
 * A slot per term, then one per text of an accepted collocation whose text is not already a term of the segmenter
 * (a term is counted as a term), for the candidate keys that count it.
 */
function seriesSlots(terms: readonly string[], keys: readonly string[], collocations: readonly Collocation[]): SeriesSlots {
  const byText = new Set(collocations.map((c) => c.row.phrase));
  for (const term of terms) byText.delete(term);
  const phraseOf = new Map(collocations.filter((c) => byText.has(c.row.phrase)).map((c) => [c.key, { text: c.row.phrase, source: c.row.kind }]));
  const names = [...terms];
  const slotOfText = new Map<string, number>();
  const ofPhrase = new Int32Array(keys.length).fill(-1);
  const sourceOfPhrase: TermSource[] = [];
  if (phraseOf.size === 0) return { names, ofPhrase, sourceOfPhrase };
  keys.forEach((key, id) => {
    const phrase = phraseOf.get(key);
    if (!phrase) return;
    let slot = slotOfText.get(phrase.text);
    if (slot === undefined) slotOfText.set(phrase.text, (slot = names.push(phrase.text) - 1));
    ofPhrase[id] = slot;
    sourceOfPhrase[id] = phrase.source;
  });
  return { names, ofPhrase, sourceOfPhrase };
}

/** Quoted text (the key without its marks) → documents quoting it, from the documents using each candidate key. */
function quotedDocuments(keys: readonly string[], documents: Uint32Array): Map<string, number> {
  const quoted = new Map<string, number>();
  keys.forEach((key, id) => {
    const mark = key.charCodeAt(0);
    if (documents[id]! === 0 || (mark !== LEFT_DOUBLE && mark !== LEFT_SINGLE)) return;
    quoted.set(key.slice(1, -1), (quoted.get(key.slice(1, -1)) ?? 0) + documents[id]!);
  });
  return quoted;
}
