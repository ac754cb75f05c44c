import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** A node as the canvas test hook reports it (model coordinates). */
export interface HookNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The explorer (home page, saved views, local graphs) driven through its controls, read through
 * `window.__narragraph`: assertions are about graph state, not pixels.
 */
export class ExplorerPage {
  readonly searchInput: Locator;
  readonly searchResults: Locator;
  readonly canvas: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.searchInput = page.getByTestId('search-input');
    this.searchResults = page.getByTestId('search-results');
    this.canvas = page.getByTestId('graph-canvas');
    this.toolbar = page.getByTestId('toolbar');
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.canvas).toBeVisible();
    // Hydrated: the controls have their handlers (the server-rendered ones are disabled before).
    await expect(this.page.getByTestId('explorer')).toHaveAttribute('data-ready', 'true');
    await this.page.waitForFunction(() => window.__narragraph !== undefined);
  }

  async nodes(): Promise<HookNode[]> {
    return this.page.evaluate(() => window.__narragraph?.nodes() ?? []);
  }

  async nodeIds(): Promise<string[]> {
    return (await this.nodes()).map((n) => n.id).sort();
  }

  async edgeIds(): Promise<string[]> {
    return this.page.evaluate(() => (window.__narragraph?.edges() ?? []).sort());
  }

  async nodeCount(): Promise<number> {
    return (await this.nodes()).length;
  }

  /** Waits until the canvas has settled (see the hook's `settled`) with at least `min` nodes. */
  async waitForGraph(min = 1): Promise<void> {
    const settled = (n: number) => {
      const hook = window.__narragraph;
      return hook !== undefined && hook.nodes().length >= n && hook.settled;
    };
    await this.page.waitForFunction(settled, min, { timeout: 20_000 });
    // The inspector's evidence requests can still resize the panels beside the canvas.
    await this.page.waitForLoadState('networkidle');
    await this.page.waitForFunction(settled, min);
  }

  /** Waits until the drawn node count satisfies `predicate`. */
  async waitForCount(predicate: (count: number) => boolean, message: string): Promise<number> {
    let count = -1;
    await expect
      .poll(
        async () => {
          count = await this.nodeCount();
          return predicate(count);
        },
        { message, timeout: 20_000 },
      )
      .toBe(true);
    return count;
  }

  async search(query: string): Promise<void> {
    await this.searchInput.fill(query);
    await expect(this.searchResults).toBeVisible();
  }

  /** Clicks the first search hit whose text matches and waits for the graph to show it. */
  async pick(label: RegExp): Promise<void> {
    await this.searchResults.getByRole('button', { name: label }).first().click();
    // The hit list lies over the canvas: picking a hit closes it.
    await expect(this.searchResults).toBeHidden();
    await this.waitForGraph(1);
  }

  /** Opens the explorer on the "hacking empire" narrative through search. */
  async openNarrative(): Promise<void> {
    await this.goto('/');
    await this.search('hacking empire');
    await this.pick(/^hacking empire\b.*Narrative/);
    await this.waitForCount((n) => n > 3, 'the narrative and its articles are drawn');
    await this.waitForGraph(4);
  }

  /**
   * Shift-drags a box on the canvas around every drawn node but the one reaching furthest right
   * (Cytoscape box selection needs a modifier while panning is on); returns the ids the canvas then
   * selects. The box is measured on the nodes' bodies, which a box must contain for a node to
   * join: centres alone left a wide node next to the rightmost one outside the box.
   */
  async boxSelectAllButRightmost(): Promise<string[]> {
    const bodies = await this.page.evaluate(() => window.__narragraph?.nodeBodies() ?? []);
    const rightEdges = bodies.map((b) => b.x2).sort((a, b) => a - b);
    const box = await this.canvas.boundingBox();
    if (box === null) throw new Error('canvas has no box');
    const left = box.x + 3;
    const top = box.y + 3;
    // Between the two furthest right edges: every other body ends inside the box, that one not.
    const right = box.x + ((rightEdges.at(-2) ?? 0) + (rightEdges.at(-1) ?? 0)) / 2;
    const bottom = box.y + box.height - 3;
    await this.page.keyboard.down('Shift');
    await this.page.mouse.move(left, top);
    await this.page.mouse.down();
    await this.page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 5 });
    await this.page.mouse.move(right, bottom, { steps: 5 });
    await this.page.mouse.up();
    await this.page.keyboard.up('Shift');
    await expect(this.page.getByTestId('selection-actions')).toBeVisible();
    return this.page.evaluate(() => (window.__narragraph?.selected() ?? []).sort());
  }

  /**
   * Expands a node the way a keyboard user does: select it in the accessible list, then press
   * Expand in the inspector. Canvas double-clicks need screen coordinates that a late re-render
   * (the inspector opening resizes the canvas) can move, which made them flaky under load.
   */
  async expand(id: string): Promise<void> {
    const list = this.page.locator('details.list-panel');
    if (!(await list.evaluate((el) => (el as HTMLDetailsElement).open))) {
      await list.locator('summary').click();
    }
    const item = list.locator(`button[data-node-id="${id}"]`);
    await item.click();
    // The inspector now shows this node: its Expand is the one pressed below.
    await expect(item).toHaveAttribute('aria-current', 'true');
    await this.page
      .getByRole('group', { name: 'Node actions' })
      .getByRole('button', { name: 'Expand', exact: true })
      .click();
  }

  /** Unchecks (or checks) a node kind in the Filters menu. */
  async toggleKind(label: string): Promise<void> {
    await this.toolbar.locator('summary', { hasText: 'Filters' }).click();
    await this.page.getByTestId('filters').getByLabel(label, { exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Exports through the Export menu and returns the download. */
  async export(buttonName: RegExp): Promise<Download> {
    await this.toolbar.locator('summary', { hasText: 'Export' }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.toolbar.getByRole('button', { name: buttonName }).click(),
    ]);
    await this.page.keyboard.press('Escape');
    return download;
  }

  /** Saves the view under `name` and returns its absolute link. */
  async saveView(name: string, mode: 'live' | 'snapshot' = 'live'): Promise<string> {
    await this.page.getByTestId('save-view').click();
    await this.page.getByTestId('save-view-name').fill(name);
    await this.page.getByTestId(`save-view-${mode}`).check();
    return this.submitSaveView();
  }

  /** On a `/v/<slug>` page: forks the view under its proposed name; returns the fork's link. */
  async forkView(): Promise<string> {
    await this.page.getByTestId('fork-view').click();
    return this.submitSaveView();
  }

  private async submitSaveView(): Promise<string> {
    await this.page.getByTestId('save-view-submit').click();
    const link = this.page.getByTestId('saved-view-link');
    await expect(link).toHaveValue(/\/v\/[A-Za-z0-9_-]+$/);
    return link.inputValue();
  }
}
