import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { lodCandidates, refreshLodLabels, type LodNode } from './lod-labels';
import { BIG_VIEW_STYLESHEET } from './stylesheet';

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

describe('refreshLodLabels', () => {
  it('says whether it changed any label, so the canvas rebuilds its layers only then', () => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: BIG_VIEW_STYLESHEET,
      elements: [
        { data: { id: 'a', shortLabel: 'Alpha', size: 20, degree: 3 }, position: { x: 0, y: 0 } },
        { data: { id: 'b', shortLabel: 'Beta', size: 20, degree: 1 }, position: { x: 10, y: 0 } },
      ],
    });
    cy.zoom(2);
    const labelled = new Set<string>();
    const first = refreshLodLabels(cy, new Set(), labelled);
    const again = refreshLodLabels(cy, new Set(), labelled);
    cy.zoom(0.05);
    const hidden = refreshLodLabels(cy, new Set(), labelled);
    vi.unstubAllGlobals();
    expect([first, again, hidden, labelled.size]).toEqual([true, false, true, 0]);
  });
});
