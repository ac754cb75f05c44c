'use client';

import cytoscape, {
  type Core,
  type EdgeSingular,
  type EventObject,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useRef } from 'react';
import { registerExtensions } from '@/components/graph/register-extensions';
import type { NetworkLink } from './citation-client';
import { citationElements, OUTLET_BORDER } from './citation-elements';
import {
  chooseLayout,
  LABEL_MAX_WIDTH,
  nearestEdge,
  pickLabels,
  ringLayout,
  stretchToBox,
  strongestLink,
  uncoveredPoint,
  type EdgePath,
  type LayoutLink,
  type LabelSide,
  type LayoutNode,
  type Layout,
  type Point,
  type Rect,
} from './citation-layout';

/**
 * The Citations view's Cytoscape canvas. Like the explorer's GraphCanvas it is the only owner of
 * its `cy`: created once at mount, destroyed at unmount, changed only by the data effect below,
 * which applies the difference between what is drawn and the links in one `cy.batch()`.
 * Positions come from `citation-layout.ts` in container pixels (viewport zoom 1, no fit); labels
 * keep their screen size at any zoom and are culled by priority wherever they would collide.
 */

type LabelBox = Rect & { id: string };

interface CitationTestHook {
  nodes(): string[];
  /** A node's rendered centre in canvas pixels, or null when it is not drawn. */
  node(id: string): Point | null;
  /** Each edge with a point on it no node covers (its midpoint when free), in canvas pixels. */
  edges(): Array<{ id: string; source: string; target: string; x: number; y: number }>;
  /** The node labels drawn now, as rendered boxes in canvas pixels. */
  labels(): LabelBox[];
  /** The canvas's size and the rendered box around every node. */
  extent(): { width: number; height: number; drawn: Rect };
  readonly layoutRunning: boolean;
}

declare global {
  interface Window {
    /** Read-only hook for end-to-end tests: what the Citations canvas draws. */
    __narragraphCitations?: CitationTestHook;
  }
}

/** Label metrics in screen pixels (divided by the zoom, so they do not grow or shrink with it). */
const LABEL = Object.freeze({ font: 11, sourceFont: 13, margin: 3, outline: 2 });
/** How far beside an arrow (screen pixels) a click still selects it. */
const EDGE_TOLERANCE = 12;

const VALIGN = { top: 'top', bottom: 'bottom', left: 'center', right: 'center' } as const;
const HALIGN = { top: 'center', bottom: 'center', left: 'left', right: 'right' } as const;
const MARGIN_X = { top: 0, bottom: 0, left: -1, right: 1 } as const;
const MARGIN_Y = { top: -1, bottom: 1, left: 0, right: 0 } as const;

function side(n: NodeSingular): LabelSide {
  const s: unknown = n.data('side');
  return s === 'top' || s === 'left' || s === 'right' ? s : 'bottom';
}

function stylesheet(zoom: () => number): StylesheetJson {
  const px = (n: number) => n / zoom();
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)' as never,
        'background-color': 'data(color)',
        'border-width': 1.5,
        'border-color': OUTLET_BORDER,
        'font-family': 'system-ui, sans-serif',
        'font-size': (n: NodeSingular) =>
          px(n.data('kind') === 'Source' ? LABEL.sourceFont : LABEL.font),
        'font-weight': (n: NodeSingular) => (n.data('kind') === 'Source' ? 600 : 400),
        color: '#1d232a',
        // Beside, above or below the node as the layout says (data(side)), a little apart from it.
        'text-valign': (n: NodeSingular) => VALIGN[side(n)],
        'text-halign': (n: NodeSingular) => HALIGN[side(n)],
        'text-margin-x': (n: NodeSingular) => px(LABEL.margin * MARGIN_X[side(n)]),
        'text-margin-y': (n: NodeSingular) => px(LABEL.margin * MARGIN_Y[side(n)]),
        'text-wrap': 'ellipsis',
        'text-max-width': () => `${px(LABEL_MAX_WIDTH)}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': () => px(LABEL.outline),
      },
    },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    {
      // Full name, over everything, for the node under the pointer.
      selector: 'node.hovered',
      style: {
        'text-opacity': 1,
        'text-max-width': '10000px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': () => `${px(2)}px`,
        'z-index': 20,
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
        'font-size': () => px(10),
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': () => px(LABEL.outline),
        opacity: 0.8,
      },
    },
    // With a link selected the others fade, so it stands out in a dense star.
    { selector: 'edge.faded', style: { opacity: 0.3 } },
    // The count only on the arrow in question: a hundred numbers would cover the labels.
    { selector: 'edge.hovered, edge:selected', style: { label: 'data(label)', 'z-index': 10 } },
    {
      selector: 'edge:selected',
      style: {
        opacity: 1,
        'underlay-color': '#1d232a',
        'underlay-opacity': 0.25,
        'underlay-padding': 4,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1d232a' } },
  ];
}

function rect(b: { x1: number; y1: number; x2: number; y2: number }): Rect {
  return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

const LABEL_BOX = { includeNodes: false, includeEdges: false, includeLabels: true } as const;
const BODY_BOX = { includeNodes: true, includeEdges: false, includeLabels: false } as const;

function layoutNodes(cy: Core): LayoutNode[] {
  return cy.nodes().map((n) => ({
    id: n.id(),
    name: String(n.data('label')),
    cites: Number(n.data('cites')),
    citedBy: Number(n.data('citedBy')),
    size: Number(n.data('size')),
  }));
}

function layoutLinks(cy: Core): LayoutLink[] {
  return cy.edges().map((e) => ({
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    count: Number(e.data('count')),
  }));
}

function edgePath(e: EdgeSingular): EdgePath {
  return {
    id: e.id(),
    from: e.renderedSourceEndpoint(),
    mid: e.renderedMidpoint(),
    to: e.renderedTargetEndpoint(),
  };
}

/** Draws `id` (a link) as the one selected element; the other arrows fade while one is. */
function showSelection(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.$(':selected').unselect();
    if (id !== null) cy.getElementById(id).select();
    cy.edges().toggleClass('faded', id !== null);
  });
}

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
  const selectedRef = useRef(selected);
  const layoutRunning = useRef(false);
  /** Places the nodes for the container's size; set by the mount effect. */
  const placeRef = useRef<(newNodes: boolean) => void>(() => undefined);
  useEffect(() => {
    onSelectRef.current = onSelectLink;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    registerExtensions();
    let zoom = 1;
    const cy = cytoscape({
      container,
      style: stylesheet(() => zoom),
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 5,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;

    // Labels: restyled for the zoom, then kept in priority order while they collide with nothing;
    // the hovered node (its full name) and the selected link's two ends come first.
    const relabel = () => {
      zoom = cy.zoom();
      // Re-evaluates the zoom-dependent mappers (missing from Cytoscape's typings).
      (cy.elements() as unknown as { updateStyle(): void }).updateStyle();
      const view: Rect = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
      const ends = new Set(
        cy
          .edges(':selected')
          .connectedNodes()
          .map((n) => n.id()),
      );
      const priority = (n: cytoscape.SingularElementArgument) =>
        n.hasClass('hovered') ? -2 : ends.has(n.id()) ? -1 : Number(n.data('rank'));
      const candidates = cy
        .nodes()
        .sort((a, b) => priority(a) - priority(b))
        .map((n) => ({
          id: n.id(),
          label: rect(n.renderedBoundingBox(LABEL_BOX)),
          body: rect(n.renderedBoundingBox(BODY_BOX)),
          side: side(n as NodeSingular),
        }));
      const kept = pickLabels(candidates, view);
      cy.batch(() =>
        cy.nodes().forEach((n) => {
          const place = kept.get(n.id());
          n.toggleClass('label-hidden', place === undefined);
          if (place !== undefined && place !== side(n)) n.data('side', place);
        }),
      );
    };
    let relabelFrame = 0;
    const scheduleRelabel = () => {
      if (relabelFrame !== 0) return;
      relabelFrame = requestAnimationFrame(() => {
        relabelFrame = 0;
        relabel();
      });
    };

    // Force-layout positions before stretching, kept so a resize only stretches them again.
    let forced: Map<string, Point> | null = null;
    let placedFor = { width: 0, height: 0 };
    const apply = (layout: Layout, box: { width: number; height: number }) => {
      cy.batch(() =>
        cy.nodes().forEach((n) => {
          const p = layout.positions.get(n.id());
          n.position({ x: p?.x ?? 0, y: p?.y ?? 0 });
          n.data('side', p?.side ?? 'bottom');
        }),
      );
      cy.viewport({ zoom: layout.zoom, pan: { x: box.width / 2, y: box.height / 2 } });
      placedFor = box;
      relabel();
      layoutRunning.current = false;
    };
    const place = (newNodes: boolean) => {
      const box = { width: container.clientWidth, height: container.clientHeight };
      if (cy.nodes().empty() || box.width === 0 || box.height === 0) {
        layoutRunning.current = false;
        return;
      }
      const nodes = layoutNodes(cy);
      const plan = chooseLayout(nodes, layoutLinks(cy));
      if (plan.kind === 'rings') {
        forced = null;
        apply(ringLayout(nodes, plan.hubs, box), box);
        return;
      }
      if (forced !== null && !newNodes) {
        apply(stretchToBox(forced, box), box);
        return;
      }
      const layout = cy.layout({
        name: 'fcose',
        animate: false,
        randomize: true,
        fit: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 140,
      } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => {
        forced = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
        apply(stretchToBox(forced, box), box);
      });
      layout.run();
    };
    placeRef.current = (newNodes) => {
      layoutRunning.current = true;
      place(newNodes);
    };

    // Cytoscape changes its own selection on a tap; the view state owns it, so after every tap
    // the drawn selection is set back to the state's (unchanged when the same link is chosen).
    const choose = (id: string | null) => {
      onSelectRef.current(id);
      requestAnimationFrame(() => {
        if (!cy.destroyed()) showSelection(cy, selectedRef.current);
      });
    };
    cy.on('tap', 'edge', (e: EventObject) => choose((e.target as EdgeSingular).id()));
    // A node covers the arrows' ends in a dense star: a click on it opens its strongest link.
    cy.on('tap', 'node', (e: EventObject) =>
      choose(strongestLink((e.target as NodeSingular).id(), layoutLinks(cy))),
    );
    cy.on('tap', (e: EventObject) => {
      if (e.target !== cy) return;
      choose(nearestEdge(e.renderedPosition, cy.edges().map(edgePath), EDGE_TOLERANCE));
    });
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      (e.target as NodeSingular).addClass('hovered');
      scheduleRelabel();
    });
    cy.on('mouseout', 'node, edge', (e: EventObject) => {
      (e.target as NodeSingular).removeClass('hovered');
      scheduleRelabel();
    });
    cy.on('viewport select unselect', scheduleRelabel);

    let resizeFrame = 0;
    const resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            cy.resize();
            if (resizeFrame !== 0) return;
            resizeFrame = requestAnimationFrame(() => {
              resizeFrame = 0;
              const { clientWidth: width, clientHeight: height } = container;
              if (width !== placedFor.width || height !== placedFor.height) place(false);
            });
          });
    resizeObserver?.observe(container);

    window.__narragraphCitations = {
      nodes: () => cy.nodes().map((n) => n.id()),
      node: (id) => {
        const n = cy.getElementById(id);
        return n.nonempty() && n.isNode() ? { ...n.renderedPosition() } : null;
      },
      edges: () => {
        const bodies = cy.nodes().map((n) => rect(n.renderedBoundingBox(BODY_BOX)));
        return cy.edges().map((e) => {
          const path = edgePath(e);
          const p = uncoveredPoint(path, bodies, 3) ?? path.mid;
          return { id: e.id(), source: e.source().id(), target: e.target().id(), x: p.x, y: p.y };
        });
      },
      labels: () =>
        cy
          .nodes()
          .not('.label-hidden')
          .map((n) => ({ id: n.id(), ...rect(n.renderedBoundingBox(LABEL_BOX)) })),
      extent: () => ({
        width: cy.width(),
        height: cy.height(),
        drawn: rect(cy.nodes().renderedBoundingBox(BODY_BOX)),
      }),
      get layoutRunning() {
        return layoutRunning.current;
      },
    };
    return () => {
      resizeObserver?.disconnect();
      cancelAnimationFrame(relabelFrame);
      cancelAnimationFrame(resizeFrame);
      placeRef.current = () => undefined;
      cyRef.current = null;
      cy.destroy();
      delete window.__narragraphCitations;
    };
  }, []);

  // Data: the difference between what is drawn and the links, then the nodes are placed again.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    const elements = citationElements(links);
    const wanted = new Set(elements.map((e) => String(e.data.id)));
    let newNodes = false;
    cy.batch(() => {
      const stale = cy.elements().filter((e) => !wanted.has(e.id()));
      newNodes = stale.nodes().nonempty();
      stale.remove();
      for (const element of elements) {
        const existing = cy.getElementById(String(element.data.id));
        if (existing.nonempty()) existing.data(element.data);
        else {
          if (element.group === 'nodes') newNodes = true;
          cy.add(element);
        }
      }
    });
    placeRef.current(newNodes);
  }, [links]);

  // Selection follows the view state (a link from the URL or the list is selected here too).
  useEffect(() => {
    selectedRef.current = selected;
    const cy = cyRef.current;
    if (cy !== null) showSelection(cy, selected);
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
      aria-label="Outlet citation network: arrows from citing to cited outlet, width the number of citations, colour the stance. Clicking an outlet opens its strongest link. The same links are listed below."
    />
  );
}
