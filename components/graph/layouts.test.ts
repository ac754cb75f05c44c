import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LAYOUT_NAMES } from '@/model/view-state';
import {
  BIG_GRAPH_NODES,
  BIG_LAYOUT_SPEC,
  FCOSE_DRAFT_OPTIONS,
  FCOSE_OPTIONS,
  SPECTRAL_FROM_NODES,
  bigLayoutSpec,
  TIMELINE_LANES,
  layoutOptions,
  timelinePositions,
} from './layouts';
import { registerExtensions } from './register-extensions';
import { SAMPLE_SLICE } from './test-slices';
import { toElements } from './to-elements';

describe('layout options', () => {
  it('are frozen', () => {
    expect(Object.isFrozen(FCOSE_OPTIONS)).toBe(true);
    expect(Object.isFrozen(FCOSE_DRAFT_OPTIONS)).toBe(true);
  });

  it('use draft quality without animation for big graphs', () => {
    const big = layoutOptions('fcose', { nodeCount: BIG_GRAPH_NODES }) as unknown as Record<
      string,
      unknown
    >;
    expect(big).toMatchObject({ quality: 'draft', animate: false, randomize: true });
    const small = layoutOptions('fcose', { nodeCount: 10 }) as unknown as Record<string, unknown>;
    expect(small).toMatchObject({ quality: 'default', animate: true });
    // In a worker the better quality does not block input, up to SPECTRAL_FROM_NODES.
    const worker = layoutOptions('fcose', { nodeCount: BIG_GRAPH_NODES, offMainThread: true });
    expect(worker).toMatchObject({ quality: 'default', animate: false });
    const huge = layoutOptions('fcose', { nodeCount: SPECTRAL_FROM_NODES, offMainThread: true });
    expect(huge).toMatchObject({ quality: 'draft', animate: false });
  });

  it('replaces fcose by the bounded big-view layout in the worker from SPECTRAL_FROM_NODES on', () => {
    const ctx = { nodeCount: SPECTRAL_FROM_NODES, offMainThread: true };
    expect(bigLayoutSpec('fcose', ctx)).toBe(BIG_LAYOUT_SPEC);
    expect(bigLayoutSpec('fcose', { ...ctx, incremental: true })).toMatchObject({
      fromCurrent: true,
    });
    expect(bigLayoutSpec('fcose', { ...ctx, nodeCount: SPECTRAL_FROM_NODES - 1 })).toBeUndefined();
    expect(bigLayoutSpec('fcose', { ...ctx, offMainThread: false })).toBeUndefined();
    expect(bigLayoutSpec('concentric', ctx)).toBeUndefined();
  });

  it('refines incrementally and keeps pinned nodes fixed', () => {
    const o = layoutOptions('fcose', {
      nodeCount: 10,
      incremental: true,
      fixed: [{ nodeId: 'Actor:us', position: { x: 1, y: 2 } }],
    }) as unknown as Record<string, unknown>;
    expect(o.randomize).toBe(false);
    expect(o.fixedNodeConstraint).toEqual([{ nodeId: 'Actor:us', position: { x: 1, y: 2 } }]);
  });

  it('runs every layout headless', () => {
    registerExtensions();
    registerExtensions(); // idempotent
    const { positions } = timelinePositions(SAMPLE_SLICE.nodes, SAMPLE_SLICE.edges);
    for (const name of LAYOUT_NAMES) {
      const cy = cytoscape({ headless: true, elements: toElements(SAMPLE_SLICE) });
      const options = {
        ...layoutOptions(name, { nodeCount: 6, roots: ['Actor:us'], positions }),
        animate: false,
      };
      cy.layout(options).run();
      const xs = cy.nodes().map((n) => n.position('x'));
      expect(new Set(xs).size, name).toBeGreaterThan(1);
      cy.destroy();
    }
  });
});

describe('timelinePositions', () => {
  const { positions, lanes, range } = timelinePositions(SAMPLE_SLICE.nodes, SAMPLE_SLICE.edges);

  it('places dated nodes by date, left to right', () => {
    const x = (id: string) => positions[id]?.x ?? NaN;
    expect(x('Event:korean-war')).toBe(0);
    expect(x('Article:a1')).toBeLessThan(x('Article:a2'));
    expect(x('Article:a2')).toBe(2400);
    expect(range).toEqual({ from: '1950-06-25', to: '2024-07-27' });
  });

  it('puts one lane per kind in lane order', () => {
    expect(lanes.map((l) => l.kind)).toEqual(TIMELINE_LANES);
    const y = (id: string) => positions[id]?.y ?? NaN;
    expect(y('Source:kcna')).toBeLessThan(y('Article:a1'));
    expect(y('Article:a1')).toBeLessThan(y('Event:korean-war'));
    expect(y('Event:korean-war')).toBeLessThan(y('Actor:us'));
    expect(y('Actor:us')).toBeLessThan(y('Narrative:aggression'));
  });

  it('places undated nodes at the median of their dated neighbours', () => {
    expect(positions['Actor:us']?.x).toBe(positions['Article:a1']?.x);
  });

  it('puts undated, unconnected nodes left of the range', () => {
    const r = timelinePositions([{ id: 'Actor:x', kind: 'Actor', date: null }], []);
    expect(r.positions['Actor:x']?.x).toBeLessThan(0);
    expect(r.range).toBeNull();
  });

  it('stacks same-day nodes into rows instead of overlapping', () => {
    const nodes = Array.from({ length: 5 }, (_, i) => ({
      id: `Article:${i}`,
      kind: 'Article' as const,
      date: '2024-01-01',
    }));
    const r = timelinePositions(nodes, []);
    const points = nodes.map((n) => `${r.positions[n.id]?.x},${r.positions[n.id]?.y}`);
    expect(new Set(points).size).toBe(5);
  });

  it('is deterministic and ignores unparseable dates', () => {
    const nodes = [
      { id: 'Article:b', kind: 'Article' as const, date: 'not a date' },
      { id: 'Article:a', kind: 'Article' as const, date: '2024-01-01' },
    ];
    expect(timelinePositions(nodes, [])).toEqual(timelinePositions([...nodes].reverse(), []));
    expect(timelinePositions(nodes, []).positions['Article:b']?.x).toBeLessThan(0);
  });
});
