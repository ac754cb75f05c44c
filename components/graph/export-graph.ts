import type { Core } from 'cytoscape';
import type { GraphSlice, SliceEdge } from '@/model/graph-slice';
import { escapeXml } from '@/model/xml-text';
import { drawableSlice } from './to-elements';

/**
 * Exports of what the explorer shows: PNG (raster), SVG (vector, our own writer in export-svg.ts), Cytoscape
 * JSON (with evidence, re-importable into Cytoscape desktop / cytoscape.js) and GraphML (Gephi,
 * yEd, networkx).
 */

export type ExportFormat = 'png' | 'svg' | 'json' | 'graphml';

interface KeyDef {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly type: 'string' | 'int' | 'double';
}

const GRAPHML_KEYS: readonly KeyDef[] = [
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'date', for: 'node', type: 'string' },
  { id: 'subtype', for: 'node', type: 'string' },
  { id: 'degree', for: 'node', type: 'int' },
  { id: 'x', for: 'node', type: 'double' },
  { id: 'y', for: 'node', type: 'double' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'weight', for: 'edge', type: 'double' },
  { id: 'quote', for: 'edge', type: 'string' },
  { id: 'evidenceCount', for: 'edge', type: 'int' },
  { id: 'evidenceText', for: 'edge', type: 'string' },
  { id: 'evidenceArticles', for: 'edge', type: 'string' },
  { id: 'evidence', for: 'edge', type: 'string' },
];

function dataLine(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return `      <data key="${key}">${escapeXml(String(value))}</data>\n`;
}

/**
 * GraphML of a slice. Evidence travels as data keys: `evidenceText` (sentences, one per line),
 * `evidenceArticles` (article ids) and `evidence` (the full items as JSON) so nothing is lost.
 * @param positions optional drawn positions, written as `x`/`y`
 */
export function toGraphML(
  slice: GraphSlice,
  positions?: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
): string {
  const { nodes, edges } = drawableSlice(slice);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out +=
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of GRAPHML_KEYS) {
    out += `  <key id="${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>\n`;
  }
  out += '  <graph id="narragraph" edgedefault="directed">\n';
  for (const n of nodes) {
    const p = positions?.get(n.id);
    out += `    <node id="${escapeXml(n.id)}">\n`;
    out += dataLine('kind', n.kind);
    out += dataLine('label', n.label);
    out += dataLine('date', n.date);
    out += dataLine('subtype', n.subtype);
    out += dataLine('degree', n.degree);
    out += dataLine('x', p?.x);
    out += dataLine('y', p?.y);
    out += '    </node>\n';
  }
  for (const e of edges) {
    out += `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n`;
    out += dataLine('type', e.type);
    out += dataLine('weight', e.weight);
    out += dataLine('quote', e.quote);
    out += dataLine('evidenceCount', e.evidence.length);
    out += dataLine(
      'evidenceText',
      e.evidence.map((ev) => ev.sentence.replace(/\s+/g, ' ')).join('\n'),
    );
    out += dataLine(
      'evidenceArticles',
      [...new Set(e.evidence.map((ev) => ev.articleId))].join(' '),
    );
    out += dataLine('evidence', e.evidence.length > 0 ? JSON.stringify(e.evidence) : null);
    out += '    </edge>\n';
  }
  out += '  </graph>\n</graphml>\n';
  return out;
}

/**
 * Cytoscape JSON (`cy.json()`) with each edge's evidence and quote merged into its data, since the
 * canvas keeps evidence out of element data.
 */
export function withEvidence(cyJson: unknown, slice: GraphSlice): unknown {
  const byId = new Map<string, SliceEdge>(slice.edges.map((e) => [e.id, e]));
  if (typeof cyJson !== 'object' || cyJson === null) return cyJson;
  const json = cyJson as { elements?: { nodes?: unknown[]; edges?: unknown[] } };
  const edges = json.elements?.edges;
  if (!Array.isArray(edges)) return cyJson;
  return {
    ...json,
    elements: {
      ...json.elements,
      edges: edges.map((raw) => {
        const el = raw as { data?: { id?: unknown } };
        const edge = typeof el.data?.id === 'string' ? byId.get(el.data.id) : undefined;
        if (edge === undefined) return raw;
        return { ...el, data: { ...el.data, quote: edge.quote, evidence: edge.evidence } };
      }),
    },
    narragraph: { exportedAt: new Date().toISOString(), truncated: slice.truncated },
  };
}

/** A file name like `narragraph-2024-05-01T10-00-00.graphml`. */
export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return `narragraph-${stamp}.${format}`;
}

/** PNG of the whole graph at 2x, white background. Browser only (needs a rendered cy). */
export function pngBlob(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}

/** Cytoscape JSON export as a Blob. */
export function cytoscapeJsonBlob(cy: Core, slice: GraphSlice): Blob {
  return new Blob([JSON.stringify(withEvidence(cy.json(), slice), null, 2)], {
    type: 'application/json',
  });
}

/** GraphML export as a Blob, with the drawn positions. */
export function graphmlBlob(cy: Core, slice: GraphSlice): Blob {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions.set(n.id(), { x: Math.round(p.x), y: Math.round(p.y) });
  });
  const visibleIds = new Set(positions.keys());
  const visible: GraphSlice = {
    nodes: slice.nodes.filter((n) => visibleIds.has(n.id)),
    edges: slice.edges.filter((e) => cy.getElementById(e.id).nonempty()),
    truncated: slice.truncated,
  };
  return new Blob([toGraphML(visible, positions)], { type: 'application/graphml+xml' });
}

/** Saves a Blob through a temporary link: the browser's download prompt. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
