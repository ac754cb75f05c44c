import { decodeViewState } from '../model/view-state';
import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

interface ApiLink {
  citing: { id: string; name: string };
  cited: { id: string; name: string };
  count: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
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
      query:
        '{ citationNetwork(first: 100) { edges { citing { id name } cited { id name } count } } }',
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

  // Readable at the default zoom: labels never drawn over each other, the strongest link's
  // outlets named, and the network spread over the canvas rather than squeezed into its middle.
  const { labels, extent } = await page.evaluate(() => ({
    labels: window.__narragraphCitations?.labels() ?? [],
    extent: window.__narragraphCitations?.extent(),
  }));
  const colliding = labels.flatMap((a, i) =>
    labels.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.id} / ${b.id}`] : [])),
  );
  expect(colliding).toEqual([]);
  expect(labels.map((l) => l.id)).toEqual(
    expect.arrayContaining([links[0]?.citing.id, links[0]?.cited.id]),
  );
  if (extent === undefined) throw new Error('the canvas reports no extent');
  const width = Math.min(extent.drawn.x2, extent.width) - Math.max(extent.drawn.x1, 0);
  const height = Math.min(extent.drawn.y2, extent.height) - Math.max(extent.drawn.y1, 0);
  expect((width * height) / (extent.width * extent.height)).toBeGreaterThanOrEqual(0.5);

  // A click on an outlet opens its strongest link. The outlet: one whose strongest link is not
  // the overall strongest (clicked next) and has no tie.
  const strongestOf = (id: string) => {
    const own = links.filter((l) => l.citing.id === id || l.cited.id === id);
    const top = Math.max(...own.map((l) => l.count));
    const best = own.filter((l) => l.count === top);
    return best.length === 1 ? best[0] : undefined;
  };
  const outlet = links
    .map((l) => l.cited.id)
    .find((id) => {
      const best = strongestOf(id);
      return best !== undefined && best !== links[0];
    });
  if (outlet === undefined) throw new Error('the demo data has no outlet with one strongest link');
  const expected = strongestOf(outlet);
  const at = await page.evaluate((id) => window.__narragraphCitations?.node(id), outlet);
  if (at == null || expected === undefined) throw new Error('the outlet is not drawn');
  await page.getByTestId('citation-canvas').click({ position: at });
  await expect(page.getByTestId('citation-evidence').locator('h2')).toHaveText(
    `${expected.citing.name} → ${expected.cited.name}`,
  );
  expect(decodeViewState(new URL(page.url()).searchParams.get('s') ?? '').citations?.link).toEqual({
    citing: expected.citing.id,
    cited: expected.cited.id,
  });

  // Click the strongest link on the canvas, at a point of it no node covers.
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
