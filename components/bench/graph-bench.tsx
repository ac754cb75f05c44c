'use client';

import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GraphCanvas, type LayoutStatus } from '@/components/graph/graph-canvas';
import { registerExtensions } from '@/components/graph/register-extensions';
import { toElements } from '@/components/graph/to-elements';
import { syntheticSlice } from './synthetic-slice';
// The canvas's own CSS (it fills its stage): without it the explorer side draws into a 0×0 box.
import '@/components/explorer/explorer.css';

/**
 * `explorer`: the explorer's GraphCanvas. `bare`: Cytoscape with default options. `labelled`: the
 * same with each node's label shown, as the explorer shows them (the baseline is bare
 * Cytoscape drawing "2,000 nodes with labels").
 */
export type BenchMode = 'explorer' | 'bare' | 'labelled';

/** Cytoscape's defaults plus node labels: nothing else is styled. */
const LABELLED_BASELINE_STYLE = [{ selector: 'node', style: { label: 'data(label)' } }];

/** What bench/ui.ts reads back. Times are `performance.now()`: ms since navigation start. */
export interface BenchProbe {
  mode: BenchMode;
  nodes: number;
  edges: number;
  /** First frame with every node in the canvas. */
  firstDraw?: number;
  layoutStart?: number;
  layoutDone?: number;
  /** Set when the layout failed: the bench reports it instead of a time. */
  layoutError?: string;
  /** The Cytoscape instance, so the script can pan the same way in both modes. */
  cy?: Core;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

const EMPTY: readonly string[] = [];
const NO_FILTERS = {};

/** Marks the first animation frame in which `cy` holds all `n` nodes. */
function watchFirstDraw(probe: BenchProbe, getCy: () => Core | undefined, n: number): () => void {
  let frame = 0;
  const tick = () => {
    const cy = getCy();
    if (cy !== undefined && cy.nodes().length >= n) {
      probe.cy = cy;
      // The frame after the one that drew them: rAF runs before paint.
      frame = requestAnimationFrame(() => {
        probe.firstDraw = performance.now();
      });
      return;
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
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

/**
 * Bench-only page body: the explorer's GraphCanvas, or a bare Cytoscape with default options (and
 * labels, in `labelled`) and the default fcose layout, over the same synthetic elements.
 */
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
    if (mode === 'explorer') {
      return watchFirstDraw(
        probe,
        () => cyOf(stageRef.current?.querySelector('[data-testid="graph-canvas"]') ?? null),
        n,
      );
    }
    registerExtensions();
    const container = bareRef.current;
    if (container === null) return;
    const cy = cytoscape({
      container,
      elements: toElements(slice),
      ...(mode === 'labelled' ? { style: LABELLED_BASELINE_STYLE } : {}),
    });
    const stop = watchFirstDraw(probe, () => cy, n);
    probe.layoutStart = performance.now();
    const layout = cy.layout({ name: 'fcose' });
    layout.one('layoutstop', () => {
      probe.layoutDone = performance.now();
      setStatus('done');
    });
    layout.run();
    return () => {
      stop();
      cy.destroy();
    };
  }, [mode, n, probe, slice]);

  const onLayoutStatus = (s: LayoutStatus) => {
    if (s.running && probe.layoutStart === undefined) probe.layoutStart = performance.now();
    if (!s.running && probe.layoutStart !== undefined && probe.layoutDone === undefined) {
      // A failed layout is not a finished one.
      if (s.error !== undefined) {
        probe.layoutError = s.error;
        setStatus(`layout failed: ${s.error}`);
        return;
      }
      probe.layoutDone = performance.now();
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
