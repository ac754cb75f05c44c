import { expect, test } from './fixtures';
import { drawnLabels } from './pages/drawn-labels';
import { ExplorerPage } from './pages/explorer-page';

/** The demo seed page's article, with the largest neighbourhood of the demo data. */
const SEED_TITLE = 'U.S. and West Hammered for Claiming About China’s Cyber Threats';

/** Opens the explorer on the seed article's neighbourhood, at the zoom the explorer picks. */
async function openSeedArticle(explorer: ExplorerPage): Promise<void> {
  await explorer.goto('/');
  await explorer.search('West Hammered cyber threats');
  await explorer.pick(/^U\.S\. and West Hammered.*\(Article\)/);
  await explorer.waitForGraph(20);
}

test('at the default zoom of the seed article’s neighbourhood no two drawn labels overlap', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await openSeedArticle(explorer);
  const { labels, zoom } = await page.evaluate(() => ({
    labels: window.__narragraph?.labels() ?? [],
    zoom: window.__narragraph?.viewport().zoom ?? 0,
  }));
  const { drawn, clashes } = drawnLabels(labels);
  expect({
    nodes: labels.length >= 20,
    // Big enough to be drawn at this zoom (Cytoscape skips smaller ones whatever the culling).
    readable: drawn.every((l) => l.fontSize * zoom >= l.minZoomedFontSize),
    // Culling thins the labels, it does not silence the graph.
    mostDrawn: drawn.length * 2 >= labels.length,
    seedDrawn: drawn.some((l) => l.label === SEED_TITLE),
    clashes,
  }).toEqual({ nodes: true, readable: true, mostDrawn: true, seedDrawn: true, clashes: [] });
});

test('a long label is cut with an ellipsis; hovering or selecting its node shows all of it', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await openSeedArticle(explorer);
  const seed = (await page.evaluate(() => window.__narragraph?.labels() ?? [])).find(
    (l) => l.label === SEED_TITLE,
  );
  const body = (await page.evaluate(() => window.__narragraph?.nodeBodies() ?? [])).find(
    (b) => b.id === seed?.id,
  );
  const box = await explorer.canvas.boundingBox();
  if (seed === undefined || body === undefined || box === null) throw new Error('no seed node');
  await page.mouse.move(box.x + (body.x1 + body.x2) / 2, box.y + (body.y1 + body.y2) / 2);
  await expect(explorer.canvas).toHaveAttribute('title', SEED_TITLE);
  // Picking the hit selected the article: the inspector names it in full.
  await expect(page.getByTestId('inspector-title')).toHaveText(SEED_TITLE);
  expect(seed.text.endsWith('…') && seed.text.length < SEED_TITLE.length).toBe(true);
});
