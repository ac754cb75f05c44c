import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphSlice } from '@/model/graph-slice';
import { GRAPH_STYLESHEET } from './stylesheet';
import { edge, node, SAMPLE_SLICE } from './test-slices';
import { diffElements, drawableSlice, shortLabel, toElements } from './to-elements';

describe('toElements', () => {
  it('puts nodes before edges with flat data', () => {
    const els = toElements(SAMPLE_SLICE, { pinned: new Set(['Actor:us']) });
    expect(els.map((e) => e.group)).toEqual([
      ...Array<string>(6).fill('nodes'),
      ...Array<string>(5).fill('edges'),
    ]);
    const us = els.find((e) => e.data.id === 'Actor:us');
    expect(us?.classes).toBe('pinned');
    expect(us?.data.size).toBeGreaterThan(els[5]?.data.size as number);
    const mention = els.find((e) => e.data.id === 'MENTIONS:Article:a1->Actor:us');
    expect(mention?.data).toMatchObject({ evidenceCount: 1, typeLabel: 'mentions', weight: 3 });
    expect(mention?.data).not.toHaveProperty('evidence');
  });

  it('loads into a headless cytoscape with the stylesheet', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(SAMPLE_SLICE),
      style: GRAPH_STYLESHEET,
    });
    expect(cy.nodes()).toHaveLength(6);
    expect(cy.edges()).toHaveLength(5);
    expect(cy.$id('Actor:us').style('shape')).toBe('ellipse');
    expect(cy.$id('Event:korean-war').style('shape')).toBe('diamond');
    cy.destroy();
  });

  it('drops dangling edges and duplicate ids', () => {
    const slice: GraphSlice = {
      nodes: [node('Actor:a'), node('Actor:a', { label: 'dup' }), node('Actor:b')],
      edges: [
        edge('RELATED_TO', 'Actor:a', 'Actor:b'),
        edge('RELATED_TO', 'Actor:a', 'Actor:b'),
        edge('RELATED_TO', 'Actor:a', 'Actor:missing'),
      ],
      truncated: false,
    };
    const d = drawableSlice(slice);
    expect(d.nodes.map((n) => n.label)).toEqual(['a', 'b']);
    expect(d.edges).toHaveLength(1);
    expect(() => cytoscape({ headless: true, elements: toElements(slice) })).not.toThrow();
  });

  it('shortens labels on word boundaries', () => {
    expect(shortLabel('short')).toBe('short');
    const long = shortLabel(
      'Korean Central News Agency reports on the anniversary of the great victory',
      30,
    );
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('…')).toBe(true);
    expect(shortLabel('  a \n b  ')).toBe('a b');
  });
});

describe('diffElements', () => {
  it('adds everything to an empty graph', () => {
    const d = diffElements([], SAMPLE_SLICE);
    expect(d.add).toHaveLength(11);
    expect(d.remove).toEqual([]);
    expect(d.update).toEqual([]);
  });

  it('computes add, remove and update against a live headless graph', () => {
    const cy = cytoscape({ headless: true, elements: toElements(SAMPLE_SLICE) });
    const next: GraphSlice = {
      nodes: [
        ...SAMPLE_SLICE.nodes
          .filter((n) => n.id !== 'Narrative:aggression')
          .map((n) => (n.id === 'Actor:us' ? { ...n, degree: 121 } : n)),
        node('Actor:rok', { label: 'South Korea' }),
      ],
      edges: [
        ...SAMPLE_SLICE.edges.filter((e) => e.type !== 'ADVANCES'),
        edge('MENTIONS', 'Article:a1', 'Actor:rok'),
      ],
      truncated: false,
    };
    const ids = cy.elements().map((e) => e.id());
    const d = diffElements(ids, next, {
      currentData: (id) => cy.getElementById(id).data() as Record<string, unknown>,
    });
    expect(d.add.map((a) => a.data.id)).toEqual(['Actor:rok', 'MENTIONS:Article:a1->Actor:rok']);
    expect(d.remove.sort()).toEqual([
      'ADVANCES:Article:a1->Narrative:aggression',
      'Narrative:aggression',
    ]);
    expect(d.update.map((u) => u.id)).toEqual(['Actor:us']);

    // Applying the diff makes the graph equal to a fresh build of `next`.
    cy.batch(() => {
      for (const id of d.remove) cy.getElementById(id).remove();
      cy.add(d.add);
      for (const u of d.update) cy.getElementById(u.id).data(u.data);
    });
    const again = diffElements(
      cy.elements().map((e) => e.id()),
      next,
      {
        currentData: (id) => cy.getElementById(id).data() as Record<string, unknown>,
      },
    );
    expect(again).toEqual({ add: [], remove: [], update: [] });
    cy.destroy();
  });

  it('treats every kept element as updated without a data reader', () => {
    const d = diffElements(['Actor:us', 'Actor:gone'], {
      nodes: [node('Actor:us')],
      edges: [],
      truncated: false,
    });
    expect(d.update.map((u) => u.id)).toEqual(['Actor:us']);
    expect(d.remove).toEqual(['Actor:gone']);
  });

  it('re-adds an edge whose endpoints changed under the same id', () => {
    const moved = { ...edge('RELATED_TO', 'Actor:a', 'Actor:b'), id: 'x' };
    const d = diffElements(
      ['x', 'Actor:a', 'Actor:b', 'Actor:c'],
      {
        nodes: [node('Actor:a'), node('Actor:b'), node('Actor:c')],
        edges: [{ ...moved, target: 'Actor:c' }],
        truncated: false,
      },
      {
        currentData: (id) => (id === 'x' ? { source: 'Actor:a', target: 'Actor:b' } : undefined),
      },
    );
    expect(d.remove).toContain('x');
    expect(d.add.map((a) => a.data.id)).toEqual(['x']);
  });
});
