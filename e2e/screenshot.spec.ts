import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

/**
 * The README's screenshot: the explorer on the demo seed page's "hacking empire" narrative. Every
 * run writes it to test-results/; `UPDATE_SCREENSHOTS=1` also writes docs/images/explorer.png, the
 * file the README shows (pixels differ run to run, so the committed one changes only on purpose).
 */
test('the README screenshot shows the narrative with its articles drawn', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.openNarrative();
  const png = await page.screenshot({ fullPage: false });
  await mkdir('test-results', { recursive: true });
  await writeFile(path.join('test-results', 'explorer.png'), png);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(path.join('docs', 'images'), { recursive: true });
    await writeFile(path.join('docs', 'images', 'explorer.png'), png);
  }
  const ids = await explorer.nodeIds();
  expect({
    narrative: ids.includes('Narrative:hacking-empire'),
    articles: ids.filter((id) => id.startsWith('Article:')).length >= 3,
    png: png.length > 10_000,
  }).toEqual({ narrative: true, articles: true, png: true });
});
