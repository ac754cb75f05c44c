import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES } from '@/model/graph-model';
import {
  BIG_VIEW_STYLESHEET,
  GRAPH_STYLESHEET,
  KIND_STYLES,
  LOD_LABEL_CLASS,
  LEGEND,
  NODE_SIZE,
  edgeWidth,
  nodeSize,
} from './stylesheet';

describe('stylesheet', () => {
  it('is deeply frozen', () => {
    expect(Object.isFrozen(GRAPH_STYLESHEET)).toBe(true);
    expect(Object.isFrozen(GRAPH_STYLESHEET[0])).toBe(true);
    expect(Object.isFrozen(KIND_STYLES.Actor)).toBe(true);
  });

  it('has a distinct shape and colour for every kind, and a legend row for each kind and type', () => {
    expect(LEGEND.nodes.map((n) => n.kind)).toEqual(NODE_KINDS);
    expect(LEGEND.edges.map((e) => e.type)).toEqual(RELATION_TYPES);
    expect(new Set(LEGEND.nodes.map((n) => n.shape)).size).toBe(NODE_KINDS.length);
    expect(new Set(LEGEND.nodes.map((n) => n.color)).size).toBe(NODE_KINDS.length);
    for (const kind of NODE_KINDS) {
      expect(
        GRAPH_STYLESHEET.some((b) => 'selector' in b && b.selector === `node[kind = "${kind}"]`),
      ).toBe(true);
    }
  });

  it('keeps labels readable', () => {
    const base = GRAPH_STYLESHEET[0] as unknown as { style: Record<string, unknown> };
    expect(base.style['min-zoomed-font-size']).toBeGreaterThan(0);
    expect(base.style['text-outline-width']).toBeGreaterThan(0);
  });

  it('sizes nodes by degree, monotonic and bounded', () => {
    expect(nodeSize(0)).toBe(NODE_SIZE.min);
    expect(nodeSize(-5)).toBe(NODE_SIZE.min);
    expect(nodeSize(Number.NaN)).toBe(NODE_SIZE.min);
    expect(nodeSize(10)).toBeGreaterThan(nodeSize(2));
    expect(nodeSize(1e9)).toBe(NODE_SIZE.max);
    expect(edgeWidth(1)).toBe(1);
    expect(edgeWidth(1e9)).toBe(8);
  });

  it('draws big views with few properties, cheap edges, and keeps the selection look last', () => {
    expect(Object.isFrozen(BIG_VIEW_STYLESHEET)).toBe(true);
    const rules = BIG_VIEW_STYLESHEET as unknown as Array<{
      selector: string;
      style: Record<string, unknown>;
    }>;
    const named = (selectors: readonly string[]) =>
      rules.filter((r) => selectors.includes(r.selector)).flatMap((r) => Object.keys(r.style));
    // What a plain node and a plain edge get: the cost of a first draw is per property.
    expect(named(['node', 'node[kind = "Actor"]'])).toEqual([
      'width',
      'height',
      'shape',
      'background-color',
    ]);
    expect(named(['edge', 'edge[type = "MENTIONS"]'])).toEqual([
      'curve-style',
      'width',
      'opacity',
      'line-color',
    ]);
    expect(rules.find((r) => r.selector === 'edge')?.style['curve-style']).toBe('haystack');
    // Dashes and arrowheads only on small views.
    expect(rules.every((r) => r.style['line-style'] === undefined)).toBe(true);
    expect(rules.every((r) => r.style['target-arrow-shape'] === undefined)).toBe(true);
    // Labels only where lod-labels.ts put them.
    const labelled = rules.filter((r) => r.selector.startsWith('node') && r.style.label);
    expect(labelled.map((r) => [r.selector, r.style.label])).toEqual([
      [`node.${LOD_LABEL_CLASS}`, 'data(shortLabel)'],
    ]);
    expect(rules.slice(-STATE_COUNT).map((r) => r.selector)).toEqual(
      (GRAPH_STYLESHEET as unknown as Array<{ selector: string }>)
        .slice(-STATE_COUNT)
        .map((r) => r.selector),
    );
  });
});

/** Pinned, node:selected, edge:selected, neighbour-highlight, faded, culled label. */
const STATE_COUNT = 6;
