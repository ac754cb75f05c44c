import { expect, test } from './fixtures';

// The bench page draws a synthetic 2,000-node view through the explorer's own canvas: big
// enough for the layout worker to paint a preview before Cytoscape draws (first-paint-preview.ts).
test('a big view is painted by its layout worker, then handed to Cytoscape where it was painted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/bench/graph?n=2000&mode=explorer');
  await page.waitForFunction(() => window.__narragraph?.firstPaint()?.handedOver === true, null, {
    timeout: 90_000,
  });
  const handover = await page.evaluate(() => {
    const hook = window.__narragraph;
    const paint = hook?.firstPaint();
    const drawn = hook?.nodes() ?? [];
    const { zoom, pan } = hook?.viewport() ?? { zoom: NaN, pan: { x: NaN, y: NaN } };
    const painted = paint?.viewport;
    // How far, in screen pixels, a node Cytoscape draws is from where the preview painted it.
    let worst = drawn.length === 0 ? Infinity : 0;
    for (const n of drawn) {
      const p = paint?.positions[n.id];
      if (p === undefined || painted === undefined) {
        worst = Infinity;
        continue;
      }
      const dx = n.x * zoom + pan.x - (p.x * painted.zoom + painted.pan.x);
      const dy = n.y * zoom + pan.y - (p.y * painted.zoom + painted.pan.y);
      worst = Math.max(worst, Math.hypot(dx, dy));
    }
    return {
      nodes: drawn.length,
      painted: Object.keys(paint?.positions ?? {}).length,
      worstPx: worst,
      layerGone: document.querySelector('[data-testid="first-paint-preview"]') === null,
    };
  });
  expect({ ...handover, worstPx: handover.worstPx < 0.5 }).toEqual({
    nodes: 2000,
    painted: 2000,
    worstPx: true,
    layerGone: true,
  });
});
