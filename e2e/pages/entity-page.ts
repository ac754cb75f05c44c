import { expect, type Locator, type Page } from '@playwright/test';

/** A node's page (`/article/…`, `/actor/…`…): card, evidence lists, local graph. */
export class EntityPage {
  readonly card: Locator;
  readonly title: Locator;
  readonly localGraph: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId('entity-card').first();
    this.title = page.getByRole('heading', { level: 1 });
    this.localGraph = page.getByTestId('local-graph');
  }

  static path(id: string): string {
    const kind = id.slice(0, id.indexOf(':')).toLowerCase();
    return `/${kind}/${encodeURIComponent(id)}`;
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(EntityPage.path(id));
    await expect(this.title).toBeVisible();
  }

  /** Node ids drawn by the local graph. */
  async localNodeIds(): Promise<string[]> {
    await this.page.waitForFunction(() => (window.__narragraph?.nodes().length ?? 0) > 0);
    return this.page.evaluate(() => (window.__narragraph?.nodes() ?? []).map((n) => n.id));
  }
}
