import type { Page } from 'playwright';

/** What the bench page exposes of its Cytoscape, as far as finding a spot needs. */
interface SpotWindow {
  __bench?: {
    cy?: {
      container(): HTMLElement | null;
      nodes(): { renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number } }[];
    };
  };
}

/**
 * Where a person would press to pan: an empty spot of the bench page's canvas near a corner (after
 * a fit, the padding is empty), in page coordinates; undefined when there is none.
 */
export function emptySpot(page: Page): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(() => {
    const cy = (window as SpotWindow).__bench?.cy;
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !box) return undefined;
    const boxes = cy.nodes().map((node) => node.renderedBoundingBox());
    const free = (x: number, y: number) =>
      boxes.every((b) => x < b.x1 - 4 || x > b.x2 + 4 || y < b.y1 - 4 || y > b.y2 + 4);
    for (let inset = 8; inset < Math.min(box.width, box.height) / 2; inset += 12) {
      for (const [x, y] of [
        [inset, inset],
        [box.width - inset, inset],
        [inset, box.height - inset],
        [box.width - inset, box.height - inset],
      ] as const) {
        if (free(x, y)) return { x: box.left + x, y: box.top + y };
      }
    }
    return undefined;
  });
}

/** Drags from `start` 40 px out and back, one mouse move after another, for `ms`. */
export async function dragFor(page: Page, start: { x: number; y: number }, ms: number) {
  const began = Date.now();
  for (let i = 0; Date.now() - began < ms; i += 1) {
    const offset = (i % 20 < 10 ? i % 10 : 10 - (i % 10)) * 4;
    await page.mouse.move(start.x + offset, start.y + offset / 2);
  }
}
