import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '@/ingest/types';
import { readTransaction, runAutoCommit } from '../driver';
import { applyMigrations } from '../migrations/migrations';
import { evidenceSentence } from '../queries/evidence-sentence';
import { NO_CITATION_FILTERS, type CitationFilters } from '../../model/citations';
import { citationRepository } from './citation-repository';
import { ingestRepository } from './ingest-repository';
import { article, CHOSUN, KCNA, RODONG, TASS } from '../testing/citation-fixtures';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';

connectTestDatabase();

async function write(articles: readonly ExtractedArticle[]): Promise<void> {
  const report = await ingestRepository.writeBatch(articles);
  expect(report.failed).toEqual([]);
}

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return readTransaction(async (tx) =>
    (await tx.run(cypher, params)).records.map((r) => r.toObject() as T),
  );
}

/** The network as `citing -> cited: count` lines, for compact assertions. */
async function network(filters: Partial<CitationFilters> = {}, minCount = 1, first = 100) {
  const result = await citationRepository.network({
    filters: { ...NO_CITATION_FILTERS, ...filters },
    cited: null,
    minCount,
    first,
  });
  return {
    truncated: result.truncated,
    links: result.links.map(
      (l) => `${l.citing.kind}:${l.citing.key} -> ${l.cited.kind}:${l.cited.key}: ${l.count}`,
    ),
  };
}

describe('the citation network', () => {
  beforeAll(async () => {
    await resetDatabase();
    // Rodong Sinmun's article cites KCNA before any KCNA article exists: the cited outlet and the
    // publisher that arrives later must still be one node.
    await write([
      article(
        'rodong-1',
        'Rodong Sinmun',
        '2024-03-01',
        [
          {
            ...KCNA,
            how: 'according-to',
            stance: 'endorsing',
            sentence: 'According to KCNA, the drill was a success.',
          },
          {
            ...CHOSUN,
            how: 'reported',
            stance: 'hostile',
            sentence: 'The puppet Chosun Ilbo spread lies again.',
          },
        ],
        ['top news'],
      ),
    ]);
    await write([
      article(
        'kcna-1',
        'KCNA',
        '2024-03-05',
        [
          {
            ...TASS,
            how: 'reported',
            stance: 'neutral',
            sentence: 'ITAR-TASS reported the talks.',
          },
          {
            ...RODONG,
            how: 'quoted',
            stance: 'endorsing',
            sentence: 'Rodong Sinmun said the talks showed resolve.',
          },
        ],
        ['external', 'latest news'],
      ),
      article(
        'kcna-2',
        'KCNA',
        '2024-04-10',
        [
          {
            ...TASS,
            how: 'also-carried',
            stance: 'neutral',
            sentence: 'The story was also carried by TASS.',
          },
          {
            ...TASS,
            how: 'quoted',
            stance: 'endorsing',
            sentence: 'TASS quoted the minister in full.',
          },
        ],
        ['home news'],
      ),
    ]);
  });
  afterAll(closeDriver);

  it('stores each citation as a CITES_SOURCE edge with how, stance and its evidence', async () => {
    const edges = await rows<Record<string, unknown>>(
      `MATCH (a:Article {key: $key})-[c:CITES_SOURCE]->(x:Actor)
       RETURN x.key AS outlet, c.how AS how, c.stance AS stance, ${evidenceSentence('c')} AS sentence,
              c.start AS start, c.end AS end, c.extractor AS extractor, c.confidence AS confidence
       ORDER BY c.start`,
      { key: 'https://citations.test/rodong-1' },
    );
    expect(edges).toEqual([
      {
        outlet: 'outlet:kcna',
        how: 'according-to',
        stance: 'endorsing',
        sentence: 'According to KCNA, the drill was a success.',
        start: 0,
        end: 'According to KCNA, the drill was a success.'.length,
        extractor: 'citations/test',
        confidence: 0.9,
      },
      {
        outlet: 'outlet:chosun-ilbo',
        how: 'reported',
        stance: 'hostile',
        sentence: 'The puppet Chosun Ilbo spread lies again.',
        start: 'According to KCNA, the drill was a success. '.length,
        end: 'According to KCNA, the drill was a success. The puppet Chosun Ilbo spread lies again.'
          .length,
        extractor: 'citations/test',
        confidence: 0.9,
      },
    ]);
  });

  it('makes a publishing source and the outlet others cite one identity, whichever came first', async () => {
    const links = await rows<{ source: string; actor: string; placeholder: boolean }>(
      `MATCH (s:Source)-[:SAME_AS]->(x:Actor)
       RETURN s.key AS source, x.key AS actor, x.placeholder AS placeholder ORDER BY source`,
    );
    expect(links).toEqual([
      { source: 'kcna', actor: 'outlet:kcna', placeholder: false },
      { source: 'rodong-sinmun', actor: 'outlet:rodong-sinmun', placeholder: false },
    ]);
  });

  it('draws each outlet once, following citations in both directions', async () => {
    expect(await network()).toEqual({
      truncated: false,
      links: [
        'Source:kcna -> Actor:outlet:tass: 3',
        'Source:kcna -> Source:rodong-sinmun: 1',
        'Source:rodong-sinmun -> Source:kcna: 1',
        'Source:rodong-sinmun -> Actor:outlet:chosun-ilbo: 1',
      ],
    });
  });

  it('counts stances and dates per link', async () => {
    const { links } = await citationRepository.network({
      filters: NO_CITATION_FILTERS,
      cited: null,
      minCount: 2,
      first: 10,
    });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      citedActorKey: 'outlet:tass',
      count: 3,
      firstDate: '2024-03-05',
      lastDate: '2024-04-10',
      stances: [
        { stance: 'neutral', count: 2 },
        { stance: 'endorsing', count: 1 },
      ],
    });
  });

  it('filters by dates, stances, sections and citing sources, and says when it cut', async () => {
    expect((await network({ from: '2024-04-01' })).links).toEqual([
      'Source:kcna -> Actor:outlet:tass: 2',
    ]);
    expect((await network({ to: '2024-03-01' })).links).toEqual([
      'Source:rodong-sinmun -> Source:kcna: 1',
      'Source:rodong-sinmun -> Actor:outlet:chosun-ilbo: 1',
    ]);
    expect((await network({ stances: ['hostile'] })).links).toEqual([
      'Source:rodong-sinmun -> Actor:outlet:chosun-ilbo: 1',
    ]);
    expect((await network({ sections: ['external'] })).links).toEqual([
      'Source:kcna -> Actor:outlet:tass: 1',
      'Source:kcna -> Source:rodong-sinmun: 1',
    ]);
    expect((await network({ sourceKeys: ['rodong-sinmun'] })).links).toHaveLength(2);
    expect(await network({}, 1, 1)).toEqual({
      truncated: true,
      links: ['Source:kcna -> Actor:outlet:tass: 3'],
    });
  });

  it('keeps only links into the cited outlets asked for, a Source standing for its actor', async () => {
    const into = async (cited: { kind: 'Source' | 'Actor'; key: string }[]) =>
      (
        await citationRepository.network({
          filters: NO_CITATION_FILTERS,
          cited,
          minCount: 1,
          first: 10,
        })
      ).links.map((l) => `${l.citing.key} -> ${l.cited.key}`);
    expect(await into([{ kind: 'Source', key: 'kcna' }])).toEqual(['rodong-sinmun -> kcna']);
    expect(await into([{ kind: 'Actor', key: 'outlet:kcna' }])).toEqual(['rodong-sinmun -> kcna']);
    expect(await into([{ kind: 'Actor', key: 'outlet:nobody' }])).toEqual([]);
  });

  it('counts citations per day for the time brush', async () => {
    expect(await citationRepository.days(NO_CITATION_FILTERS, null)).toEqual([
      { date: '2024-03-01', count: 2 },
      { date: '2024-03-05', count: 2 },
      { date: '2024-04-10', count: 2 },
    ]);
    expect(
      await citationRepository.days({ ...NO_CITATION_FILTERS, stances: ['hostile'] }, null),
    ).toEqual([{ date: '2024-03-01', count: 1 }]);
  });

  it("lists an outlet's cites and cited-by the same from its Source and from its Actor", async () => {
    const lines = async (kind: 'Source' | 'Actor', key: string, dir: 'cites' | 'citedBy') =>
      (await citationRepository.outletLinks({ kind, key }, dir, NO_CITATION_FILTERS, 0, 10)).map(
        (l) => `${l.citing.key} -> ${l.cited.key}: ${l.count}`,
      );
    expect(await lines('Source', 'kcna', 'cites')).toEqual([
      'kcna -> outlet:tass: 3',
      'kcna -> rodong-sinmun: 1',
    ]);
    expect(await lines('Source', 'kcna', 'citedBy')).toEqual(['rodong-sinmun -> kcna: 1']);
    expect(await lines('Actor', 'outlet:kcna', 'cites')).toEqual(
      await lines('Source', 'kcna', 'cites'),
    );
    expect(await lines('Actor', 'outlet:kcna', 'citedBy')).toEqual(['rodong-sinmun -> kcna: 1']);
    expect(await lines('Actor', 'outlet:tass', 'cites')).toEqual([]);
    expect(await lines('Actor', 'outlet:tass', 'citedBy')).toEqual(['kcna -> outlet:tass: 3']);
    expect(
      await citationRepository.outletLinkCount(
        { kind: 'Source', key: 'kcna' },
        'cites',
        NO_CITATION_FILTERS,
      ),
    ).toBe(2);
  });

  it('pages through the evidence of a link, oldest article first', async () => {
    const link = { citingKey: 'kcna', citedActorKey: 'outlet:tass', filters: NO_CITATION_FILTERS };
    expect(await citationRepository.evidenceCount(link)).toBe(3);
    const page = await citationRepository.evidence(link, 1, 2);
    expect(page.map((e) => [e.article.key, e.how, e.stance, e.evidence.sentence])).toEqual([
      [
        'https://citations.test/kcna-2',
        'also-carried',
        'neutral',
        'The story was also carried by TASS.',
      ],
      ['https://citations.test/kcna-2', 'quoted', 'endorsing', 'TASS quoted the minister in full.'],
    ]);
    expect(page[0]?.evidence.articleKey).toBe('https://citations.test/kcna-2');
  });

  it('replaces an article’s citations when it is rewritten', async () => {
    await write([
      article('kcna-2', 'KCNA', '2024-04-10', [
        { ...TASS, how: 'reported', stance: 'hostile', sentence: 'TASS got it wrong.' },
      ]),
    ]);
    const edges = await rows<{ how: string; stance: string }>(
      `MATCH (:Article {key: $key})-[c:CITES_SOURCE]->() RETURN c.how AS how, c.stance AS stance`,
      { key: 'https://citations.test/kcna-2' },
    );
    expect(edges).toEqual([{ how: 'reported', stance: 'hostile' }]);
  });
});

describe('the sections migration', () => {
  beforeAll(resetDatabase);
  afterAll(closeDriver);

  it('moves topic narratives onto their articles as sections, keeps slogans and links old sources', async () => {
    // The graph as ingest left it before sections: topics as theme Narratives, no SAME_AS.
    await runAutoCommit(`
      CREATE (s:Source {key: 'kcna', name: 'KCNA'})
      CREATE (x:Actor {key: 'outlet:kcna', name: 'KCNA', kind: 'outlet', aliases: ['KCNA'], placeholder: false})
      CREATE (a:Article {key: 'a', title: 'A', text: 'x', stub: false, sections: ['video']})-[:PUBLISHED_BY]->(s)
      CREATE (b:Article {key: 'b', title: 'B', text: 'y', stub: false})-[:PUBLISHED_BY]->(s)
      CREATE (top:Narrative {key: 'top-news', label: 'top news', kind: 'theme'})
      CREATE (home:Narrative {key: 'home-news', label: 'home news', kind: 'theme'})
      CREATE (shared:Narrative {key: 'external', label: 'external', kind: 'theme'})
      CREATE (a)-[:ADVANCES {extractor: 'narratives/topic-label', sentence: 'x'}]->(top)
      CREATE (b)-[:ADVANCES {extractor: 'narratives/topic-label', sentence: 'y'}]->(top)
      CREATE (a)-[:ADVANCES {extractor: 'narratives/topic-label', sentence: 'x'}]->(home)
      CREATE (a)-[:ADVANCES {extractor: 'narratives/topic-label', sentence: 'x'}]->(shared)
      CREATE (b)-[:ADVANCES {extractor: 'narratives/quoted-phrase', sentence: 'y'}]->(shared)`);
    await applyMigrations();
    await applyMigrations();
    const state = async () => ({
      sections: (
        await rows<{ key: string; sections: string[] }>(
          'MATCH (a:Article) RETURN a.key AS key, a.sections AS sections ORDER BY key',
        )
      ).map((row) => ({ ...row, sections: [...row.sections].sort() })),
      narratives: await rows(
        `MATCH (n:Narrative) RETURN n.key AS key, n.kind AS kind,
                toFloat(COUNT { (n)<-[:ADVANCES]-() }) AS uses ORDER BY key`,
      ),
      sameAs: await rows('MATCH (s:Source)-[:SAME_AS]->(x) RETURN s.key AS source, x.key AS actor'),
    });
    expect(await state()).toEqual({
      sections: [
        { key: 'a', sections: ['external', 'home news', 'top news', 'video'] },
        { key: 'b', sections: ['top news'] },
      ],
      narratives: [{ key: 'external', kind: 'slogan', uses: 1 }],
      sameAs: [{ source: 'kcna', actor: 'outlet:kcna' }],
    });
  });
});
