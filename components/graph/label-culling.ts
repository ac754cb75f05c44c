/**
 * Label culling: which node labels to leave undrawn so that no two drawn labels overlap. Font
 * sizes are in model units, so two labels overlap at every zoom or at none: the choice depends
 * on positions only and is made again when they change, never per frame.
 */

/** A node label's box (model coordinates) and what ranks it against the labels it overlaps. */
export interface LabelCandidate {
  readonly id: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Kept before every other label: the selection, seeds and pinned nodes. */
  readonly favoured: boolean;
  /** Relations in the graph: hubs keep their labels before leaves. */
  readonly degree: number;
}

type Box = Pick<LabelCandidate, 'x1' | 'y1' | 'x2' | 'y2'>;

/** Overlap with positive area: labels that only touch may both stay. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function rank(a: LabelCandidate, b: LabelCandidate): number {
  if (a.favoured !== b.favoured) return a.favoured ? -1 : 1;
  if (a.degree !== b.degree) return b.degree - a.degree;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The ids whose labels to hide. Greedy in rank order: a label stays unless it overlaps one kept
 * before it. Kept boxes sit in a uniform grid of about one label per cell, so each candidate is
 * tested against its neighbours only.
 */
export function labelsToHide(candidates: readonly LabelCandidate[]): Set<string> {
  const boxes = candidates.filter(
    (c) => Number.isFinite(c.x1 + c.y1 + c.x2 + c.y2) && c.x2 > c.x1 && c.y2 > c.y1,
  );
  const hidden = new Set<string>();
  if (boxes.length < 2) return hidden;
  let width = 0;
  let height = 0;
  let widest = 0;
  let tallest = 0;
  for (const b of boxes) {
    width += b.x2 - b.x1;
    height += b.y2 - b.y1;
    widest = Math.max(widest, b.x2 - b.x1);
    tallest = Math.max(tallest, b.y2 - b.y1);
  }
  // The mean label per cell, but no box over more than 9 × 9 cells.
  const cellW = Math.max(width / boxes.length, widest / 8);
  const cellH = Math.max(height / boxes.length, tallest / 8);
  const grid = new Map<string, Box[]>();
  const cells = (b: Box): string[] => {
    const out: string[] = [];
    const [cx1, cx2] = [Math.floor(b.x1 / cellW), Math.floor(b.x2 / cellW)];
    const [cy1, cy2] = [Math.floor(b.y1 / cellH), Math.floor(b.y2 / cellH)];
    for (let x = cx1; x <= cx2; x++) for (let y = cy1; y <= cy2; y++) out.push(`${x},${y}`);
    return out;
  };
  for (const c of [...boxes].sort(rank)) {
    const mine = cells(c);
    if (mine.some((cell) => grid.get(cell)?.some((kept) => boxesOverlap(c, kept)))) {
      hidden.add(c.id);
      continue;
    }
    for (const cell of mine) {
      const list = grid.get(cell);
      if (list === undefined) grid.set(cell, [c]);
      else list.push(c);
    }
  }
  return hidden;
}
