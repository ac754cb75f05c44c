import { decodeViewState } from '../graph-db/model/view-state';
import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

interface ApiLink {
  citing: { id: string };
  cited: { id: string };
  count: number;
}

/**
 * The Citations view on the demo data (the seed page and e2e/fixtures, extracted by the real
 * citation extractor): the drawn network is the API's, and an edge leads to its evidence sentences
 * and on to the article they are from.
 */
test('the Citations view draws the outlet network and follows an edge to its evidence', async ({
  page,
}) => {
  const response = await page.request.post('/api/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query: '{ citationNetwork(first: 100) { edges { citing { id } cited { id } count } } }',
    },
  });
  const api = (await response.json()) as { data: { citationNetwork: { edges: ApiLink[] } } };
  const links = api.data.citationNetwork.edges;
  expect(links.length, 'the demo data holds citations').toBeGreaterThan(0);

  const explorer = new ExplorerPage(page);
  await explorer.goto('/');
  await page.getByTestId('open-citations').click();
  await expect(page.getByTestId('citations-view')).toBeVisible();
  await page.waitForFunction(
    (n) => {
      const hook = window.__narragraphCitations;
      return hook !== undefined && hook.edges().length === n && !hook.layoutRunning;
    },
    links.length,
    { timeout: 20_000 },
  );
  const drawn = await page.evaluate(() => window.__narragraphCitations?.edges() ?? []);
  expect(drawn.map((e) => `${e.source} -> ${e.target}`).sort()).toEqual(
    links.map((l) => `${l.citing.id} -> ${l.cited.id}`).sort(),
  );
  await expect(page.getByTestId('citation-links').locator('tbody tr')).toHaveCount(links.length);

  // Click the strongest link on the canvas, at its drawn midpoint.
  const strongest = links[0];
  const edge = drawn.find(
    (e) => e.source === strongest?.citing.id && e.target === strongest?.cited.id,
  );
  if (edge === undefined) throw new Error('the strongest link is not drawn');
  await page.getByTestId('citation-canvas').click({ position: { x: edge.x, y: edge.y } });

  const items = page.getByTestId('citation-evidence-item');
  await expect(items).toHaveCount(Math.min(strongest?.count ?? 0, 25));
  const state = decodeViewState(new URL(page.url()).searchParams.get('s') ?? '');
  expect(state.view).toBe('citations');
  expect(state.citations?.link).toEqual({
    citing: strongest?.citing.id,
    cited: strongest?.cited.id,
  });

  const sentence = (await items.first().locator('blockquote').textContent()) ?? '';
  expect(sentence).not.toBe('');
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/article\//);
  await expect(page.getByTestId('article-text')).toContainText(sentence.slice(0, 40));
});
