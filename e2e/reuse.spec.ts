import { expect, test } from './fixtures';
import { EntityPage } from './pages/entity-page';

const EARLIER = 'Article:https://e2e.narragraph.test/kcna/waterway-completed';
const PARAGRAPH_START = 'The working people of the province turned out as one';

test('article page shows reused text side by side, and where it reappears, linked both ways', async ({
  page,
}) => {
  const entity = new EntityPage(page);
  await entity.goto(EARLIER);
  const reusedBy = page.getByTestId('article-reused-by');
  await expect(reusedBy).toContainText('Feats of waterway builders recalled');
  // Both sides of the passage: this article's and the later one's.
  await expect(reusedBy.locator('blockquote').filter({ hasText: PARAGRAPH_START })).toHaveCount(2);

  await reusedBy.getByRole('link', { name: 'Feats of waterway builders recalled' }).click();
  await expect(entity.title).toHaveText('Feats of waterway builders recalled');
  const reuses = page.getByTestId('article-reuses');
  await expect(reuses.locator('blockquote').filter({ hasText: PARAGRAPH_START })).toHaveCount(2);
  await expect(
    reuses.getByRole('link', { name: 'Waterway completed in the province' }),
  ).toHaveAttribute('href', EntityPage.path(EARLIER));
});
