import { expect, test } from './fixtures';
import { ingestThroughApi } from './pages/ingest-api';

const WORDS = 'albatross lighthouse';
const SENTENCE = 'A new albatross lighthouse was lit on the east coast.';

test('a watch created in the browser shows the alert an ingested article raises, with its evidence', async ({
  page,
  request,
}) => {
  await page.goto('/watches');
  await page.getByTestId('watch-open').click();
  await page.getByTestId('watch-query').fill(WORDS);
  await page.getByTestId('watch-name').fill('Lighthouses');
  await page.getByTestId('watch-submit').click();
  await page.getByTestId('watch-created').getByRole('link', { name: 'Open its alerts' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lighthouses');
  await expect(page.getByTestId('alerts-empty')).toBeVisible();
  const watchId = new URL(page.url()).pathname.split('/').pop() ?? '';

  const ingested = await ingestThroughApi(request, [
    {
      title: 'Lighthouse report',
      date: '2024-05-02',
      source: 'Test Wire',
      url: 'https://e2e.narragraph.test/wire/lighthouse',
      text: `${SENTENCE}\nFishermen welcomed it.`,
    },
  ]);
  expect(ingested).toEqual({
    data: { ingestArticles: { articles: [{ status: 'CREATED' }] } },
  });

  await page.reload();
  await expect(page.getByTestId('alert-title')).toHaveText(
    `“Lighthouse report” matches “${WORDS}”`,
  );
  await expect(page.getByTestId('alert-evidence')).toHaveText(SENTENCE);
  await expect(page.getByTestId('watches-badge')).toHaveText('1');

  const feed = await request.get(`/feeds/watches/${watchId}.atom`);
  expect([
    feed.status(),
    feed.headers()['content-type'],
    (await feed.text()).includes(SENTENCE),
  ]).toEqual([200, 'application/atom+xml; charset=utf-8', true]);

  await page.getByTestId('watch-mark-read').click();
  await expect(page.getByTestId('watches-badge')).toHaveCount(0);
});
