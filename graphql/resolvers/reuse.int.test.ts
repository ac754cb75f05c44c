import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { globalId } from '@/model/graph-slice';
import { articleKey } from '@/ingest/keys';
import { prose } from '@/ingest/testing/prose';
import { createApolloServer } from '../server';
import { execute } from '../testing/execute';

connectTestDatabase();
const server = createApolloServer();

const paragraph = prose(21, 50);
const ARTICLES = [
  {
    title: 'First statement',
    date: '2012-04-01',
    source: 'KCNA',
    text: `${prose(22, 30)}\n${paragraph}`,
  },
  {
    title: 'Recycled statement',
    date: '2019-04-01',
    source: 'Uriminzokkiri',
    text: `${paragraph}\n${prose(23, 50)}`,
  },
];

const REUSE = `edges { node { title } overlap words passages { reusing { start end text } reused { start end text } } }
  pageInfo { hasNextPage } totalCount`;

interface ReuseData {
  nodes: { title: string; reuses: ReuseConnection; reusedBy: ReuseConnection }[];
}
interface ReuseConnection {
  edges: {
    node: { title: string };
    overlap: number;
    words: number;
    passages: {
      reusing: { start: number; end: number; text: string };
      reused: { start: number; end: number; text: string };
    }[];
  }[];
  pageInfo: { hasNextPage: boolean };
  totalCount: number;
}

beforeAll(async () => {
  await resetDatabase();
});
afterAll(async () => {
  await closeDriver();
});

describe('Article.reuses and Article.reusedBy', () => {
  it('show a paragraph recycled years later, from both articles, with both sides of the passage', async () => {
    const ingested = await execute<{ ingestArticles: { articles: { status: string }[] } }>(
      server,
      `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { articles { status } } }`,
      { articles: ARTICLES },
    );
    const result = await execute<ReuseData>(
      server,
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Article {
          title reuses { ${REUSE} } reusedBy { ${REUSE} } } } }`,
      { ids: ARTICLES.map((a) => globalId('Article', articleKey({ ...a, sourceName: a.source }))) },
    );
    const byTitle = new Map(result.data?.nodes.map((node) => [node.title, node]));
    const recycled = byTitle.get('Recycled statement');
    const passage = recycled?.reuses.edges[0]?.passages[0];
    const words = paragraph.replace(/\.$/, '');
    expect({
      ingested: ingested.data?.ingestArticles.articles.map((a) => a.status),
      reuses: recycled?.reuses.edges.map((e) => [e.node.title, e.words]),
      reusesCount: recycled?.reuses.totalCount,
      reusedBy: byTitle.get('First statement')?.reusedBy.edges.map((e) => e.node.title),
      firstReuses: byTitle.get('First statement')?.reuses.totalCount,
      passage: passage && [passage.reusing.text, passage.reused.text, passage.reusing.start],
    }).toEqual({
      ingested: ['CREATED', 'CREATED'],
      reuses: [['First statement', 50]],
      reusesCount: 1,
      reusedBy: ['Recycled statement'],
      firstReuses: 0,
      passage: [words, words, 0],
    });
  });
});
