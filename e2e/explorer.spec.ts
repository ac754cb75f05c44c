import { readFile } from 'node:fs/promises';
import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

const NARRATIVE = 'Narrative:hacking-empire';
const RODONG_ARTICLE = 'Article:https://e2e.narragraph.test/rodong/hacking-empire-again';

test('search "hacking empire" opens the narrative in the graph', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const ids = await explorer.nodeIds();
  expect(ids).toContain(NARRATIVE);
  expect(ids).toContain(RODONG_ARTICLE);
  expect(ids.filter((id) => id.startsWith('Article:')).length).toBeGreaterThanOrEqual(3);
  expect((await explorer.edgeIds()).length).toBeGreaterThan(0);
  // The URL carries the exploration state.
  expect(new URL(page.url()).searchParams.get('s')).toBeTruthy();
});

test('expanding a node adds its neighbours; undo and redo step through it', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const before = await explorer.nodeIds();
  await explorer.expand(RODONG_ARTICLE);
  const expanded = await explorer.waitForCount(
    (n) => n > before.length,
    'expanding the article adds its actors, source and events',
  );
  await explorer.waitForGraph(expanded);
  const after = await explorer.nodeIds();
  expect(after).toEqual(expect.arrayContaining(before));
  expect(after.some((id) => id.startsWith('Source:'))).toBe(true);

  await page.getByTestId('undo').click();
  await explorer.waitForCount((n) => n === before.length, 'undo removes the expansion');
  expect(await explorer.nodeIds()).toEqual(before);
  await page.getByTestId('redo').click();
  await explorer.waitForCount((n) => n === after.length, 'redo brings it back');
  expect(await explorer.nodeIds()).toEqual(after);
});

test('Back and Forward step through exploration history, down to the empty start', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const before = await explorer.nodeIds();
  const beforeState = new URL(page.url()).searchParams.get('s');
  await explorer.expand(RODONG_ARTICLE);
  await explorer.waitForCount((n) => n > before.length, 'the expansion arrives');
  await explorer.waitForGraph(before.length + 1);
  const after = await explorer.nodeIds();
  expect(new URL(page.url()).searchParams.get('s')).not.toBe(beforeState);

  await page.goBack();
  await explorer.waitForCount(
    (n) => n === before.length,
    'Back restores the view before the expansion',
  );
  expect(await explorer.nodeIds()).toEqual(before);

  await page.goBack();
  await explorer.waitForCount((n) => n === 0, 'Back again returns to the empty explorer');
  expect(await explorer.nodeIds()).toEqual([]);

  await page.goForward();
  await explorer.waitForCount((n) => n === before.length, 'Forward brings the narrative back');
  await page.goForward();
  await explorer.waitForCount((n) => n === after.length, 'Forward again brings the expansion back');
  expect(await explorer.nodeIds()).toEqual(after);
});

test('paths between two chosen nodes join the view and the link', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const list = page.locator('details.list-panel');
  if (!(await list.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await list.locator('summary').click();
  }
  const actions = page.getByRole('group', { name: 'Node actions' });
  await list.locator(`button[data-node-id="${NARRATIVE}"]`).click();
  await actions.getByTestId('path-start').click();
  await expect(actions.getByTestId('path-start')).toHaveAttribute('aria-pressed', 'true');
  await list.locator(`button[data-node-id="${RODONG_ARTICLE}"]`).click();
  const answer = page.waitForResponse(
    (response) =>
      response.url().includes('/api/graphql') &&
      (response.request().postData() ?? '').includes('ExplorerPaths'),
  );
  await actions.getByTestId('find-paths').click();
  const body = (await (await answer).json()) as {
    data: { paths: { nodes: { id: string }[]; edges: { id: string }[] } };
  };
  const pathNodes = body.data.paths.nodes.map((n) => n.id);
  expect(pathNodes).toEqual(expect.arrayContaining([NARRATIVE, RODONG_ARTICLE]));
  await expect
    .poll(async () => {
      const drawn = await explorer.nodeIds();
      return pathNodes.every((id) => drawn.includes(id));
    })
    .toBe(true);
  // The search is part of the view state, so a copied link replays it.
  const state = new URL(page.url()).searchParams.get('s') ?? '';
  expect(Buffer.from(state, 'base64url').toString('utf8')).toContain('"w":[[');
});

test('a box selection of several nodes is expanded, pinned, hidden and removed together, one undo step each', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const all = await explorer.nodeIds();
  const pinned = () => page.evaluate(() => (window.__narragraph?.pinned() ?? []).sort());
  // None of `ids` drawn any more (Remove also undoes what brought them in, so others may go too).
  const gone = (ids: readonly string[]) =>
    expect
      .poll(async () => (await explorer.nodeIds()).filter((id) => ids.includes(id)))
      .toEqual([]);
  // One undo brings every node back.
  const undoToAll = async () => {
    await page.keyboard.press('z');
    await expect.poll(() => explorer.nodeIds()).toEqual(all);
    await explorer.waitForGraph(all.length);
  };
  const bar = page.getByTestId('selection-actions');
  const state = () => new URL(page.url()).searchParams.get('s') ?? '';
  // Keyboard: every action is a button in a toolbar, reached with Tab and pressed with Enter.
  const press = async (testId: string) => {
    await bar.getByTestId(testId).focus();
    await page.keyboard.press('Enter');
  };

  const boxed = await explorer.boxSelectAllButRightmost();
  expect(boxed.length).toBeGreaterThanOrEqual(3);
  expect(boxed.length).toBeLessThan(all.length);
  await expect(bar.getByTestId('selection-count')).toHaveText(`${boxed.length} nodes selected`);

  await press('selection-pin');
  await expect.poll(pinned).toEqual(boxed);
  await page.keyboard.press('z');
  await expect.poll(pinned).toEqual([]);

  await press('selection-hide');
  await expect(bar).toHaveCount(0);
  await expect.poll(() => explorer.nodeIds()).toEqual(all.filter((id) => !boxed.includes(id)));
  await undoToAll();

  // Delete hides the whole selection too.
  const byKey = await explorer.boxSelectAllButRightmost();
  await page.locator('body').focus();
  await page.keyboard.press('Delete');
  await gone(byKey);
  await undoToAll();

  const again = await explorer.boxSelectAllButRightmost();
  expect(again.length).toBeGreaterThanOrEqual(3);
  await press('selection-remove');
  await gone(again);
  await undoToAll();

  const toExpand = await explorer.boxSelectAllButRightmost();
  const before = state();
  // Every neighbourhood request from here on: the whole selection must take exactly one.
  const asked: string[] = [];
  // The selection is read grouped, as one node's expansion is (groupedNeighborhood).
  const count = (request: Request) => {
    const body = request.postData() ?? '';
    if (body.includes('groupedNeighborhood')) asked.push(body);
  };
  page.on('request', count);
  const answered = page.waitForResponse(
    (response) => response.request().postData()?.includes('groupedNeighborhood') === true,
  );
  await press('selection-expand');
  await expect.poll(state).not.toBe(before);
  // One step expanded every selected node: each is now an expansion in the view state.
  const decoded = Buffer.from(state(), 'base64url').toString('utf8');
  for (const id of toExpand) expect(decoded, id).toContain(JSON.stringify(id));
  const response = await answered;
  const fetched = (
    (await response.json()) as { data: { groupedNeighborhood: { nodes: { id: string }[] } } }
  ).data.groupedNeighborhood.nodes.map((n) => n.id);
  // The seed's own neighbourhood is already drawn: the request names the other selected nodes.
  const requested = (JSON.parse(asked[0] ?? '{}') as { variables?: { ids?: string[] } }).variables;
  expect(requested?.ids?.sort()).toEqual(toExpand.filter((id) => id !== NARRATIVE));
  expect(
    fetched.some((id) => !all.includes(id)),
    'the expansion brings new neighbours',
  ).toBe(true);
  await expect.poll(() => explorer.nodeIds()).toEqual(expect.arrayContaining(fetched));
  const expanded = await explorer.nodeIds();
  await explorer.waitForGraph(expanded.length);
  expect(asked).toHaveLength(1);
  await page.keyboard.press('z');
  await expect.poll(state).toBe(before);
  await expect.poll(() => explorer.nodeIds()).toEqual(all);
  // Redo draws the cached answer again without asking.
  await page.keyboard.press('Shift+Z');
  await expect.poll(() => explorer.nodeIds()).toEqual(expanded);
  await explorer.waitForGraph(expanded.length);
  expect(asked).toHaveLength(1);
  page.off('request', count);
});

test('filtering a kind hides its nodes and clearing brings them back', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const all = await explorer.nodeIds();
  await explorer.toggleKind('Article');
  await explorer.waitForCount((n) => n < all.length, 'article nodes are hidden');
  const filtered = await explorer.nodeIds();
  expect(filtered.filter((id) => id.startsWith('Article:'))).toEqual([]);
  expect(filtered).toContain(NARRATIVE);
  await explorer.toggleKind('Article');
  await explorer.waitForCount((n) => n === all.length, 'articles come back');
});

test('exports download as PNG, SVG, JSON and GraphML that parse', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const ids = await explorer.nodeIds();

  const png = await readFile(await (await explorer.export(/^PNG/)).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const svgDownload = await explorer.export(/^SVG/);
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/<svg[\s>]/);
  const svgOk = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return (
      doc.getElementsByTagName('parsererror').length === 0 &&
      doc.documentElement.nodeName === 'svg' &&
      doc.documentElement.childElementCount > 0
    );
  }, svg);
  expect(svgOk).toBe(true);

  const json = JSON.parse(
    await readFile(await (await explorer.export(/^Cytoscape JSON/)).path(), 'utf8'),
  ) as {
    elements: { nodes: { data: { id: string } }[]; edges: { data: { evidence?: unknown[] } }[] };
  };
  expect(json.elements.nodes.map((n) => n.data.id).sort()).toEqual(ids);
  expect(json.elements.edges.some((e) => (e.data.evidence ?? []).length > 0)).toBe(true);

  const graphml = await readFile(await (await explorer.export(/^GraphML/)).path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      nodes: [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id') ?? '').sort(),
      edges: doc.getElementsByTagName('edge').length,
    };
  }, graphml);
  expect(parsed.error).toBe(0);
  expect(parsed.nodes).toEqual(ids);
  expect(parsed.edges).toBeGreaterThan(0);
});

test('a narrow screen collapses the panels and keeps the graph', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const side = page.locator('#explorer-side');
  await expect(side).toBeHidden();
  await expect(explorer.canvas).toBeVisible();
  const box = await explorer.canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(300);
  expect(box?.height ?? 0).toBeGreaterThan(200);
  expect(await explorer.nodeIds()).toContain(NARRATIVE);
  const toggle = page.getByRole('button', { name: 'Panels' });
  await toggle.click();
  await expect(side).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide panels' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // The page never scrolls sideways on a phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
});

test('the home page offers starting points that fill the search', async ({ page }) => {
  await page.goto('/');
  const start = page.getByTestId('start-points');
  await expect(start).toBeVisible();
  await start.getByRole('link', { name: /hacking empire/ }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('hacking empire');
  await expect(page.getByTestId('search-results')).toContainText('hacking empire');
});

test('slices carry evidence counts; the inspector fetches an article’s sentences when shown', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto('/');
  await explorer.search('hacking empire again slanders');
  const sent = (name: string) =>
    page.waitForResponse((response) => Boolean(response.request().postData()?.includes(name)));
  // A seed's neighbourhood is read grouped (hubs as their strongest neighbours and groups).
  const slice = sent('ExplorerGroupedNeighborhood');
  const evidence = sent('ExplorerEdgeEvidence');
  await explorer.pick(/Hacking empire again slanders/);
  const sliceText = await (await slice).text();
  await evidence;
  const text = page.getByRole('region', { name: 'Article text' });
  await expect(text).toContainText('is again slandering other countries over cyber security');
  expect({
    counted: sliceText.includes('"evidenceCount"'),
    sentences: sliceText.includes('"sentence"'),
  }).toEqual({ counted: true, sentences: false });
});
