import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EntityPage } from './pages/entity-page';
import { ExplorerPage } from './pages/explorer-page';

/** Set by any script the hostile fixtures manage to run. */
declare global {
  interface Window {
    __pwned?: string;
  }
}

async function graphql(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await request.post('/api/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...headers },
  });
  return {
    status: response.status(),
    headers: response.headers(),
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

async function hostileArticleId(request: APIRequestContext): Promise<string> {
  const found = await graphql(
    request,
    '{ search(query: "hostile markup bulletin", kinds: ["Article"], first: 1) { edges { node { id } } } }',
  );
  const id = (found.body.data?.search as { edges: { node: { id: string } }[] } | undefined)
    ?.edges[0]?.node.id;
  expect(id, 'the hostile fixture article is in the graph').toBeTruthy();
  return id ?? '';
}

async function expectNothingRan(page: Page): Promise<void> {
  // Give any injected handler (onerror of a broken image) time to fire.
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
}

test('pages carry a strict nonce CSP and the security headers; the API carries its own', async ({
  request,
}) => {
  const page = await request.get('/');
  const headers = page.headers();
  const csp = headers['content-security-policy'] ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  // Two requests, two nonces.
  const again = (await request.get('/')).headers()['content-security-policy'];
  expect(again).not.toBe(csp);

  const api = await graphql(request, '{ __typename }');
  expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers['x-content-type-options']).toBe('nosniff');
});

test('hostile article content is shown as text and runs nothing, on its page and in the explorer', async ({
  page,
  request,
}) => {
  const id = await hostileArticleId(request);
  const entity = new EntityPage(page);
  await entity.goto(id);
  await expect(entity.title).toContainText(
    `<img src=x onerror="window.__pwned='title'">Hostile markup`,
  );
  await expect(
    page.getByText("<script>window.__pwned='text'</script>", { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByText('Hostile Markup Wire', { exact: false }).first()).toBeVisible();
  await expectNothingRan(page);
  // No element the attacker wrote became an element.
  expect(
    await page.locator('img[src="x"], b[onmouseover], style:has-text("display:none")').count(),
  ).toBe(0);

  // In the explorer: the search hit, the node in the graph and the inspector's article text.
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.search('hostile markup bulletin');
  await explorer.pick(/Hostile markup/);
  expect(await explorer.nodeIds()).toContain(id);
  await expectNothingRan(page);
});

test('view names and descriptions are escaped on every page that shows them', async ({
  page,
  request,
}) => {
  const name = `<img src=x onerror="window.__pwned='view'"> view`;
  const saved = await graphql(
    request,
    'mutation($input: SaveViewInput!) { saveView(input: $input) { slug } }',
    {
      input: {
        name,
        description: `<script>window.__pwned='description'</script>`,
        state: 'eyJ2IjoxfQ',
        positions: '{}',
        viewport: '{"zoom":1,"pan":{"x":0,"y":0}}',
        mode: 'LIVE',
      },
    },
  );
  const slug = (saved.body.data?.saveView as { slug: string } | undefined)?.slug ?? '';
  expect(slug).toMatch(/^[A-Za-z0-9_-]{12}$/);
  await page.goto('/views');
  await expect(page.getByText(name).first()).toBeVisible();
  await expectNothingRan(page);
  await page.goto(`/v/${slug}`);
  await expect(page.getByText(name).first()).toBeVisible();
  await expectNothingRan(page);
});

test('writes need a key: ingest without one is 401, with the write key it lands', async ({
  request,
}) => {
  const mutation = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { articles { status } rejected { reason } } }`;
  const articles = [
    {
      title: 'Key test article',
      text: 'A short article written through the API with a key, about rain in the mountains.',
      date: '2021-08-07',
      source: 'E2E Key Wire',
    },
  ];
  const anonymous = await graphql(request, mutation, { articles });
  expect(anonymous.status).toBe(401);
  expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);

  const wrongKey = await graphql(
    request,
    mutation,
    { articles },
    { authorization: 'Bearer ngk_nope' },
  );
  expect(wrongKey.status).toBe(401);

  const key = process.env.E2E_WRITE_KEY ?? '';
  expect(key).toMatch(/^ngk_/);
  const keyed = await graphql(request, mutation, { articles }, { authorization: `Bearer ${key}` });
  expect(keyed.body.errors).toBeUndefined();
  expect(keyed.body.data).toEqual({
    ingestArticles: { articles: [{ status: 'CREATED' }], rejected: [] },
  });
});

test('cross-site requests are refused: simple-content-type GraphQL posts and sign-in posts', async ({
  request,
}) => {
  // A form or `no-cors` fetch from another site can only send simple content types; Apollo's CSRF
  // prevention refuses them before executing anything.
  const forged = await request.post('/api/graphql', {
    data: '{"query":"mutation { saveView(input: {name: \\"csrf\\", state: \\"e30\\", positions: \\"{}\\", viewport: \\"{}\\", mode: LIVE}) { slug } }"}',
    headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
  });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toMatch(/CSRF|preflight/i);

  const session = await request.post('/api/session', {
    form: { key: 'anything', next: '/' },
    headers: { origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(session.status()).toBe(403);
});
