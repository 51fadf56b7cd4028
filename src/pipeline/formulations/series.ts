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

/** Where a term comes from: a word of the segmenter, or a kind of collocation. */
export type TermSource = 'term' | 'ngram' | 'quoted' | 'plus';

/** One term's use by year; `years[i]` has `documents[i]` documents from `regions[i]` regions. */
export interface Series {
  source: TermSource;
  years: number[];
  documents: number[];
  regions: number[];
  total: number;
  /** Bookkeeping of the pass: the last document and region seen. */
  lastDoc: number;
  lastRegion: string;
}

/** The documents with a known year and region, in order of year, region, then corpus order. */
export function panelDocs<T extends Pick<FormulationDoc, 'year' | 'region'>>(docs: readonly T[]): Array<T & { year: number }> {
  const known = docs.filter((d): d is T & { year: number } => d.year !== null && d.region !== '');
  return known
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.year - y.d.year || compareStrings(x.d.region, y.d.region) || x.i - y.i)
    .map(({ d }) => d);
}

/** The first characters of the candidate keys of quoted phrases (“…”) and quoted words (‘…’). */
const LEFT_DOUBLE = 0x201c;
const LEFT_SINGLE = 0x2018;

export interface YearSeries {
  panel: RegionYears;
  series: Map<string, Series>;
  phraseOf: PhraseOf;
  /** Documents (with a year and region) that quote each phrase or word at least once. */
  quoted: Map<string, number>;
}

/** The panel (regions reporting per year), every term's and accepted phrase's series, and the quoting. */
export function yearSeries(docs: readonly FormulationDoc[], collocations: readonly Collocation[]): YearSeries {
  const ordered = panelDocs(docs);
  const phraseOf = acceptedPhrases(docs, collocations);
  const panel = new Map<number, { regions: number; documents: number }>();
  const series = new Map<string, Series>();
  const quoted = new Map<string, number>();
  let lastRegion = '';
  ordered.forEach((doc, index) => {
    let year = panel.get(doc.year);
    if (!year) {
      panel.set(doc.year, (year = { regions: 0, documents: 0 }));
      lastRegion = '';
    }
    if (doc.region !== lastRegion) year.regions++;
    year.documents++;
    lastRegion = doc.region;
    const use = (term: string, source: TermSource) => record(series, term, source, doc, index);
    for (const term of doc.terms.terms) use(term, 'term');
    for (const key of doc.phrases.terms) {
      const phrase = phraseOf.get(key);
      if (phrase) use(phrase.text, phrase.source);
      const mark = key.charCodeAt(0);
      if (mark === LEFT_DOUBLE || mark === LEFT_SINGLE) quoted.set(key.slice(1, -1), (quoted.get(key.slice(1, -1)) ?? 0) + 1);
    }
  });
  return { panel, series, phraseOf, quoted };
}

function record(series: Map<string, Series>, term: string, source: TermSource, doc: { year: number; region: string }, index: number): void {
  let s = series.get(term);
  if (!s) series.set(term, (s = { source, years: [], documents: [], regions: [], total: 0, lastDoc: -1, lastRegion: '' }));
  if (s.lastDoc === index) return;
  s.lastDoc = index;
  s.total++;
  const last = s.years.length - 1;
  if (s.years[last] !== doc.year) {
    s.years.push(doc.year);
    s.documents.push(1);
    s.regions.push(1);
  } else {
    s.documents[last]!++;
    if (s.lastRegion !== doc.region) s.regions[last]!++;
  }
  s.lastRegion = doc.region;
}

/** Candidate key → the accepted phrase it counts. */
export type PhraseOf = ReadonlyMap<string, { text: string; source: TermSource }>;

/**
 * Candidate key → the phrase it counts, for the accepted collocations whose text is not already a term of the
 * segmenter (a term is counted as a term).
 */
function acceptedPhrases(docs: readonly FormulationDoc[], collocations: readonly Collocation[]): PhraseOf {
  const byText = new Set(collocations.map((c) => c.row.phrase));
  for (const d of docs) for (const term of d.terms.terms) byText.delete(term);
  return new Map(collocations.filter((c) => byText.has(c.row.phrase)).map((c) => [c.key, { text: c.row.phrase, source: c.row.kind }]));
}

/** For the given terms, each region's first year of use (a second pass over the documents, for a few terms). */
export function regionFirstYears(docs: readonly FormulationDoc[], phraseOf: PhraseOf, terms: ReadonlySet<string>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>([...terms].map((t) => [t, new Map()]));
  for (const doc of panelDocs(docs)) {
    const seen = (term: string | undefined) => {
      const first = term === undefined ? undefined : out.get(term);
      if (first && !first.has(doc.region)) first.set(doc.region, doc.year);
    };
    for (const term of doc.terms.terms) seen(term);
    for (const key of doc.phrases.terms) seen(phraseOf.get(key)?.text);
  }
  return out;
}
