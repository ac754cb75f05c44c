import { getIntrospectionQuery } from 'graphql';
import { expect, test } from './fixtures';

test('home page answers from the real Neo4j', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Narragraph', level: 1 })).toBeVisible();
  await expect(page.getByTestId('database-status')).toContainText(/Neo4j 5\.26\.\d+/);
});

test('GraphQL health answers with the Neo4j version', async ({ request }) => {
  const response = await request.post('/api/graphql', {
    data: { query: '{ health { neo4jVersion nodeCount } }' },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as {
    data: { health: { neo4jVersion: string; nodeCount: number } };
  };
  expect(body.data.health.neo4jVersion).toMatch(/^5\.26\.\d+$/);
  expect(body.data.health.nodeCount).toBeGreaterThanOrEqual(0);
});

test('the production build answers introspection and a fragment on an interface', async ({
  request,
}) => {
  // Only the bundled server shows whether graphql-jit and Apollo share one graphql module:
  // with two copies, introspection's type checks fail there and nowhere else.
  const introspection = await request.post('/api/graphql', {
    data: { query: getIntrospectionQuery({ inputValueDeprecation: true }) },
  });
  expect(introspection.status()).toBe(200);
  const schema = (await introspection.json()) as {
    data: { __schema: { queryType: { name: string }; types: { name: string }[] } };
  };
  expect(schema.data.__schema.queryType.name).toBe('Query');
  expect(schema.data.__schema.types.map((t) => t.name)).toContain('GraphSlice');
  const search = await request.post('/api/graphql', {
    data: {
      query: `{ search(query: "hacking empire", kinds: ["Narrative"], first: 3) { edges { node { node { __typename ... on Narrative { label } } } } } }`,
    },
  });
  expect(search.status()).toBe(200);
  const found = (await search.json()) as {
    data: { search: { edges: { node: { node: { __typename: string; label?: string } } }[] } };
  };
  expect(found.data.search.edges.map((e) => e.node.node)).toContainEqual({
    __typename: 'Narrative',
    label: 'hacking empire',
  });
});

test('GraphiQL loads offline and runs its first example', async ({ page }) => {
  test.setTimeout(120_000);
  const external: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol.startsWith('http'))
      external.push(request.url());
  });
  await page.goto('/graphiql');
  // Execute runs nothing until GraphiQL's editors are mounted (after its toolbar is drawn, later
  // still under load); the panel says when they are.
  await expect(page.getByTestId('graphiql')).toHaveAttribute('data-ready', 'true', {
    timeout: 30_000,
  });
  const answered = page.waitForResponse(
    (response) =>
      response.url().includes('/api/graphql') &&
      (response.request().postData() ?? '').includes('neighborhood('),
  );
  await page.getByRole('button', { name: /execute query/i }).click();
  expect((await answered).status()).toBe(200);
  // The first tab is the Explore example. The result editor renders only its visible lines, so
  // assert on the top of the answer.
  const result = page.locator('.result-window');
  await expect(result).toContainText('"search"', { timeout: 20_000 });
  await expect(result).toContainText('hacking empire');
  await expect(result).not.toContainText('"errors"');
  expect(external).toEqual([]);
});
