import { describe, expect, it } from 'vitest';
import { boxIndex, elementsAt, hitMargin } from './hit-candidates';

const boxes = {
  a: { x1: 0, y1: 0, x2: 10, y2: 10 },
  b: { x1: 5, y1: 5, x2: 30, y2: 8 },
  c: { x1: 100, y1: 100, x2: 110, y2: 110 },
};
const index = boxIndex(['a', 'b', 'c'] as const, (id) => boxes[id]);

describe('elementsAt', () => {
  it('keeps, in index order, every element whose widened box holds the point', () => {
    expect(elementsAt(index, 7, 7, 0)).toEqual(['a', 'b']);
  });

  it('widens each box by the margin on every side', () => {
    expect(elementsAt(index, 95, 112, 5)).toEqual(['c']);
  });

  it('keeps nothing far from every box', () => {
    expect(elementsAt(index, 60, 60, 5)).toEqual([]);
  });
});

describe('hitMargin', () => {
  it("is Cytoscape's edge tolerance in model units (8 px, 24 for touch) and one unit more", () => {
    expect([hitMargin(0.5, false), hitMargin(2, true)]).toEqual([17, 13]);
  });
});
