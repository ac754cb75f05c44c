import { describe, expect, it } from 'vitest';
import { lodCandidates, type LodNode } from './lod-labels';

const node = (id: string, x: number, degree: number, favoured = false): LodNode => ({
  id,
  x,
  y: 0,
  degree,
  favoured,
});

describe('lodCandidates', () => {
  it('labels only nodes on screen, favoured first, then hubs, at most max', () => {
    const nodes = [
      node('leaf', 10, 1),
      node('hub', 20, 50),
      node('off-screen hub', 5000, 99),
      node('seed', 30, 0, true),
      node('mid', 40, 10),
    ];
    expect(lodCandidates(nodes, { x1: 0, y1: -100, x2: 100, y2: 100 }, 3)).toEqual([
      'seed',
      'hub',
      'mid',
    ]);
  });
});
