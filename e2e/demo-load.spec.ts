import {
  clearDemoLoadStatus,
  demoLoadStatusPath,
  writeDemoLoadStatus,
} from '../app/_lib/demo-load-status';
import { expect, test } from './fixtures';

// `npm start` loads the demo data behind a running app and reports its progress through the status
// file (scripts/lib/demo-data.ts); here the spec plays the loader and watches what a page shows.
test.afterEach(() => clearDemoLoadStatus(demoLoadStatusPath()));

test('a page says the demo data is loading, follows its progress and drops the notice when done', async ({
  page,
}) => {
  const startedAt = new Date().toISOString();
  const report = (stored: number, fraction: number) =>
    writeDemoLoadStatus({ stored, fraction, startedAt, pid: process.pid });
  report(120, 0.25);
  await page.goto('/');
  const notice = page.getByTestId('demo-load');
  await expect(notice).toContainText('Loading the demo data: 120 articles stored');
  await expect(page.getByTestId('demo-load-percent')).toHaveText('25');

  report(640, 0.6);
  await expect(page.getByTestId('demo-load-percent')).toHaveText('60');

  clearDemoLoadStatus();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Narragraph', level: 1 })).toBeVisible();
});

test('a status left by a loader that is gone is not shown', async ({ page }) => {
  // No process has pid 2^22 + 1 (above Linux's pid_max default): the loader is gone.
  writeDemoLoadStatus({
    stored: 5,
    fraction: 0.1,
    startedAt: new Date().toISOString(),
    pid: 4194305,
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Narragraph', level: 1 })).toBeVisible();
  await expect(page.getByTestId('demo-load')).toHaveCount(0);
});
