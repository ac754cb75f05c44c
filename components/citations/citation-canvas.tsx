'use client';

import cytoscape, { type Core, type EventObject, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { registerExtensions } from '@/components/graph/register-extensions';
import type { NetworkLink } from './citation-client';
import { citationElements } from './citation-elements';

/**
 * The Citations view's Cytoscape canvas. Like the explorer's GraphCanvas it is the only owner of
 * its `cy`: created once at mount, destroyed at unmount, changed only by the data effect below,
 * which applies the difference between what is drawn and the links in one `cy.batch()`.
 */

interface CitationTestHook {
  nodes(): string[];
  /** Each edge with its rendered midpoint, in pixels from the canvas's corner (to click it). */
  edges(): Array<{ id: string; source: string; target: string; x: number; y: number }>;
  readonly layoutRunning: boolean;
}

declare global {
  interface Window {
    /** Read-only hook for end-to-end tests: what the Citations canvas draws. */
    __narragraphCitations?: CitationTestHook;
  }
}

const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      shape: 'data(shape)' as never,
      'background-color': 'data(color)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 11,
      color: '#1d232a',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'control-point-step-size': 40,
      label: 'data(label)',
      'font-size': 9,
      'text-rotation': 'autorotate',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      opacity: 0.85,
    },
  },
  {
    selector: 'edge:selected',
    style: {
      opacity: 1,
      'underlay-color': '#1d232a',
      'underlay-opacity': 0.25,
      'underlay-padding': 4,
    },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 3, 'border-color': '#1d232a' },
  },
];

export interface CitationCanvasProps {
  readonly links: readonly NetworkLink[];
  /** Id (`citationLinkId`) of the selected link, or null. */
  readonly selected: string | null;
  readonly onSelectLink: (id: string | null) => void;
}

export function CitationCanvas({ links, selected, onSelectLink }: CitationCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelectLink);
  const layoutRunning = useRef(false);
  useEffect(() => {
    onSelectRef.current = onSelectLink;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    registerExtensions();
    const cy = cytoscape({
      container,
      style: STYLESHEET,
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    cy.on('tap', 'edge', (e: EventObject) =>
      onSelectRef.current((e.target as cytoscape.SingularElementReturnValue).id()),
    );
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) onSelectRef.current(null);
    });
    const resizeObserver =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => cy.resize());
    resizeObserver?.observe(container);
    window.__narragraphCitations = {
      nodes: () => cy.nodes().map((n) => n.id()),
      edges: () =>
        cy.edges().map((e) => {
          const p = e.renderedMidpoint();
          return { id: e.id(), source: e.source().id(), target: e.target().id(), x: p.x, y: p.y };
        }),
      get layoutRunning() {
        return layoutRunning.current;
      },
    };
    return () => {
      resizeObserver?.disconnect();
      cyRef.current = null;
      cy.destroy();
      delete window.__narragraphCitations;
    };
  }, []);

  // Data: the difference between what is drawn and the links, then a layout if nodes came or went.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    const elements = citationElements(links);
    const wanted = new Set(elements.map((e) => String(e.data.id)));
    let changedNodes = false;
    cy.batch(() => {
      const stale = cy.elements().filter((e) => !wanted.has(e.id()));
      changedNodes = stale.nodes().nonempty();
      stale.remove();
      for (const element of elements) {
        const existing = cy.getElementById(String(element.data.id));
        if (existing.nonempty()) existing.data(element.data);
        else {
          if (element.group === 'nodes') changedNodes = true;
          cy.add(element);
        }
      }
    });
    if (!changedNodes || cy.nodes().empty()) return;
    layoutRunning.current = true;
    const layout = cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 140,
      padding: 30,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      layoutRunning.current = false;
      cy.fit(undefined, 30);
    });
    layout.run();
  }, [links]);

  // Selection follows the view state (a link from the URL or the list is selected here too).
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selected !== null) cy.getElementById(selected).select();
    });
  }, [selected, links]);

  return (
    <div
      ref={containerRef}
      // Cytoscape caches where its container is; filters and panels above it move it without a
      // resize, so taps would land beside the edge. Re-measure before each press.
      onPointerDownCapture={() => cyRef.current?.resize()}
      className="citation-canvas"
      data-testid="citation-canvas"
      role="img"
      aria-label="Outlet citation network: arrows from citing to cited outlet, width the number of citations, colour the stance. The same links are listed below."
    />
  );
}
