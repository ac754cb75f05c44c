'use client';

import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GraphCanvas, type LayoutStatus } from '@/components/graph/graph-canvas';
import { registerExtensions } from '@/components/graph/register-extensions';
import { toElements } from '@/components/graph/to-elements';
import type { BenchMode, BenchPositions } from './bench-modes';
import { syntheticSlice } from './synthetic-slice';
// The canvas's own CSS (it fills its stage): without it the explorer side draws into a 0×0 box.
import '@/components/explorer/explorer.css';

/** What bench/ui.ts reads back. Times are `performance.now()`: ms since navigation start. */
export interface BenchProbe {
  mode: BenchMode;
  nodes: number;
  edges: number;
  layoutStart?: number;
  layoutDone?: number;
  /** The frame after the laid-out view was painted. */
  visible?: number;
  /** Set when the layout failed (or `preset` had no positions): reported instead of a time. */
  error?: string;
  /** The Cytoscape instance, so the script can pan and read positions the same way in every mode. */
  cy?: Core;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    __benchPositions?: BenchPositions;
  }
}

const EMPTY: readonly string[] = [];
const NO_FILTERS = {};

/** Cytoscape's defaults, with the explorer's node sizes so every mode lays out the same disks. */
const BARE_STYLE: StylesheetJson = [
  { selector: 'node', style: { width: 'data(size)', height: 'data(size)' } },
];

/** The layouts of the bare modes; each runs synchronously before the first frame. */
const BARE_LAYOUTS = {
  draft: { name: 'fcose', quality: 'draft', animate: false, randomize: true },
  fcose: { name: 'fcose', quality: 'default', animate: false, randomize: true },
} as const;

/** Marks `probe.visible` after the next painted frame (rAF runs before paint). */
function markVisible(probe: BenchProbe): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      probe.visible = performance.now();
    });
  });
  return () => cancelAnimationFrame(frame);
}

/** Where Cytoscape keeps its instance on the container element. */
interface CyRegistry {
  readonly _cyreg?: { readonly cy?: Core };
}

/** Cytoscape keeps its instance on the container (`_cyreg`); the bench reads it from there. */
function cyOf(container: Element | null): Core | undefined {
  if (container === null || !('_cyreg' in container)) return undefined;
  // Narrowed by the `in` check; the registry's shape is Cytoscape's internal contract.
  const registry: CyRegistry = container as Element & CyRegistry;
  return registry._cyreg?.cy;
}

/** A bare Cytoscape drawing `elements` the way `mode` says; returns its teardown. */
function runBare(
  container: HTMLElement,
  mode: Exclude<BenchMode, 'explorer'>,
  elements: ElementDefinition[],
  probe: BenchProbe,
): () => void {
  registerExtensions();
  if (mode === 'preset') {
    const given = window.__benchPositions;
    if (given === undefined) {
      probe.error = 'no positions given';
      return () => undefined;
    }
    const placed = elements.map((el) => {
      const p = el.group === 'nodes' ? given[String(el.data.id)] : undefined;
      return p !== undefined ? { ...el, position: { x: p.x, y: p.y } } : el;
    });
    probe.layoutStart = performance.now();
    const cy = cytoscape({
      container,
      style: BARE_STYLE,
      elements: placed,
      layout: { name: 'preset' },
    });
    cy.fit(undefined, 30);
    probe.cy = cy;
    probe.layoutDone = performance.now();
    const cancel = markVisible(probe);
    return () => {
      cancel();
      cy.destroy();
    };
  }
  const cy = cytoscape({ container, style: BARE_STYLE, elements });
  probe.cy = cy;
  probe.layoutStart = performance.now();
  const layout = cy.layout({ ...BARE_LAYOUTS[mode] });
  let cancel: () => void = () => undefined;
  layout.one('layoutstop', () => {
    probe.layoutDone = performance.now();
    cancel = markVisible(probe);
  });
  try {
    layout.run();
  } catch (error) {
    probe.error = error instanceof Error ? error.message : String(error);
  }
  return () => {
    cancel();
    cy.destroy();
  };
}

/** Bench-only page body: one mode over a synthetic view of `n` nodes. */
export function GraphBench({ n, mode }: { readonly n: number; readonly mode: BenchMode }) {
  const slice = useMemo(() => syntheticSlice(n), [n]);
  const bareRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('drawing');
  const probe = useMemo<BenchProbe>(
    () => ({ mode, nodes: slice.nodes.length, edges: slice.edges.length }),
    [mode, slice],
  );

  useEffect(() => {
    window.__bench = probe;
    if (mode === 'explorer') return;
    const container = bareRef.current;
    if (container === null) return;
    const teardown = runBare(container, mode, toElements(slice), probe);
    setStatus(probe.error === undefined ? 'done' : `failed: ${probe.error}`);
    return teardown;
  }, [mode, probe, slice]);

  const onLayoutStatus = (s: LayoutStatus) => {
    if (s.running && probe.layoutStart === undefined) probe.layoutStart = performance.now();
    if (!s.running && probe.layoutStart !== undefined && probe.layoutDone === undefined) {
      // A failed layout is not a finished one.
      if (s.error !== undefined) {
        probe.error = s.error;
        setStatus(`layout failed: ${s.error}`);
        return;
      }
      probe.layoutDone = performance.now();
      probe.cy = cyOf(stageRef.current?.querySelector('[data-testid="graph-canvas"]') ?? null);
      markVisible(probe);
      setStatus('done');
    }
  };

  return (
    <main className="bench">
      <p data-testid="bench-status">
        {mode} · {slice.nodes.length} nodes · {slice.edges.length} edges · {status}
      </p>
      <div
        ref={stageRef}
        style={{ position: 'relative', width: '100%', height: 'calc(100vh - 4rem)' }}
      >
        {mode === 'explorer' ? (
          <GraphCanvas
            slice={slice}
            layout="fcose"
            filters={NO_FILTERS}
            hidden={EMPTY}
            pinned={EMPTY}
            onLayoutStatus={onLayoutStatus}
          />
        ) : (
          <div ref={bareRef} style={{ position: 'absolute', inset: 0 }} />
        )}
      </div>
    </main>
  );
}
