import type { APIRequestContext } from '@playwright/test';

/** An article as the API's `ingestArticles` takes it. */
export interface ArticleInput {
  readonly title: string;
  readonly date: string;
  readonly source: string;
  readonly url: string;
  readonly text: string;
}

/** Ingests articles through the API with the e2e write key; returns the answer's JSON. */
export async function ingestThroughApi(
  request: APIRequestContext,
  articles: readonly ArticleInput[],
): Promise<unknown> {
  const response = await request.post('/api/graphql', {
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${process.env.E2E_WRITE_KEY ?? ''}`,
    },
    data: {
      query: `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { articles { status } } }`,
      variables: { articles },
    },
  });
  return response.json();
}
