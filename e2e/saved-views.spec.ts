import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
  await explorer.goto('/');
  await explorer.search('hacking empire');
  await explorer.pick(/^hacking empire\b.*Narrative/);
  await explorer.waitForCount((n) => n > 3, 'the narrative and its articles are drawn');
  await explorer.waitForGraph(4);
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
    await fresh.page.getByTestId('fork-view').click();
    await fresh.page.getByTestId('save-view-submit').click();
    const forkLink = await fresh.page.getByTestId('saved-view-link').inputValue();
    expect(forkLink).toMatch(/\/v\/[A-Za-z0-9_-]+$/);
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
