import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStatement } from './driver';
import { countSearchHits, type SearchFilters } from './queries/search.cypher';
import { searchRepository } from './repositories/search-repository';
import { luceneTiersOf } from './text/lucene-query';
import {
  closeDriver,
  connectTestDatabase,
  ingestRecordsElsewhere,
  resetDatabase,
} from './testing/test-database';

connectTestDatabase();

const NO_FILTERS: SearchFilters = { kinds: null, sourceKeys: null, from: null, to: null };

/** Two words as a phrase, apart, and the last one only as a prefix; in two years. */
const articles = [
  ['Glimmer orchard opened', '2011-03-01', 'The glimmer orchard of the county was opened.'],
  ['Glimmer orchard praised', '2012-03-01', 'The glimmer orchard was praised by farmers.'],
  ['Orchard of the glimmer kind', '2011-04-01', 'An orchard planted with glimmer trees grew.'],
  ['Glimmer trees in a new orchard', '2012-04-01', 'Every glimmer tree of the orchard bore fruit.'],
  ['Glimmer orchards spread', '2011-05-01', 'The glimmer orchards of the region spread.'],
  ['Glimmer orchardists met', '2012-05-01', 'The glimmer orchardists held a meeting.'],
].map(([title, date, text]) => ({ title, date, text, source: 'KCNA', language: 'en' }));

const titles = (rows: Awaited<ReturnType<typeof searchRepository.search>>) =>
  rows.map((row) => (row.node.kind === 'Article' ? row.node.title : row.node.kind));

describe('search tiers: the phrase, then all words, then the last word as a prefix', () => {
  beforeAll(async () => {
    await resetDatabase();
    await ingestRecordsElsewhere(articles);
  });
  afterAll(closeDriver);

  it('fills a page tier by tier, pages across tiers, and filters within each', async () => {
    const all = titles(await searchRepository.search('glimmer orchard', NO_FILTERS, 0, 20));
    const paged = [
      ...titles(await searchRepository.search('glimmer orchard', NO_FILTERS, 0, 3)),
      ...titles(await searchRepository.search('glimmer orchard', NO_FILTERS, 3, 3)),
    ];
    const in2012 = titles(
      await searchRepository.search(
        'glimmer orchard',
        { ...NO_FILTERS, kinds: ['Article'], from: '2012-01-01', to: '2012-12-31' },
        0,
        20,
      ),
    );
    const tierOf = (title: string) =>
      title.startsWith('Glimmer orchard ') ? 0 : /orchards|orchardists/.test(title) ? 2 : 1;
    expect({
      tiers: all.map(tierOf),
      found: [...all].sort(),
      paged,
      count: await searchRepository.count('glimmer orchard', NO_FILTERS),
      in2012: in2012.map(tierOf),
      in2012Found: [...in2012].sort(),
    }).toEqual({
      // "orchards" and "orchardists" match only as `orchard*`.
      tiers: [0, 0, 1, 1, 2, 2],
      found: articles.map((a) => a.title).sort(),
      paged: all,
      count: 6,
      in2012: [0, 1, 2],
      in2012Found: [
        'Glimmer orchard praised',
        'Glimmer orchardists met',
        'Glimmer trees in a new orchard',
      ],
    });
  });

  it('counts hits up to a bound, and one more when there are more', async () => {
    const counted = (bound: number, filters = NO_FILTERS) =>
      readStatement((tx) => countSearchHits(tx, luceneTiersOf('glimmer orchard'), filters, bound));
    expect({
      overBound: await counted(3),
      overBoundMidTier: await counted(2),
      atBound: await counted(6),
      underBound: await counted(10),
      filtered: await counted(2, { ...NO_FILTERS, from: '2012-01-01', to: '2012-12-31' }),
    }).toEqual({ overBound: 4, overBoundMidTier: 3, atBound: 6, underBound: 6, filtered: 3 });
  });

  it('reads a later tier only for what the earlier ones left of the page', async () => {
    const top = titles(await searchRepository.search('glimmer orchard', NO_FILTERS, 0, 2));
    expect([...top].sort()).toEqual(['Glimmer orchard opened', 'Glimmer orchard praised']);
  });
});
