import { expect, test } from './fixtures';
import { EntityPage } from './pages/entity-page';

const NARRATIVE = 'Narrative:hacking-empire';
const RODONG_ARTICLE = 'Article:https://e2e.narragraph.test/rodong/hacking-empire-again';
const HOSTILE_ARTICLE = 'Article:https://e2e.narragraph.test/kcna/hostile-markup';

test('narrative page: facts, evidence, local graph, links onward to an article and its source', async ({
  page,
}) => {
  const entity = new EntityPage(page);
  await entity.goto(NARRATIVE);
  await expect(entity.title).toHaveText('hacking empire');
  await expect(page.getByTestId('narrative-articles')).toContainText('hacking empire');
  expect(await entity.localNodeIds()).toContain(NARRATIVE);

  await page
    .getByTestId('narrative-articles')
    .getByRole('link', { name: 'Hacking empire again slanders others over cyber security' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/article/${encodeURIComponent(RODONG_ARTICLE)}$`));
  await expect(entity.title).toHaveText('Hacking empire again slanders others over cyber security');
  const text = page.getByTestId('article-text');
  await expect(text).toContainText('The United States, a “hacking empire”');
  // Mentions inside evidence sentences are marked and link to their nodes.
  await expect(text.locator('mark a').first()).toBeVisible();
  await expect(page.getByTestId('article-mentions')).toContainText('United States');
  expect(await entity.localNodeIds()).toContain(RODONG_ARTICLE);

  await entity.card.getByRole('link', { name: 'Rodong Sinmun' }).click();
  await expect(entity.title).toHaveText('Rodong Sinmun');
  await expect(page.getByTestId('source-articles')).toContainText('Hacking empire again');
});

test('actor and event pages render and link back to articles', async ({ page }) => {
  const entity = new EntityPage(page);
  await entity.goto('Actor:country:united-states');
  await expect(entity.title).toHaveText('United States');
  await expect(page.getByTestId('actor-mentioned-in')).toContainText('hacking empire');
  await page.getByTestId('actor-mentioned-in').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/article\//);
  await expect(page.getByTestId('article-text')).toBeVisible();

  // Whatever event the article cites, its page lists the articles citing it.
  await entity.goto(RODONG_ARTICLE);
  const eventLink = page.locator('a[href^="/event/"]').first();
  await expect(eventLink).toBeVisible();
  await eventLink.click();
  await expect(page.getByTestId('event-cited-by')).toBeVisible();
  await expect(page.getByTestId('event-cited-by').getByRole('link').first()).toBeVisible();
});

test('hostile article text and titles render as text, never as markup', async ({ page }) => {
  const entity = new EntityPage(page);
  await entity.goto(HOSTILE_ARTICLE);
  await expect(entity.title).toContainText('<script>window.__pwned=1</script>');
  await expect(page.getByTestId('article-text')).toContainText('<img src=x onerror=');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
});

test('unknown ids and slugs answer 404 with the not-found page', async ({
  page,
  consoleErrors,
}) => {
  const paths = [
    EntityPage.path('Actor:country:atlantis'),
    EntityPage.path('Article:https://e2e.narragraph.test/never-ingested'),
    EntityPage.path('Source:no-such-outlet'),
    EntityPage.path('Event:1950-06-25:day:no-such-event'),
    EntityPage.path('Narrative:no-such-narrative'),
    // Malformed ids (wrong kind for the route) are unknown too.
    `/actor/${encodeURIComponent(NARRATIVE)}`,
    '/v/doesnotexist',
    '/v/not a slug',
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId('not-found'), path).toBeVisible();
    await expect(page.getByTestId('page-loading'), path).toHaveCount(0);
  }
  // The explorer keeps its loading boundary and answers 200.
  expect((await page.goto('/'))?.status()).toBe(200);
  // Each 404 above is logged by the browser and recorded by the fixture; only those are expected.
  const expected = (line: string) =>
    line.startsWith('HTTP 404 ') || /status of 404 \(Not Found\)/.test(line);
  const unexpected = consoleErrors.filter((line) => !expected(line));
  expect(consoleErrors.length - unexpected.length).toBeGreaterThanOrEqual(paths.length);
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
