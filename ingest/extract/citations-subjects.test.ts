import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
/** `key|how` per citation, in text order. */
const cites = (text: string): string[] =>
  extract({
    title: 'Test',
    text,
    date: '2011-06-17',
    language: 'en',
    sourceName: 'KCNA',
    origin: { location: 'citations-subjects.test' },
  }).citations.map((c) => `${c.outletKey}|${c.how}`);

describe('extractCitations: the National Defence Commission', () => {
  it('cites its spokesman’s statement', () => {
    expect(
      cites(
        'A spokesman for the National Defence Commission of the DPRK issued a statement condemning them on Monday.',
      ),
    ).toEqual(['organization:national-defence-commission|statement']);
  });

  it('cites it when others support its spokesman’s statement', () => {
    expect(
      cites(
        'Ecuadorian and Peruvian organizations extended full support to the statement of a spokesman for the National Defence Commission of the DPRK.',
      ),
    ).toEqual(['organization:national-defence-commission|statement']);
  });
});

describe('extractCitations: a parent after `under the`', () => {
  it('cites the body, not the parent it is under', () => {
    expect(
      cites(
        'A spokesman for the General Bureau of Capital Construction under the Ministry of Land and Environment Protection issued a statement on Tuesday.',
      ),
    ).toEqual(['organization:general-bureau-of-capital-construction|statement']);
  });
});

describe('extractCitations: who heads the subject', () => {
  it('gives the verb to `it` after a body named in a clause', () => {
    expect(
      cites(
        'The bodies as the prosecutor’s offices and the National Intelligence Service are what should be dismantled, it said.',
      ),
    ).toEqual([]);
  });

  it('reads no inverted subject in a `that` clause', () => {
    expect(
      cites(
        'M. Gamrul Huda, chairman of the institute, stressed that the dissolution of the Ministry of Land and Environment Protection was a mistake.',
      ),
    ).toEqual([]);
  });
});
