import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphSlice } from '@/model/graph-slice';
import { EMPTY_VIEW_STATE, decodeViewState, encodeViewState } from '@/model/view-state';
import { repositories } from '@/graph-db/repositories';
import { hashEditToken } from '@/graph-db/repositories/saved-view-repository';
import { readTransaction } from '@/graph-db/driver';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { LIMITS } from './limits/limits';
import { createApolloServer } from './server';
import { ANONYMOUS_CALLER, codes, execute } from './testing/execute';
import { ingestFixtures } from './testing/fixtures';

connectTestDatabase();
const server = createApolloServer();

const SLICE = `nodes { id kind label date subtype degree }
  edges { id type source target weight quote evidenceCount evidence { sentence start end extractor confidence articleId articleTitle } }
  truncated`;

interface SliceData {
  nodes: {
    id: string;
    kind: string;
    label: string;
    date: string | null;
    subtype: string | null;
    degree: number;
  }[];
  edges: {
    id: string;
    type: string;
    source: string;
    target: string;
    weight: number;
    quote: string | null;
    evidence: { sentence: string; articleId: string; articleTitle: string }[];
  }[];
  truncated: boolean;
}

let fixtureDir = '';
let seedId = '';

beforeAll(async () => {
  await resetDatabase();
  fixtureDir = await ingestFixtures();
  const found = await execute<{ search: { edges: { node: { id: string; label: string } }[] } }>(
    server,
    `{ search(query: "West Hammered", kinds: ["Article"], first: 1) { edges { node { id label } } } }`,
  );
  seedId = found.data?.search.edges[0]?.node.id ?? '';
});

afterAll(async () => {
  await rm(fixtureDir, { recursive: true, force: true });
  await closeDriver();
});

describe('search', () => {
  it('finds the seed page by "hacking empire", with a highlighted plain-text snippet', async () => {
    const result = await execute<{
      search: {
        totalCount: number;
        totalCountCapped: boolean;
        edges: {
          cursor: string;
          node: {
            id: string;
            kind: string;
            label: string;
            snippet: string;
            highlights: { start: number; end: number }[];
            node: { id: string };
          };
        }[];
      };
    }>(
      server,
      `query($query: String!, $first: Int) { search(query: $query, first: $first) {
        totalCount totalCountCapped edges { cursor node { id kind label snippet highlights { start end } node { id } } } } }`,
      { query: 'hacking empire', first: 20 },
    );
    expect(result.errors).toBeUndefined();
    const hits = result.data?.search.edges.map((e) => e.node) ?? [];
    const seed = hits.find((h) => h.label.startsWith('U.S. and West Hammered'));
    expect(seed?.kind).toBe('Article');
    expect(seed?.id).toBe(seedId);
    expect(seed?.node.id).toBe(seed?.id);
    expect(hits.some((h) => h.id === 'Narrative:hacking-empire')).toBe(true);
    for (const hit of hits) {
      expect(hit.snippet).not.toMatch(/<[a-z]/i);
      for (const range of hit.highlights) {
        expect(hit.snippet.slice(range.start, range.end).toLowerCase()).toMatch(
          /^(hacking|empire)/,
        );
      }
    }
    expect(seed?.highlights.length).toBeGreaterThan(0);
    expect(result.data?.search.totalCount).toBe(hits.length);
    expect(result.data?.search.totalCountCapped).toBe(false);
  });

  it('answers what the explorer client asks for', async () => {
    const result = await execute(
      server,
      `query ExplorerSearch($query: String!, $first: Int) {
        search(query: $query, first: $first) { edges { node { id kind label snippet } } } }`,
      { query: 'China', first: 5 },
    );
    expect(result.errors).toBeUndefined();
  });

  it('treats Lucene syntax in user text as plain words', async () => {
    for (const query of [
      'hacking AND (empire',
      'C++ "unbalanced',
      'a:b OR ~x^2 [1 TO',
      '\\',
      'NOT',
      'empire*?',
    ]) {
      const result = await execute(
        server,
        `query($q: String!) { search(query: $q) { edges { node { id } } } }`,
        {
          q: query,
        },
      );
      expect(codes(result).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    }
  });

  it('rejects a query with no word, and one that is too long', async () => {
    const empty = await execute(server, `{ search(query: " ?! ") { edges { cursor } } }`);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    const long = await execute(
      server,
      `query($q: String!) { search(query: $q) { edges { cursor } } }`,
      {
        q: 'x'.repeat(501),
      },
    );
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by kind, source and date', async () => {
    const actors = await execute<{ search: { edges: { node: { kind: string } }[] } }>(
      server,
      `{ search(query: "China", kinds: ["Actor"]) { edges { node { kind } } } }`,
    );
    expect(actors.data?.search.edges.length).toBeGreaterThan(0);
    expect(actors.data?.search.edges.every((e) => e.node.kind === 'Actor')).toBe(true);
    const fromVoice = await execute<{ search: { edges: { node: { label: string } }[] } }>(
      server,
      `{ search(query: "hacking empire", kinds: ["Article"], sources: ["Source:voice-of-korea"]) { edges { node { label } } } }`,
    );
    expect(fromVoice.data?.search.edges.map((e) => e.node.label)).toEqual([
      'Voice of Korea commentary on cyber hypocrisy',
    ]);
    const in2022 = await execute<{ search: { edges: { node: { label: string } }[] } }>(
      server,
      `{ search(query: "hacking empire", kinds: ["Article"], from: "2022-01-01", to: "2022-12-31") { edges { node { label } } } }`,
    );
    expect(in2022.data?.search.edges.map((e) => e.node.label)).toEqual([
      'Minju Joson on sanctions',
    ]);
    const badKind = await execute(
      server,
      `{ search(query: "x", kinds: ["Planet"]) { edges { cursor } } }`,
    );
    expect(codes(badKind)).toEqual(['BAD_USER_INPUT']);
    const badDate = await execute(
      server,
      `{ search(query: "x", from: "2021-02-30") { edges { cursor } } }`,
    );
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    const badSource = await execute(
      server,
      `{ search(query: "x", sources: ["Actor:country:china"]) { edges { cursor } } }`,
    );
    expect(codes(badSource)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages with opaque cursors', async () => {
    type Page = {
      search: {
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
    };
    const query = `query($after: String) { search(query: "hacking empire", first: 2, after: $after) {
      edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const all = await execute<Page>(server, query.replace('first: 2', 'first: 100'));
    const first = await execute<Page>(server, query);
    const second = await execute<Page>(server, query, {
      after: first.data?.search.pageInfo.endCursor,
    });
    expect(first.data?.search.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(second.data?.search.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...(first.data?.search.edges ?? []), ...(second.data?.search.edges ?? [])].map(
      (e) => e.node.id,
    );
    expect(ids).toEqual(all.data?.search.edges.slice(0, 4).map((e) => e.node.id));
  });
});

describe('page size and cursor bounds', () => {
  it.each([0, -1, 101, 1000])(
    'rejects first: %i with BAD_USER_INPUT (not clamped)',
    async (first) => {
      const result = await execute(
        server,
        `query($f: Int) { search(query: "china", first: $f) { edges { cursor } } }`,
        {
          f: first,
        },
      );
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    },
  );

  it('rejects a forged cursor and paging past the offset bound', async () => {
    const forged = await execute(
      server,
      `{ search(query: "china", after: "not-a-cursor") { edges { cursor } } }`,
    );
    expect(codes(forged)).toEqual(['BAD_USER_INPUT']);
    const deep = Buffer.from(`o1:${LIMITS.maxOffset + 5}`).toString('base64url');
    const tooDeep = await execute(
      server,
      `query($a: String) { search(query: "china", after: $a) { edges { cursor } } }`,
      { a: deep },
    );
    expect(codes(tooDeep)).toEqual(['BAD_USER_INPUT']);
  });

  it('applies to nested connections too', async () => {
    const result = await execute(
      server,
      `{ node(id: "Actor:country:china") { ... on Actor { mentionedIn(first: 101) { totalCount } } } }`,
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('node and nodes', () => {
  it('refetches every kind by global id', async () => {
    const ids = [
      seedId,
      'Source:rodong-sinmun',
      'Actor:country:china',
      'Narrative:hacking-empire',
      'Actor:nobody:none',
    ];
    const result = await execute<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      server,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids },
    );
    expect(result.data?.nodes.map((n) => n?.__typename ?? null)).toEqual([
      'Article',
      'Source',
      'Actor',
      'Narrative',
      null,
    ]);
    expect(result.data?.nodes.slice(0, 4).map((n) => n?.id)).toEqual(ids.slice(0, 4));
  });

  it('returns null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await execute<{ node: null }>(server, `{ node(id: "Article:nope") { id } }`);
    expect(missing.data?.node).toBeNull();
    const malformed = await execute(server, `{ node(id: "Planet:mars") { id } }`);
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await execute(server, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, (_, i) => `Article:${i}`),
    });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('exposes an article with its source, mentions, quotes, events, narratives and related stubs', async () => {
    const result = await execute<{
      node: {
        title: string;
        date: string;
        stub: boolean;
        language: string;
        text: string;
        source: { name: string; id: string };
        mentions: {
          totalCount: number;
          edges: {
            count: number;
            node: { name: string };
            evidence: {
              sentence: string;
              start: number;
              end: number;
              extractor: string;
              confidence: number;
              article: { id: string };
            };
          }[];
        };
        quotes: {
          totalCount: number;
          edges: { type: string; text: string; cue: string; node: { name: string } }[];
        };
        citedEvents: {
          edges: { lagDays: number; dateText: string; node: { date: string; precision: string } }[];
        };
        narratives: { edges: { node: { label: string; kind: string } }[] };
        related: { totalCount: number; edges: { node: { stub: boolean; title: string } }[] };
      };
    }>(
      server,
      `query($id: ID!) { node(id: $id) { ... on Article {
        title date stub language text source { id name }
        mentions(first: 100) { totalCount edges { count node { name } evidence { sentence start end extractor confidence article { id } } } }
        quotes { totalCount edges { type text cue node { name } } }
        citedEvents { edges { lagDays dateText node { date precision } } }
        narratives { edges { node { label kind } } }
        related(first: 10) { totalCount edges { node { stub title } } } } } }`,
      { id: seedId },
    );
    expect(result.errors).toBeUndefined();
    const article = result.data?.node;
    expect(article).toMatchObject({ date: '2021-08-01', stub: false, language: 'en' });
    expect(article?.source.name).toBe('Ministry of Foreign Affairs (EN)');
    const names = article?.mentions.edges.map((e) => e.node.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['United States', 'China', 'NATO', 'Microsoft']));
    expect(article?.mentions.totalCount).toBe(names.length);
    for (const edge of article?.mentions.edges ?? []) {
      expect(edge.evidence.article.id).toBe(seedId);
      expect(article?.text.slice(edge.evidence.start, edge.evidence.end)).toBe(
        edge.evidence.sentence,
      );
    }
    expect(article?.quotes.edges.some((q) => q.node.name === 'Global Times')).toBe(true);
    const july19 = article?.citedEvents.edges.find((e) => e.node.date === '2021-07-19');
    expect(july19?.lagDays).toBe(13);
    expect(article?.narratives.edges.map((e) => e.node.label)).toEqual(
      expect.arrayContaining(['hacking empire', 'global chieftain of hackers']),
    );
    expect(article?.related.totalCount).toBe(10);
    expect(article?.related.edges.every((e) => e.node.stub)).toBe(true);
  });

  it('exposes a source with its articles and top actors', async () => {
    const result = await execute<{
      node: {
        name: string;
        articles: { totalCount: number; edges: { node: { date: string } }[] };
        topActors: { edges: { count: number; node: { name: string } }[] };
      };
    }>(
      server,
      `{ node(id: "Source:ministry-of-foreign-affairs-en") { ... on Source { name
        articles(first: 5, from: "2021-01-01", to: "2021-12-31") { totalCount edges { node { date } } }
        topActors(first: 3) { edges { count node { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node.articles.totalCount).toBe(1);
    expect(result.data?.node.topActors.edges[0]?.count).toBeGreaterThanOrEqual(1);
    const badRange = await execute(
      server,
      `{ node(id: "Source:ministry-of-foreign-affairs-en") { ... on Source { articles(from: "2022-01-01", to: "2021-01-01") { totalCount } } } }`,
    );
    expect(codes(badRange)).toEqual(['BAD_USER_INPUT']);
  });

  it('exposes an actor with partOf, articles, quotes and co-mentions', async () => {
    const ministry = await execute<{ search: { edges: { node: { id: string } }[] } }>(
      server,
      `{ search(query: "Foreign Ministry of China", kinds: ["Actor"], first: 1) { edges { node { id } } } }`,
    );
    const id = ministry.data?.search.edges[0]?.node.id ?? '';
    const result = await execute<{
      node: { name: string; partOf: { name: string }; quotedIn: { totalCount: number } };
      us: {
        kind: string;
        aliases: string[];
        mentionedIn: { totalCount: number; edges: { count: number; node: { title: string } }[] };
        coMentions: { edges: { count: number; node: { name: string } }[] };
      };
    }>(
      server,
      `query($id: ID!) { node(id: $id) { ... on Actor { name partOf { name } quotedIn { totalCount } } }
        us: node(id: "Actor:country:united-states") { ... on Actor { kind aliases
          mentionedIn(first: 10) { totalCount edges { count node { title } } }
          coMentions(first: 5) { edges { count node { name } } } } } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node.partOf.name).toBe('China');
    expect(result.data?.node.quotedIn.totalCount).toBeGreaterThan(0);
    expect(result.data?.us.kind).toBe('country');
    expect(result.data?.us.mentionedIn.totalCount).toBe(4);
    const co = result.data?.us.coMentions.edges ?? [];
    expect(co[0]?.node.name).toBe('China');
    expect(co[0]?.count).toBe(3);
  });

  it('exposes an event with its actors and citations (with lag) and a narrative with first use', async () => {
    const result = await execute<{
      node: {
        citedEvents: {
          edges: {
            node: {
              id: string;
              description: string;
              involves: { edges: { node: { name: string } }[] };
              citedBy: {
                totalCount: number;
                edges: { lagDays: number; node: { title: string } }[];
              };
            };
          }[];
        };
      };
      n: {
        label: string;
        kind: string;
        firstSeen: string;
        articles: { totalCount: number; edges: { node: { date: string } }[] };
      };
    }>(
      server,
      `query($id: ID!) { node(id: $id) { ... on Article { citedEvents { edges { node { id description
          involves { edges { node { name } } } citedBy { totalCount edges { lagDays node { title } } } } } } } }
        n: node(id: "Narrative:hacking-empire") { ... on Narrative { label kind firstSeen articles { totalCount edges { node { date } } } } } }`,
      { id: seedId },
    );
    expect(result.errors).toBeUndefined();
    const event = result.data?.node.citedEvents.edges.find(
      (e) => e.node.citedBy.totalCount === 3,
    )?.node;
    expect(event?.involves.edges.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['China', 'United States']),
    );
    expect(event?.citedBy.edges.map((e) => e.lagDays)).toEqual([13, 15, 32]);
    expect(result.data?.n).toMatchObject({
      label: 'hacking empire',
      kind: 'slogan',
      firstSeen: '2021-08-01',
    });
    expect(result.data?.n.articles.totalCount).toBe(4);
    expect(result.data?.n.articles.edges.map((e) => e.node.date)).toEqual([
      '2021-08-01',
      '2021-08-03',
      '2021-08-20',
      '2022-01-15',
    ]);
  });
});

describe('neighborhood', () => {
  const query = `query($ids: [ID!]!, $depth: Int, $relationTypes: [String!], $nodeKinds: [String!], $sources: [ID!], $from: String, $to: String, $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, relationTypes: $relationTypes, nodeKinds: $nodeKinds, sources: $sources, from: $from, to: $to, limit: $limit) { ${SLICE} } }`;

  it('holds the seed page’s actors, events, narratives and stub articles, with evidence', async () => {
    const result = await execute<{ neighborhood: SliceData }>(server, query, { ids: [seedId] });
    expect(result.errors).toBeUndefined();
    const slice = result.data?.neighborhood;
    const ids = slice?.nodes.map((n) => n.id) ?? [];
    expect(ids).toEqual(
      expect.arrayContaining([
        seedId,
        'Actor:country:united-states',
        'Actor:country:china',
        'Narrative:hacking-empire',
        'Narrative:global-chieftain-of-hackers',
        'Source:ministry-of-foreign-affairs-en',
      ]),
    );
    expect(slice?.nodes.some((n) => n.kind === 'Event' && n.date === '2021-07-19')).toBe(true);
    expect(slice?.nodes.filter((n) => n.subtype === 'stub')).toHaveLength(10);
    expect(slice?.truncated).toBe(false);
    const nodeIds = new Set(ids);
    for (const edge of slice?.edges ?? []) {
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
      expect(edge.id.startsWith(`${edge.type}:${edge.source}->${edge.target}`)).toBe(true);
    }
    const mention = slice?.edges.find(
      (e) => e.type === 'MENTIONS' && e.target === 'Actor:country:united-states',
    );
    expect(mention?.weight).toBeGreaterThan(1);
    expect(mention?.evidence[0]?.articleId).toBe(seedId);
    expect(mention?.evidence[0]?.articleTitle).toMatch(/^U\.S\. and West Hammered/);
    const quote = slice?.edges.find((e) => e.type === 'QUOTES' || e.type === 'ATTRIBUTES');
    expect(quote?.quote).toBeTruthy();
    expect(slice?.nodes.every((n) => n.degree > 0)).toBe(true);
  });

  it('expands to depth 2 and cuts at the limit, saying so', async () => {
    const deep = await execute<{ neighborhood: SliceData }>(server, query, {
      ids: ['Narrative:hacking-empire'],
      depth: 2,
    });
    const ids = deep.data?.neighborhood.nodes.map((n) => n.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['Source:voice-of-korea', 'Actor:country:japan']));
    const small = await execute<{ neighborhood: SliceData }>(server, query, {
      ids: ['Narrative:hacking-empire'],
      depth: 2,
      limit: 3,
    });
    expect(small.data?.neighborhood.nodes).toHaveLength(3);
    expect(small.data?.neighborhood.truncated).toBe(true);
  });

  it('follows only the given relation types and keeps only the given kinds', async () => {
    const result = await execute<{ neighborhood: SliceData }>(server, query, {
      ids: [seedId],
      relationTypes: ['MENTIONS'],
      nodeKinds: ['Actor'],
    });
    const slice = result.data?.neighborhood;
    expect(slice?.nodes.filter((n) => n.id !== seedId).every((n) => n.kind === 'Actor')).toBe(true);
    expect(slice?.edges.every((e) => e.type === 'MENTIONS')).toBe(true);
  });

  it('keeps only articles of the given sources and dates', async () => {
    const result = await execute<{ neighborhood: SliceData }>(server, query, {
      ids: ['Actor:country:united-states'],
      sources: ['Source:rodong-sinmun', 'Source:voice-of-korea'],
      from: '2021-08-10',
    });
    const articles = result.data?.neighborhood.nodes.filter((n) => n.kind === 'Article') ?? [];
    expect(articles.map((a) => a.label)).toEqual(['Voice of Korea commentary on cyber hypocrisy']);
  });

  it('enforces its bounds and reports unknown ids', async () => {
    for (const variables of [
      { ids: [seedId], depth: 4 },
      { ids: [seedId], depth: 0 },
      { ids: [seedId], limit: 501 },
      { ids: [seedId], limit: 0 },
      { ids: [] },
      { ids: [seedId], relationTypes: ['LIKES'] },
      { ids: [seedId], nodeKinds: ['Planet'] },
      { ids: ['nonsense'] },
    ]) {
      const result = await execute(server, query, variables);
      expect(codes(result), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
    }
    const missing = await execute(server, query, { ids: ['Actor:country:atlantis'] });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });
});

describe('paths', () => {
  const query = `query($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $relationTypes: [String!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, relationTypes: $relationTypes) { paths ${SLICE} } }`;

  it('returns the shortest path first, then alternatives, as a slice', async () => {
    const result = await execute<{ paths: SliceData & { paths: string[][] } }>(server, query, {
      from: 'Actor:country:japan',
      to: 'Source:rodong-sinmun',
      limit: 5,
    });
    expect(result.errors).toBeUndefined();
    const paths = result.data?.paths.paths ?? [];
    expect(paths.length).toBeGreaterThan(1);
    expect(
      paths.every(
        (p) => p[0] === 'Actor:country:japan' && p[p.length - 1] === 'Source:rodong-sinmun',
      ),
    ).toBe(true);
    const lengths = paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const nodeIds = new Set(result.data?.paths.nodes.map((n) => n.id));
    expect(paths.flat().every((id) => nodeIds.has(id))).toBe(true);
    expect(result.data?.paths.edges.length).toBeGreaterThan(0);
  });

  it('answers the explorer client’s query and respects relation types and hop bounds', async () => {
    const client = await execute<{ paths: SliceData }>(
      server,
      `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops) { ${SLICE} } }`,
      { from: 'Actor:country:china', to: 'Actor:country:japan', maxHops: 2 },
    );
    expect(client.errors).toBeUndefined();
    const onlyMentions = await execute<{ paths: SliceData & { paths: string[][] } }>(
      server,
      query,
      {
        from: 'Actor:country:china',
        to: 'Actor:country:japan',
        relationTypes: ['MENTIONS'],
      },
    );
    expect(onlyMentions.data?.paths.edges.every((e) => e.type === 'MENTIONS')).toBe(true);
    const none = await execute<{ paths: { paths: string[][] } }>(server, query, {
      from: 'Actor:country:japan',
      to: 'Source:rodong-sinmun',
      maxHops: 1,
    });
    expect(none.data?.paths.paths).toEqual([]);
  });

  it('enforces its bounds', async () => {
    const base = { from: 'Actor:country:china', to: 'Actor:country:japan' };
    for (const variables of [
      { ...base, maxHops: 7 },
      { ...base, maxHops: 0 },
      { ...base, limit: 11 },
      { ...base, to: base.from },
      { ...base, from: 'bad' },
    ]) {
      expect(codes(await execute(server, query, variables)), JSON.stringify(variables)).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    expect(codes(await execute(server, query, { ...base, to: 'Actor:country:atlantis' }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('timeline, narrative spread and stats', () => {
  it('counts articles and cited events per bucket with citation lags', async () => {
    const result = await execute<{
      timeline: {
        bucket: string;
        totalArticles: number;
        buckets: {
          start: string;
          articles: number;
          citedEvents: number;
          medianLagDays: number | null;
        }[];
        lag: { citations: number; medianDays: number };
      };
    }>(
      server,
      `{ timeline(filter: { narrative: "Narrative:hacking-empire" }, bucket: MONTH) {
        bucket totalArticles buckets { start articles citedEvents medianLagDays } lag { citations medianDays p90Days meanDays maxDays } } }`,
    );
    expect(result.errors).toBeUndefined();
    const timeline = result.data?.timeline;
    expect(timeline?.totalArticles).toBe(4);
    expect(timeline?.buckets.find((b) => b.start === '2021-08-01')).toMatchObject({
      articles: 3,
      medianLagDays: 15,
    });
    expect(
      timeline?.buckets.find((b) => b.start === '2021-07-01')?.citedEvents,
    ).toBeGreaterThanOrEqual(1);
    expect(timeline?.lag.citations).toBeGreaterThanOrEqual(3);
  });

  it('filters timelines by ids, sources, kinds and dates, in any bucket width', async () => {
    const result = await execute<{
      a: { totalArticles: number };
      b: { totalArticles: number; buckets: { start: string }[] };
      c: { totalArticles: number };
    }>(
      server,
      `{ a: timeline(filter: { ids: ["Actor:country:japan"] }, bucket: DAY) { totalArticles }
         b: timeline(filter: { sources: ["Source:rodong-sinmun", "Source:minju-joson"], kinds: ["Event"] }, bucket: YEAR) { totalArticles buckets { start } }
         c: timeline(filter: { from: "2021-08-02", to: "2021-08-31" }, bucket: WEEK) { totalArticles } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.a.totalArticles).toBe(1);
    expect(result.data?.b.totalArticles).toBe(2);
    expect(result.data?.c.totalArticles).toBe(2);
    const bad = await execute(
      server,
      `{ timeline(filter: { narrative: "Actor:country:china" }) { totalArticles } }`,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('traces a narrative from its first use across sources', async () => {
    const result = await execute<{
      narrativeSpread: {
        firstDate: string;
        firstSource: { name: string };
        firstArticle: { id: string };
        totalArticles: number;
        sources: { source: { name: string }; firstDate: string; count: number }[];
        chain: { from: { name: string }; to: { name: string }; lagDays: number }[];
        buckets: { start: string; articles: number }[];
      };
    }>(
      server,
      `{ narrativeSpread(id: "Narrative:hacking-empire") { firstDate firstSource { name } firstArticle { id } totalArticles
        sources { source { name } firstDate count firstArticle { title } } chain { from { name } to { name } fromDate toDate lagDays }
        buckets { start articles } narrative { label } } }`,
    );
    expect(result.errors).toBeUndefined();
    const spread = result.data?.narrativeSpread;
    expect(spread?.firstDate).toBe('2021-08-01');
    expect(spread?.firstArticle.id).toBe(seedId);
    expect(spread?.sources.map((s) => s.source.name)).toEqual([
      'Ministry of Foreign Affairs (EN)',
      'Rodong Sinmun',
      'Voice of Korea',
      'Minju Joson',
    ]);
    expect(spread?.chain.map((c) => c.lagDays)).toEqual([2, 17, 148]);
    expect(spread?.buckets).toEqual([
      { start: '2021-08-01', articles: 3 },
      { start: '2022-01-01', articles: 1 },
    ]);
    expect(
      codes(await execute(server, `{ narrativeSpread(id: "Narrative:nope") { totalArticles } }`)),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(await execute(server, `{ narrativeSpread(id: "Source:x") { totalArticles } }`)),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('reports counts, date range and a data version that changes on ingest', async () => {
    const query = `{ stats { nodes { kind count } relations { type count } articles stubArticles firstDate lastDate dataVersion } }`;
    const before = await execute<{
      stats: {
        nodes: { kind: string; count: number }[];
        relations: { type: string; count: number }[];
        articles: number;
        stubArticles: number;
        firstDate: string;
        lastDate: string;
        dataVersion: string;
      };
    }>(server, query);
    expect(before.errors).toBeUndefined();
    const stats = before.data?.stats;
    expect(stats?.articles).toBe(4);
    expect(stats?.stubArticles).toBe(10);
    expect(stats?.nodes.find((n) => n.kind === 'Article')?.count).toBe(14);
    expect(stats?.relations.find((r) => r.type === 'RELATED_TO')?.count).toBe(10);
    expect((stats?.firstDate ?? '9999') <= '2021-08-01').toBe(true);
    const ingest = await execute(
      server,
      `mutation { ingestArticles(articles: [{ title: "Data version probe", date: "2023-05-05", source: "Test Wire", text: "Pyongyang, May 5 (KCNA) -- China and Japan met." }]) { articles { status } } }`,
    );
    expect(ingest.errors).toBeUndefined();
    const after = await execute<{ stats: { dataVersion: string; articles: number } }>(
      server,
      query,
    );
    expect(after.data?.stats.articles).toBe(5);
    expect(after.data?.stats.dataVersion).not.toBe(stats?.dataVersion);
  });
});

describe('ingest mutations', () => {
  it('ingests a page in each format and reports per-article status', async () => {
    const page = [
      'Date: 02/02/2022 | Source: Test Page Agency | Read original version at source',
      '',
      'Test page about Japan',
      '',
      'Pyongyang, February 2 (KCNA) -- Japan and the United States held drills on January 30, the agency said.',
    ].join('\n');
    const pageText = await execute<{
      ingestPage: {
        articles: {
          index: number;
          id: string;
          status: string;
          actors: number;
          article: { title: string };
        }[];
        rejected: unknown[];
      };
    }>(
      server,
      `mutation($input: IngestPageInput!) { ingestPage(input: $input) { articles { index id status actors article { title } } rejected { index reason } } }`,
      { input: { text: `Test page about Japan\n\n${page}`, format: 'PAGE_TEXT' } },
    );
    expect(pageText.errors).toBeUndefined();
    expect(pageText.data?.ingestPage.articles[0]).toMatchObject({
      status: 'CREATED',
      article: { title: 'Test page about Japan' },
    });
    const again = await execute<{ ingestPage: { articles: { status: string }[] } }>(
      server,
      `mutation($input: IngestPageInput!) { ingestPage(input: $input) { articles { status } } }`,
      { input: { text: `Test page about Japan\n\n${page}`, format: 'PAGE_TEXT' } },
    );
    expect(again.data?.ingestPage.articles[0]?.status).toBe('UNCHANGED');

    const html = await execute<{
      ingestPage: {
        articles: { status: string; article: { url: string; source: { name: string } } }[];
      };
    }>(
      server,
      `mutation($input: IngestPageInput!) { ingestPage(input: $input) { articles { status article { url source { name } } } rejected { reason } } }`,
      {
        input: {
          format: 'HTML',
          url: 'https://example.org/news/html-test',
          sourceName: 'Example News',
          text: '<html lang="en"><head><title>HTML test article</title><meta property="article:published_time" content="2022-03-04"></head><body><article><h1>HTML test article</h1><p>Pyongyang, March 4 (KCNA) -- Russia and China signed a deal on March 1, officials said.</p></article></body></html>',
        },
      },
    );
    expect(html.errors).toBeUndefined();
    expect(html.data?.ingestPage.articles[0]?.article.source.name).toBe('Example News');

    const json = await execute<{ ingestPage: { articles: { status: string }[] } }>(
      server,
      `mutation($input: IngestPageInput!) { ingestPage(input: $input) { articles { status } } }`,
      {
        input: {
          format: 'JSON_RECORD',
          text: JSON.stringify({
            title: 'JSON record test',
            date: '2022-04-04',
            source: 'Test Wire',
            text: 'Pyongyang, April 4 (KCNA) -- Cuba and Vietnam spoke.',
          }),
        },
      },
    );
    expect(json.data?.ingestPage.articles[0]?.status).toBe('CREATED');
  });

  it('rejects unparsable input with a reason instead of failing', async () => {
    const result = await execute<{
      ingestPage: { articles: unknown[]; rejected: { index: number; reason: string }[] };
    }>(
      server,
      `mutation { ingestPage(input: { format: JSON_RECORD, text: "{broken" }) { articles { id } rejected { index reason } } }`,
    );
    expect(result.data?.ingestPage.articles).toEqual([]);
    expect(result.data?.ingestPage.rejected[0]?.reason).toMatch(/JSON/);
    const noDate = await execute<{ ingestPage: { rejected: { reason: string }[] } }>(
      server,
      `mutation { ingestPage(input: { format: PAGE_TEXT, text: "just some text" }) { rejected { reason } } }`,
    );
    expect(noDate.data?.ingestPage.rejected[0]?.reason).toMatch(/Date/);
  });

  it('ingests a batch of articles, reporting each by position', async () => {
    const result = await execute<{
      ingestArticles: {
        articles: { index: number; status: string }[];
        rejected: { index: number; reason: string }[];
      };
    }>(
      server,
      `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { articles { index status } rejected { index reason } } }`,
      {
        articles: [
          {
            title: 'Batch one',
            date: '2022-05-01',
            source: 'Test Wire',
            text: 'Pyongyang, May 1 (KCNA) -- China spoke.',
          },
          { title: 'Batch two', date: 'not a date', source: 'Test Wire', text: 'Text.' },
          { title: '   ', text: 'No title here.' },
          { title: 'Batch four', source: 'Test Wire', text: 'Pyongyang (KCNA) -- Japan spoke.' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestArticles.articles.map((a) => a.index)).toEqual([0, 3]);
    expect(result.data?.ingestArticles.rejected.map((r) => r.index)).toEqual([1, 2]);
  });

  it('enforces batch size, page size and URL checks, and can be switched off', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ title: `t${i}`, text: 'x' }));
    const tooMany = await execute(
      server,
      `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { rejected { index } } }`,
      { a: many },
    );
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    const tooLong = await execute(
      server,
      `mutation($t: String!) { ingestPage(input: { format: PAGE_TEXT, text: $t }) { rejected { index } } }`,
      { t: 'x'.repeat(LIMITS.maxPageChars + 1) },
    );
    expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
    const badUrl = await execute(
      server,
      `mutation { ingestPage(input: { format: HTML, text: "<p>x</p>", url: "javascript:alert(1)" }) { rejected { index } } }`,
    );
    expect(codes(badUrl)).toEqual(['BAD_USER_INPUT']);
    process.env.GRAPHQL_INGEST = 'false';
    try {
      const off = await execute(
        server,
        `mutation { ingestArticles(articles: [{ title: "x", text: "y" }]) { rejected { index } } }`,
      );
      expect(codes(off)).toEqual(['FORBIDDEN']);
    } finally {
      delete process.env.GRAPHQL_INGEST;
    }
  });
});

describe('snapshot views', () => {
  const SAVE = `mutation($input: SaveViewInput!) { saveView(input: $input) { slug editToken view { mode dataVersion } } }`;
  const state = encodeViewState({ ...EMPTY_VIEW_STATE, seeds: ['Narrative:hacking-empire'] });
  const base = { state, positions: '{}', viewport: '{}' };

  it('stores the elements with their evidence and keeps them when the graph changes', async () => {
    const before = await repositories.explore.forViewState(decodeViewState(state));
    expect(before.nodes.length).toBeGreaterThan(2);
    const snap = await execute<{ saveView: { slug: string; editToken: string } }>(server, SAVE, {
      input: { ...base, name: 'Hacking empire, frozen', mode: 'SNAPSHOT' },
    });
    const live = await execute<{ saveView: { slug: string } }>(server, SAVE, {
      input: { ...base, name: 'Hacking empire, live', mode: 'LIVE' },
    });
    expect(snap.errors).toBeUndefined();
    const { slug, editToken } = snap.data?.saveView ?? { slug: '', editToken: '' };
    const stored = await repositories.savedViews.get(slug);
    const elements = JSON.parse(stored?.snapshot ?? 'null') as GraphSlice;
    expect(elements.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(elements.edges.map((e) => e.id).sort()).toEqual(before.edges.map((e) => e.id).sort());
    // Evidence travels with the edges, as the inspector shows it.
    expect(elements.edges.some((e) => e.evidence.some((ev) => ev.sentence.length > 0))).toBe(true);
    expect(
      (await repositories.savedViews.get(live.data?.saveView.slug ?? ''))?.snapshot,
    ).toBeNull();
    // Lists never carry the (possibly large) snapshot.
    const listed = await repositories.savedViews.list(100);
    expect(listed.find((v) => v.slug === slug)?.snapshot).toBeUndefined();

    const ingest = await execute(
      server,
      `mutation { ingestArticles(articles: [{ title: "Snapshot probe", date: "2023-06-01", source: "Test Wire", url: "https://example.org/wire/snapshot-probe", text: "Pyongyang, June 1 (KCNA) -- The \\"hacking empire\\" is the United States, the wire said." }]) { articles { status } } }`,
    );
    expect(ingest.errors).toBeUndefined();
    const after = await repositories.explore.forViewState(decodeViewState(state));
    const probe = 'Article:https://example.org/wire/snapshot-probe';
    expect(after.nodes.map((n) => n.id)).toContain(probe);
    const kept = JSON.parse(
      (await repositories.savedViews.get(slug))?.snapshot ?? 'null',
    ) as GraphSlice;
    expect(kept).toEqual(elements);
    expect(kept.nodes.map((n) => n.id)).not.toContain(probe);

    // A rename resends the view: the snapshot keeps its elements instead of re-reading.
    const renamed = await execute(
      server,
      `mutation($slug: String!, $token: String!, $input: SaveViewInput!) { updateView(slug: $slug, editToken: $token, input: $input) { name } }`,
      { slug, token: editToken, input: { ...base, name: 'Renamed snapshot', mode: 'SNAPSHOT' } },
    );
    expect(renamed.errors).toBeUndefined();
    expect(JSON.parse((await repositories.savedViews.get(slug))?.snapshot ?? 'null')).toEqual(
      elements,
    );
  });

  const FORK = `mutation($slug: String!, $input: ForkViewInput!) { forkView(slug: $slug, input: $input) { slug editToken view { slug name description state positions viewport mode dataVersion nodeCount } } }`;
  const READ = `query($slug: String!) { savedView(slug: $slug) { name description state positions viewport mode dataVersion nodeCount snapshot { ${SLICE} } } }`;
  interface ForkData {
    forkView: {
      slug: string;
      editToken: string;
      view: Record<string, unknown> & { slug: string; name: string; description: string };
    };
  }
  interface ReadData {
    savedView: Record<string, unknown> & { snapshot: SliceData | null };
  }

  it('reads the stored elements of a snapshot through savedView.snapshot, null for a live view', async () => {
    const positions = JSON.stringify({ 'Narrative:hacking-empire': { x: 5, y: 6 } });
    const snap = await execute<{ saveView: { slug: string } }>(server, SAVE, {
      input: { ...base, positions, name: 'Readable snapshot', mode: 'SNAPSHOT' },
    });
    const live = await execute<{ saveView: { slug: string } }>(server, SAVE, {
      input: { ...base, name: 'Readable live view', mode: 'LIVE' },
    });
    const slug = snap.data?.saveView.slug ?? '';
    const stored = JSON.parse(
      (await repositories.savedViews.get(slug))?.snapshot ?? 'null',
    ) as GraphSlice;
    const read = await execute<ReadData>(server, READ, { slug });
    expect(read.errors).toBeUndefined();
    // Every stored field, evidence included, comes back as stored.
    expect(read.data?.savedView.snapshot).toEqual(stored);
    expect(read.data?.savedView.snapshot?.nodes.length).toBeGreaterThan(2);
    expect(
      read.data?.savedView.snapshot?.edges.some((e) => e.evidence.some((ev) => ev.sentence !== '')),
    ).toBe(true);
    const liveRead = await execute<ReadData>(server, READ, { slug: live.data?.saveView.slug });
    expect(liveRead.errors).toBeUndefined();
    expect(liveRead.data?.savedView.snapshot).toBeNull();
    // Lists and the save's own payload carry no elements: the field reads them by slug.
    const listed = await execute<{
      savedViews: {
        edges: { node: { slug: string; snapshot: { nodes: { id: string }[] } | null } }[];
      };
    }>(server, `{ savedViews(first: 10) { edges { node { slug snapshot { nodes { id } } } } } }`);
    expect(listed.errors).toBeUndefined();
    const nodes = listed.data?.savedViews.edges;
    expect(nodes?.find((e) => e.node.slug === slug)?.node.snapshot?.nodes.map((n) => n.id)).toEqual(
      stored.nodes.map((n) => n.id),
    );
    expect(nodes?.find((e) => e.node.slug === live.data?.saveView.slug)?.node.snapshot).toBeNull();
    const saved = await execute<{ saveView: { view: { snapshot: { nodes: unknown[] } | null } } }>(
      server,
      `mutation($input: SaveViewInput!) { saveView(input: $input) { view { snapshot { nodes { id } } } } }`,
      { input: { ...base, name: 'Payload snapshot', mode: 'SNAPSHOT' } },
    );
    expect(saved.data?.saveView.view.snapshot?.nodes).toHaveLength(stored.nodes.length);
    // Charged like a neighbourhood of 500: a page of 100 views with their snapshots is refused.
    const tooMuch = await execute(
      server,
      `{ savedViews(first: 100) { edges { node { snapshot { nodes { id label } } } } } }`,
    );
    expect(codes(tooMuch)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('forks a snapshot as an exact copy of its elements after the graph changed', async () => {
    const positions = JSON.stringify({ 'Narrative:hacking-empire': { x: 7, y: 8 } });
    const viewport = JSON.stringify({ zoom: 1.5, pan: { x: 10, y: 20 } });
    const snap = await execute<{ saveView: { slug: string; editToken: string } }>(server, SAVE, {
      input: {
        ...base,
        positions,
        viewport,
        name: 'Snapshot to fork',
        description: 'Before the fork probe',
        mode: 'SNAPSHOT',
      },
    });
    const original = snap.data?.saveView ?? { slug: '', editToken: '' };
    const before = await execute<ReadData>(server, READ, { slug: original.slug });

    // The graph changes between the save and the fork.
    const probe = 'Article:https://example.org/wire/fork-probe';
    const ingest = await execute(
      server,
      `mutation { ingestArticles(articles: [{ title: "Fork probe", date: "2023-07-01", source: "Test Wire", url: "https://example.org/wire/fork-probe", text: "Pyongyang, July 1 (KCNA) -- The \\"hacking empire\\" is the United States, the wire said again." }]) { articles { status } } }`,
    );
    expect(ingest.errors).toBeUndefined();
    const now = await repositories.explore.forViewState(decodeViewState(state));
    expect(now.nodes.map((n) => n.id)).toContain(probe);

    const forked = await execute<ForkData>(server, FORK, {
      slug: original.slug,
      input: { name: '  Forked snapshot  ' },
    });
    expect(forked.errors).toBeUndefined();
    const fork = forked.data?.forkView;
    expect(fork?.slug).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(fork?.slug).not.toBe(original.slug);
    expect(fork?.view.slug).toBe(fork?.slug);
    expect(Buffer.from(fork?.editToken ?? '', 'base64url')).toHaveLength(32);
    const after = await execute<ReadData>(server, READ, { slug: fork?.slug });
    expect(after.errors).toBeUndefined();
    const { name, description, ...copied } = after.data?.savedView ?? { snapshot: null };
    const { name: _n, description: _d, ...source } = before.data?.savedView ?? { snapshot: null };
    // State, positions, viewport, mode, data version, node count and elements: all as stored.
    expect(copied).toEqual(source);
    expect(copied.snapshot?.nodes.map((n) => n.id)).not.toContain(probe);
    expect(copied.snapshot?.nodes.length).toBeGreaterThan(2);
    expect({ name, description }).toEqual({
      name: 'Forked snapshot',
      description: 'Before the fork probe',
    });
    expect(fork?.view).toMatchObject({ name: 'Forked snapshot', mode: 'SNAPSHOT', positions });

    // The fork is the forker's: its token edits it, the original's does not; the original is intact.
    const UPDATE = `mutation($slug: String!, $token: String!, $input: SaveViewInput!) { updateView(slug: $slug, editToken: $token, input: $input) { name } }`;
    const rename = { ...base, positions, viewport, name: 'Fork renamed', mode: 'SNAPSHOT' };
    expect(
      codes(
        await execute(server, UPDATE, {
          slug: fork?.slug,
          token: original.editToken,
          input: rename,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const renamed = await execute(server, UPDATE, {
      slug: fork?.slug,
      token: fork?.editToken,
      input: rename,
    });
    expect(renamed.errors).toBeUndefined();
    const renamedRead = await execute<ReadData>(server, READ, { slug: fork?.slug });
    expect(renamedRead.data?.savedView.snapshot).toEqual(source.snapshot);
    expect((await execute<ReadData>(server, READ, { slug: original.slug })).data).toEqual(
      before.data,
    );

    // An explicit description replaces the original's.
    const described = await execute<ForkData>(server, FORK, {
      slug: original.slug,
      input: { name: 'Described fork', description: '' },
    });
    expect(described.data?.forkView.view.description).toBe('');
  });

  it('forks a live view as a live view, and refuses unknown slugs and bad names', async () => {
    const live = await execute<{ saveView: { slug: string } }>(server, SAVE, {
      input: { ...base, name: 'Live to fork', mode: 'LIVE', dataVersion: 'client-version' },
    });
    // Anyone with the link may fork, like anyone may save: no key needed.
    const forked = await execute<ForkData>(
      server,
      FORK,
      { slug: live.data?.saveView.slug, input: { name: 'Live fork' } },
      ANONYMOUS_CALLER,
    );
    expect(forked.errors).toBeUndefined();
    expect(forked.data?.forkView.view).toMatchObject({
      mode: 'LIVE',
      dataVersion: 'client-version',
      state,
    });
    const read = await execute<ReadData>(server, READ, { slug: forked.data?.forkView.slug });
    expect(read.data?.savedView.snapshot).toBeNull();

    const missing = await execute(server, FORK, { slug: 'noSuchView12', input: { name: 'x' } });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.data).toBeNull();
    for (const [slug, name] of [
      ['../../etc', 'x'],
      [live.data?.saveView.slug, ' '],
      [live.data?.saveView.slug, 'n'.repeat(LIMITS.maxViewNameChars + 1)],
    ]) {
      expect(codes(await execute(server, FORK, { slug, input: { name } }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    const longDescription = await execute(server, FORK, {
      slug: live.data?.saveView.slug,
      input: { name: 'x', description: 'd'.repeat(LIMITS.maxViewDescriptionChars + 1) },
    });
    expect(codes(longDescription)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a state the explorer cannot read, live or snapshot', async () => {
    const answers = await Promise.all(
      (['LIVE', 'SNAPSHOT'] as const).map(async (mode) =>
        codes(
          await execute(server, SAVE, { input: { ...base, state: 'x', name: 'Broken', mode } }),
        ),
      ),
    );
    expect(answers).toEqual([['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
  });
});

describe('saved views', () => {
  const input = {
    name: 'Hacking empire around the US',
    description: 'Who calls whom a hacking empire',
    state: 'eyJ2IjoxfQ',
    positions: JSON.stringify({
      'Actor:country:china': { x: 1, y: 2 },
      'Narrative:hacking-empire': { x: 3, y: 4 },
    }),
    viewport: JSON.stringify({ zoom: 1, pan: { x: 0, y: 0 } }),
    mode: 'LIVE',
  };
  const SAVE = `mutation($input: SaveViewInput!) { saveView(input: $input) { slug editToken view { slug name description state positions viewport mode nodeCount createdAt updatedAt dataVersion } } }`;

  it('saves under an unguessable slug and stores only the token hash', async () => {
    const result = await execute<{
      saveView: {
        slug: string;
        editToken: string;
        view: { slug: string; mode: string; nodeCount: number; state: string };
      };
    }>(
      server,
      `mutation ExplorerSaveView($input: SaveViewInput!) { saveView(input: $input) { slug editToken view { slug mode nodeCount state } } }`,
      { input },
    );
    expect(result.errors).toBeUndefined();
    const saved = result.data?.saveView;
    expect(saved?.slug).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(Buffer.from(saved?.editToken ?? '', 'base64url')).toHaveLength(32);
    expect(saved?.view).toMatchObject({
      slug: saved?.slug,
      mode: 'LIVE',
      nodeCount: 2,
      state: input.state,
    });
    const stored = await readTransaction(
      async (tx) =>
        (
          await tx.run('MATCH (v:SavedView {slug: $slug}) RETURN properties(v) AS p', {
            slug: saved?.slug,
          })
        ).records[0]?.get('p') as Record<string, unknown>,
    );
    expect(Object.values(stored).map(String)).not.toContain(saved?.editToken);
    expect(stored.editTokenHash).toBe(hashEditToken(saved?.editToken ?? ''));
    const other = await execute<{ saveView: { slug: string } }>(server, SAVE, { input });
    expect(other.data?.saveView.slug).not.toBe(saved?.slug);
  });

  it('reads, lists, searches, updates and deletes, only with the edit token', async () => {
    const saved = await execute<{ saveView: { slug: string; editToken: string } }>(server, SAVE, {
      input: { ...input, name: 'Snapshot of Japan', mode: 'SNAPSHOT', dataVersion: 'v1' },
    });
    const { slug, editToken } = saved.data?.saveView ?? { slug: '', editToken: '' };
    const read = await execute<{ savedView: { name: string; mode: string; dataVersion: string } }>(
      server,
      `query($slug: String!) { savedView(slug: $slug) { name mode dataVersion } }`,
      { slug },
    );
    const current = await execute<{ stats: { dataVersion: string } }>(
      server,
      `{ stats { dataVersion } }`,
    );
    // A snapshot records the version its elements were read at, not the client's claim.
    expect(read.data?.savedView).toEqual({
      name: 'Snapshot of Japan',
      mode: 'SNAPSHOT',
      dataVersion: current.data?.stats.dataVersion,
    });
    const missing = await execute<{ savedView: null }>(
      server,
      `{ savedView(slug: "doesNotExist") { name } }`,
    );
    expect(missing.data?.savedView).toBeNull();

    const list = await execute<{
      savedViews: {
        totalCount: number;
        edges: { node: { slug: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(
      server,
      `{ savedViews(first: 1) { totalCount edges { node { slug } } pageInfo { hasNextPage } } }`,
    );
    expect(list.data?.savedViews.totalCount).toBeGreaterThanOrEqual(3);
    expect(list.data?.savedViews.edges[0]?.node.slug).toBe(slug);
    expect(list.data?.savedViews.pageInfo.hasNextPage).toBe(true);
    const found = await execute<{ savedViews: { edges: { node: { slug: string } }[] } }>(
      server,
      `{ savedViews(query: "snapshot japan") { edges { node { slug } } } }`,
    );
    expect(found.data?.savedViews.edges.map((e) => e.node.slug)).toEqual([slug]);

    const UPDATE = `mutation($slug: String!, $token: String!, $input: SaveViewInput!) { updateView(slug: $slug, editToken: $token, input: $input) { name updatedAt } }`;
    const wrong = await execute(server, UPDATE, { slug, token: 'wrong-token', input });
    expect(codes(wrong)).toEqual(['FORBIDDEN']);
    const nowhere = await execute(server, UPDATE, {
      slug: 'noSuchView12',
      token: editToken,
      input,
    });
    expect(codes(nowhere)).toEqual(['NOT_FOUND']);
    const updated = await execute<{ updateView: { name: string } }>(server, UPDATE, {
      slug,
      token: editToken,
      input: { ...input, name: 'Renamed' },
    });
    expect(updated.data?.updateView.name).toBe('Renamed');

    const DELETE = `mutation($slug: String!, $token: String!) { deleteView(slug: $slug, editToken: $token) { slug deleted } }`;
    expect(codes(await execute(server, DELETE, { slug, token: 'nope' }))).toEqual(['FORBIDDEN']);
    const deleted = await execute<{ deleteView: { deleted: boolean } }>(server, DELETE, {
      slug,
      token: editToken,
    });
    expect(deleted.data?.deleteView.deleted).toBe(true);
    expect(codes(await execute(server, DELETE, { slug, token: editToken }))).toEqual(['NOT_FOUND']);
  });

  it('validates names, payload sizes and JSON', async () => {
    for (const bad of [
      { ...input, name: ' ' },
      { ...input, name: 'n'.repeat(201) },
      { ...input, description: 'd'.repeat(2001) },
      { ...input, state: 's'.repeat(LIMITS.maxViewStateBytes + 1) },
      { ...input, positions: '[1,2]' },
      { ...input, positions: '{not json' },
      { ...input, viewport: 'null' },
    ]) {
      expect(codes(await execute(server, SAVE, { input: bad }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(codes(await execute(server, `{ savedView(slug: "../../etc") { name } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
