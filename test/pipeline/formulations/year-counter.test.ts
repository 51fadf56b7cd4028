import { describe, expect, it } from 'vitest';
import { SOURCES, yearCounter } from '../../../src/pipeline/formulations/year-counter.js';

describe('yearCounter', () => {
  it('counts documents and regions per year and slot, and keeps a phrase slot’s first source', () => {
    const counter = yearCounter(3, 1); // slot 0 a term, slots 1 and 2 phrases
    const ngram = SOURCES.indexOf('ngram');
    const quoted = SOURCES.indexOf('quoted');
    // 2015: region 0 has two documents, region 1 one; 2016: region 1 one
    counter.startDocument(0, 0, 2015);
    counter.use(0, 0);
    counter.use(0, 0); // twice in one document: one document
    counter.use(1, ngram);
    counter.startDocument(1, 0, 2015);
    counter.use(0, 0);
    counter.startDocument(2, 1, 2015);
    counter.use(0, 0);
    counter.use(1, quoted);
    counter.endYear();
    counter.startDocument(3, 1, 2016);
    counter.use(1, quoted);
    counter.endYear();
    expect(counter.seriesOf(0)).toEqual({ source: 'term', years: [2015], documents: [3], regions: [2], total: 3 });
    expect(counter.seriesOf(1)).toEqual({ source: 'ngram', years: [2015, 2016], documents: [2, 1], regions: [2, 1], total: 3 });
    expect(counter.slotsReaching(2)).toEqual([0, 1]);
    expect(counter.slotsReaching(3)).toEqual([]);
    expect(counter.slotsReaching(0)).toEqual([0, 1]); // slot 2 was never used
  });

  it('keeps each slot’s years in order however many entries the columns grow to hold', () => {
    const slots = 3000;
    const counter = yearCounter(slots, slots);
    for (const year of [2010, 2011, 2012]) {
      counter.startDocument(year, 0, year);
      for (let slot = year - 2010; slot < slots; slot++) counter.use(slot, 0);
      counter.endYear();
    }
    expect(counter.seriesOf(0).years).toEqual([2010]);
    expect(counter.seriesOf(1).years).toEqual([2010, 2011]);
    expect(counter.seriesOf(slots - 1)).toEqual({ source: 'term', years: [2010, 2011, 2012], documents: [1, 1, 1], regions: [1, 1, 1], total: 3 });
  });
});
