/**
 * Screenshots of the citation network for docs/citations.md, taken from a running app over a
 * large corpus (kcna-2011 ingested), not the demo data:
 *
 *   BASE_URL=http://127.0.0.1:3400 LINK_OUTLET=KBS REUSE_ARTICLE_ID='Article:…' \
 *     npx tsx scripts/citation-screenshots.ts
 *
 * Writes docs/images/citations-network.png (the Citations view), citations-evidence.png (the
 * evidence of the table's first link, or LINK_OUTLET's) and article-reuse.png (REUSE_ARTICLE_ID's
 * page: what it reuses and where its text reappears, passages side by side).
 */
import path from 'node:path';
import { chromium } from 'playwright';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const OUT = path.resolve(process.cwd(), 'docs/images');

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('open-citations').click();
  await page.getByTestId('citations-view').waitFor();
  await page.waitForFunction(
    () => {
      const hook = window.__narragraphCitations;
      return hook !== undefined && hook.edges().length > 0 && !hook.layoutRunning;
    },
    undefined,
    { timeout: 60_000 },
  );
  await page.screenshot({ path: path.join(OUT, 'citations-network.png') });

  // The table's Evidence button: in a star around one publisher, nodes cover the arrows' midpoints.
  const row = page
    .getByTestId('citation-links')
    .locator('tbody tr')
    .filter({ hasText: process.env.LINK_OUTLET ?? '' })
    .first();
  await row.getByRole('button', { name: 'Evidence' }).click();
  await page.getByTestId('citation-evidence-item').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUT, 'citations-evidence.png') });

  const articleId = process.env.REUSE_ARTICLE_ID;
  if (articleId === undefined) throw new Error('REUSE_ARTICLE_ID names the article to show');
  await page.goto(`${BASE_URL}/article/${encodeURIComponent(articleId)}`);
  await page
    .getByTestId('article-reused-by')
    .or(page.getByTestId('article-reuses'))
    .first()
    .waitFor();
  await page
    .getByTestId('article-reused-by')
    .or(page.getByTestId('article-reuses'))
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'article-reuse.png') });
  await browser.close();
  console.log(`Wrote citations-network.png, citations-evidence.png, article-reuse.png to ${OUT}`);
}

await main();
