import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawnLabels } from './pages/drawn-labels';

/** Opens the bench page's 2,000-node view in the explorer's canvas, drawn; the canvas's box. */
async function openDrawnView(page: Page) {
  test.setTimeout(120_000);
  await page.goto('/bench/graph?n=2000&mode=explorer');
  await expect(page.getByTestId('bench-status')).toContainText('done', { timeout: 90_000 });
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (box === null) throw new Error('no canvas');
  return box;
}

// The bench page draws a synthetic view through the explorer's own canvas (served here because
// the e2e server sets NARRAGRAPH_BENCH_PAGES=1); the explorer's data never gets this big.
test('a 2,000-node view is laid out before its first draw, then drawn once, fitted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // From navigation on, every frame notes what the canvas holds, so the first frame with nodes
  // can be asked whether the layout was still running then.
  await page.addInitScript(() => {
    const probe = { frames: 0, firstNodesFrame: -1, runningAtFirstNodes: true, maxCount: 0 };
    (window as unknown as { __drawProbe: typeof probe }).__drawProbe = probe;
    const tick = () => {
      probe.frames += 1;
      const hook = window.__narragraph;
      const count = hook?.nodes().length ?? 0;
      if (count > 0 && probe.firstNodesFrame < 0) {
        probe.firstNodesFrame = probe.frames;
        probe.runningAtFirstNodes = hook?.layoutRunning ?? true;
      }
      probe.maxCount = Math.max(probe.maxCount, count);
      if (count < 2000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto('/bench/graph?n=2000&mode=explorer');
  await expect(page.getByTestId('bench-status')).toContainText('done', { timeout: 90_000 });
  const state = await page.evaluate(() => {
    const hook = window.__narragraph;
    const probe = (window as unknown as { __drawProbe: Record<string, number | boolean> })
      .__drawProbe;
    const nodes = hook?.nodes() ?? [];
    const { zoom, pan } = hook?.viewport() ?? { zoom: 1, pan: { x: 0, y: 0 } };
    const box = document.querySelector('[data-testid="graph-canvas"]')?.getBoundingClientRect();
    const onScreen = nodes.filter((n) => {
      const x = n.x * zoom + pan.x;
      const y = n.y * zoom + pan.y;
      return box !== undefined && x >= 0 && y >= 0 && x <= box.width && y <= box.height;
    }).length;
    return {
      probe,
      count: nodes.length,
      distinct: new Set(nodes.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`)).size,
      onScreen,
      running: hook?.layoutRunning,
    };
  });
  expect(state.count).toBe(2000);
  // The nodes appeared with the layout already finished, all at once.
  expect(state.probe.runningAtFirstNodes).toBe(false);
  expect(state.running).toBe(false);
  // Laid out (not stacked), and the fit shows every node.
  expect(state.distinct).toBeGreaterThan(1900);
  expect(state.onScreen).toBe(2000);
});

test('zoomed into a 2,000-node view, the nodes on screen get labels and no two overlap', async ({
  page,
}) => {
  const box = await openDrawnView(page);
  // The fitted overview is too far out for labels; wheel notches bring them in (font 11 drawn
  // from 9 px: zoom 0.82, or half that where Cytoscape rounds the scale up).
  const zoom = () => page.evaluate(() => window.__narragraph?.viewport().zoom ?? 0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40 && (await zoom()) < 0.9; i += 1) await page.mouse.wheel(0, -200);
  await page.waitForFunction(() => window.__narragraph?.settled === true);
  const labels = await page.evaluate(() => window.__narragraph?.labels() ?? []);
  const { drawn, clashes } = drawnLabels(labels);
  expect({ someDrawn: drawn.length >= 10, clashes }).toEqual({ someDrawn: true, clashes: [] });
});

test('a big view moves on its elements canvas alone, unfiltered, and shows a drag or a box on its own canvas', async ({
  page,
}) => {
  const box = await openDrawnView(page);
  await page.waitForFunction(() => window.__narragraph?.settled === true);
  // Which of Cytoscape's canvases are shown, and whether the elements' one filters its bitmaps.
  const look = () =>
    page.evaluate(() => {
      const layer = (id: string) =>
        document.querySelector<HTMLCanvasElement>(
          `[data-testid="graph-canvas"] canvas[data-id="${id}"]`,
        );
      const shown = (id: string) => {
        const c = layer(id);
        return c !== null && getComputedStyle(c).display !== 'none';
      };
      return {
        drag: shown('layer1-drag'),
        box: shown('layer0-selectbox'),
        filtered: layer('layer2-node')?.getContext('2d')?.imageSmoothingEnabled ?? null,
      };
    });
  const atRest = await look();
  // A pan: the viewport event turns filtering off in the same task.
  const panning = await page.evaluate(() => {
    const cy = (window as { __bench?: { cy?: { panBy(by: { x: number; y: number }): void } } })
      .__bench?.cy;
    cy?.panBy({ x: 5, y: 5 });
    const node = document.querySelector<HTMLCanvasElement>(
      '[data-testid="graph-canvas"] canvas[data-id="layer2-node"]',
    );
    return node?.getContext('2d')?.imageSmoothingEnabled ?? null;
  });
  await page.waitForFunction(() => window.__narragraph?.settled === true);
  const rested = await look();
  // The biggest node, grabbed and dragged.
  const hub = await page.evaluate(() =>
    (window.__narragraph?.nodeBodies() ?? []).reduce((a, b) => (b.x2 - b.x1 > a.x2 - a.x1 ? b : a)),
  );
  await page.mouse.move(box.x + (hub.x1 + hub.x2) / 2, box.y + (hub.y1 + hub.y2) / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + (hub.x1 + hub.x2) / 2 + 30, box.y + (hub.y1 + hub.y2) / 2, {
    steps: 3,
  });
  const dragging = await look();
  await page.mouse.up();
  const dropped = await look();
  // A box from the empty corner.
  await page.keyboard.down('Shift');
  await page.mouse.move(box.x + 3, box.y + 3);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 90, { steps: 5 });
  const boxing = await look();
  await page.mouse.up();
  await page.keyboard.up('Shift');
  const boxed = await look();
  const none = { drag: false, box: false, filtered: true };
  expect({ atRest, panning, rested, dragging, dropped, boxing, boxed }).toEqual({
    atRest: none,
    panning: false,
    rested: none,
    dragging: { drag: true, box: false, filtered: true },
    dropped: none,
    boxing: { drag: false, box: true, filtered: true },
    boxed: none,
  });
});

test('a big view pans a picture of what it draws at rest, and hands back to Cytoscape at rest', async ({
  page,
}) => {
  await openDrawnView(page);
  await page.waitForFunction(() => window.__narragraph?.settled === true);
  // The picture is drawn from Cytoscape's layer bitmaps, which it builds in idle frames after a
  // draw: wait until those of this zoom are complete (Cytoscape 3.34's layered texture cache).
  await page.waitForFunction(() => {
    const cy = (window as { __bench?: { cy?: { zoom(): number; renderer(): unknown } } }).__bench
      ?.cy;
    const r = cy?.renderer() as
      | {
          getPixelRatio(): number;
          getCachedZSortedEles(): { nondrag: unknown };
          data: {
            lyrTxrCache: {
              layersQueue: { size(): number };
              levelIsComplete(level: number, eles: unknown): boolean;
            };
          };
        }
      | undefined;
    if (cy === undefined || r === undefined) return false;
    const layers = r.data.lyrTxrCache;
    const level = Math.ceil(Math.log2(cy.zoom() * r.getPixelRatio()));
    return (
      layers.layersQueue.size() === 0 &&
      layers.levelIsComplete(level, r.getCachedZSortedEles().nondrag)
    );
  });
  // Three frames of `panBy`, then what the pan's last frame showed: the picture (or nothing),
  // read where it sits over the viewport, and kept in the page.
  const onPicture = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const cy = (window as { __bench?: { cy?: { panBy(by: { x: number; y: number }): void } } })
          .__bench?.cy;
        const root = document.querySelector('[data-testid="graph-canvas"]');
        const picture = root?.querySelector<HTMLCanvasElement>('canvas[data-id="pan-overlay"]');
        const elements = root?.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]');
        let frames = 0;
        const tick = () => {
          if (frames < 3) {
            cy?.panBy({ x: 3, y: 2 });
            frames += 1;
            requestAnimationFrame(tick);
            return;
          }
          const shown =
            picture !== null &&
            picture !== undefined &&
            elements !== null &&
            elements !== undefined &&
            picture.style.display !== 'none' &&
            elements.style.visibility === 'hidden';
          if (shown) {
            const at = new DOMMatrix(picture.style.transform);
            (window as { __panned?: Uint8ClampedArray }).__panned = picture
              .getContext('2d')
              ?.getImageData(-at.e, -at.f, elements.width, elements.height).data;
          }
          resolve(shown);
        };
        requestAnimationFrame(tick);
      }),
  );
  await page.waitForFunction(() => window.__narragraph?.settled === true);
  // At rest: Cytoscape's canvas again, compared with the picture pixel by pixel.
  const rested = await page.evaluate(() => {
    const root = document.querySelector('[data-testid="graph-canvas"]');
    const picture = root?.querySelector<HTMLCanvasElement>('canvas[data-id="pan-overlay"]');
    const elements = root?.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]');
    const now = elements
      ?.getContext('2d')
      ?.getImageData(0, 0, elements.width, elements.height).data;
    const panned = (window as { __panned?: Uint8ClampedArray }).__panned;
    let painted = 0;
    let differing = 0;
    for (let i = 0; now !== undefined && i < now.length; i += 4) {
      if ((now[i + 3] ?? 0) > 0) painted += 1;
      for (let c = 0; c < 4; c += 1) {
        // More than a rounding step apart.
        if (Math.abs((now[i + c] ?? 0) - (panned?.[i + c] ?? -255)) > 2) {
          differing += 1;
          break;
        }
      }
    }
    return {
      sameSize: now !== undefined && panned !== undefined && now.length === panned.length,
      somethingDrawn: painted > 1000,
      differing,
      pictureShown: picture !== null && picture !== undefined && picture.style.display !== 'none',
      elementsShown: elements?.style.visibility !== 'hidden',
    };
  });
  expect({ onPicture, ...rested }).toEqual({
    onPicture: true,
    sameSize: true,
    somethingDrawn: true,
    differing: 0,
    pictureShown: false,
    elementsShown: true,
  });
});
