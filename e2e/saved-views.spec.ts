import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ingestThroughApi } from './pages/ingest-api';
import { ExplorerPage, type HookNode } from './pages/explorer-page';

const NARRATIVE = 'Narrative:hacking-empire';

/** A page in a brand-new context (no storage, no cache) that fails on console errors too. */
async function freshPage(
  browser: Browser,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return { page, errors, close: () => context.close() };
}

function byId(nodes: readonly HookNode[]): Map<string, HookNode> {
  return new Map(nodes.map((n) => [n.id, n]));
}

test('a saved view opens elsewhere with the same nodes and positions; fork and ownership', async ({
  page,
  browser,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const saved = await explorer.nodes();
  const viewport = await page.evaluate(() => window.__narragraph?.viewport());

  const link = await explorer.saveView('Hacking empire e2e');
  const slug = new URL(link).pathname.split('/').pop() ?? '';
  // The edit token stays in this browser.
  const token = await page.evaluate(
    (s) => window.localStorage.getItem(`narragraph:view-token:${s}`),
    slug,
  );
  expect(token).toBeTruthy();

  const fresh = await freshPage(browser);
  try {
    const other = new ExplorerPage(fresh.page);
    await other.goto(new URL(link).pathname);
    await expect(fresh.page.getByTestId('saved-view-name')).toHaveText('Hacking empire e2e');
    await other.waitForGraph(saved.length);
    const shown = byId(await other.nodes());
    expect([...shown.keys()].sort()).toEqual(saved.map((n) => n.id).sort());
    for (const n of saved) {
      const p = shown.get(n.id);
      expect(Math.abs((p?.x ?? Infinity) - n.x), `${n.id} x`).toBeLessThanOrEqual(1);
      expect(Math.abs((p?.y ?? Infinity) - n.y), `${n.id} y`).toBeLessThanOrEqual(1);
    }
    const shownViewport = await fresh.page.evaluate(() => window.__narragraph?.viewport());
    expect(shownViewport?.zoom).toBeCloseTo(viewport?.zoom ?? 0, 3);
    expect(Math.abs((shownViewport?.pan.x ?? 0) - (viewport?.pan.x ?? 0))).toBeLessThanOrEqual(1);

    // Not the owner here: fork instead.
    await expect(fresh.page.getByTestId('view-owner')).toHaveCount(0);
    const forkLink = await other.forkView();
    expect(forkLink).not.toBe(link);
    await other.goto(new URL(forkLink).pathname);
    await expect(fresh.page.getByTestId('saved-view-name')).toHaveText('Hacking empire e2e (fork)');
    await expect(fresh.page.getByTestId('view-owner')).toBeVisible();
    expect(await other.nodeIds()).toContain(NARRATIVE);
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.close();
  }

  // The owner can rename.
  await page.goto(new URL(link).pathname);
  await expect(page.getByTestId('view-owner')).toBeVisible();
  await page.getByTestId('rename-view').click();
  await page.getByTestId('rename-input').fill('Hacking empire renamed');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('saved-view-name')).toHaveText('Hacking empire renamed');
  await page.goto('/views');
  await expect(page.getByTestId('saved-views')).toContainText('Hacking empire renamed');
});

test('a snapshot view opens with its saved elements after the data changed; a live one re-runs', async ({
  page,
  browser,
  request,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const savedNodes = await explorer.nodeIds();
  const savedEdges = (await explorer.edgeIds()).sort();
  const snapshotPath = new URL(await explorer.saveView('Hacking empire frozen', 'snapshot'))
    .pathname;
  await page.getByRole('button', { name: 'Done' }).click();
  const livePath = new URL(await explorer.saveView('Hacking empire live', 'live')).pathname;

  // The graph changes: a new article takes up the narrative.
  const probe = 'Article:https://e2e.narragraph.test/wire/snapshot-probe';
  const ingested = await ingestThroughApi(request, [
    {
      title: 'Wire repeats the hacking empire line',
      date: '2023-06-01',
      source: 'Test Wire',
      url: 'https://e2e.narragraph.test/wire/snapshot-probe',
      text: 'Pyongyang, June 1 (KCNA) -- The "hacking empire" is the United States, the wire said.',
    },
  ]);
  expect(ingested).toEqual({
    data: { ingestArticles: { articles: [{ status: 'CREATED' }] } },
  });

  const fresh = await freshPage(browser);
  try {
    const exploring: string[] = [];
    fresh.page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (/ExplorerNeighborhood|ExplorerPaths/.test(body)) exploring.push(r.url());
    });
    const other = new ExplorerPage(fresh.page);
    await other.goto(snapshotPath);
    await expect(fresh.page.getByTestId('saved-view-name')).toHaveText('Hacking empire frozen');
    await other.waitForGraph(savedNodes.length);
    expect(await other.nodeIds()).toEqual(savedNodes);
    expect((await other.edgeIds()).sort()).toEqual(savedEdges);
    await expect(fresh.page.getByTestId('data-changed')).toHaveCount(0);
    await expect(fresh.page.getByTestId('snapshot-missing')).toHaveCount(0);

    // A fork of the snapshot is an exact copy made on the server: the saved elements, not the
    // changed graph's, and the fork is this browser's to edit.
    const forkPath = new URL(await other.forkView()).pathname;
    expect(forkPath).not.toBe(snapshotPath);
    await other.goto(forkPath);
    await expect(fresh.page.getByTestId('saved-view-name')).toHaveText(
      'Hacking empire frozen (fork)',
    );
    await expect(fresh.page.getByTestId('view-owner')).toBeVisible();
    await other.waitForGraph(savedNodes.length);
    expect(await other.nodeIds()).toEqual(savedNodes);
    expect(await other.nodeIds()).not.toContain(probe);
    expect((await other.edgeIds()).sort()).toEqual(savedEdges);

    // The live view re-runs the exploration: it shows the new article and says the data changed.
    await other.goto(livePath);
    await expect(fresh.page.getByTestId('saved-view-name')).toHaveText('Hacking empire live');
    await expect(fresh.page.getByTestId('data-changed')).toBeVisible();
    await expect.poll(() => other.nodeIds()).toContain(probe);
    // Both drew from the server's first paint: the snapshot never re-ran the exploration at all.
    expect(exploring).toEqual([]);
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});
