import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-graph';
import {
  arrowLength,
  edgePath,
  ellipsize,
  sceneFromCy,
  sceneToSvg,
  svgBlob,
  type SvgEdge,
  type SvgNode,
  type SvgScene,
} from './export-svg';
import { GRAPH_STYLESHEET, LABEL_CULLED_CLASS } from './stylesheet';
import { node, SAMPLE_SLICE } from './test-slices';
import { toElements } from './to-elements';

function svgNode(id: string, extra: Partial<SvgNode> = {}): SvgNode {
  return {
    id,
    x: 0,
    y: 0,
    width: 20,
    height: 20,
    shape: 'ellipse',
    fill: '#009E73',
    borderColor: '#ffffff',
    borderWidth: 1,
    opacity: 1,
    label: id,
    fontSize: 11,
    fontFamily: 'system-ui, sans-serif',
    labelColor: '#1d232a',
    ...extra,
  };
}

function svgEdge(id: string, extra: Partial<SvgEdge> = {}): SvgEdge {
  return {
    id,
    source: { x: 0, y: 0 },
    target: { x: 100, y: 0 },
    controlPoints: [],
    color: '#8A949E',
    width: 1,
    lineStyle: 'solid',
    opacity: 0.75,
    arrowScale: 0.8,
    arrowColor: '#8A949E',
    ...extra,
  };
}

interface Parsed {
  svg: {
    '@_viewBox': string;
    g: Array<{
      '@_class': string;
      g?: Array<{
        '@_data-id': string;
        title?: unknown;
        text?: { '#text': unknown; '@_x': string; '@_y': string };
        ellipse?: { '@_cx': string; '@_cy': string; '@_rx': string };
        rect?: { '@_x': string; '@_rx'?: string };
        polygon?: Array<{ '@_points': string }>;
        path?: { '@_d': string; '@_stroke-dasharray'?: string };
      }>;
    }>;
  };
}

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'g' || name === 'polygon',
  }).parse(xml) as Parsed;
}

function layer(doc: Parsed, name: 'nodes' | 'edges') {
  return doc.svg.g.find((g) => g['@_class'] === name)?.g ?? [];
}

describe('sceneToSvg', () => {
  it('writes one group per node and edge, at their positions', () => {
    const scene: SvgScene = {
      background: '#ffffff',
      nodes: [
        svgNode('Actor:a', { x: 10, y: 20 }),
        svgNode('Article:b', { x: 200, y: -40, shape: 'round-rectangle', width: 30 }),
        svgNode('Event:c', { x: -50, y: 60, shape: 'diamond' }),
      ],
      edges: [svgEdge('e1', { source: { x: 10, y: 20 }, target: { x: 200, y: -40 } })],
    };
    const doc = parse(sceneToSvg(scene));
    const nodes = layer(doc, 'nodes');
    expect(nodes.map((g) => g['@_data-id'])).toEqual(['Actor:a', 'Article:b', 'Event:c']);
    expect(nodes[0]?.ellipse).toMatchObject({ '@_cx': '10', '@_cy': '20', '@_rx': '10' });
    // Rounded rectangle: left edge at x - width / 2, Cytoscape's corner radius.
    expect(nodes[1]?.rect).toMatchObject({ '@_x': '185', '@_rx': '5' });
    expect(nodes[2]?.polygon?.[0]?.['@_points']).toBe('-50,50 -40,60 -50,70 -60,60');
    // The label sits under the node, centred.
    expect(nodes[0]?.text?.['@_x']).toBe('10');
    expect(Number(nodes[0]?.text?.['@_y'])).toBeGreaterThan(30);
    const edges = layer(doc, 'edges');
    expect(edges).toHaveLength(1);
    expect(edges[0]?.path?.['@_d']).toBe('M10,20 L200,-40');
    // Everything fits in the view box.
    const [x, y, w, h] = doc.svg['@_viewBox'].split(' ').map(Number);
    expect(x).toBeLessThan(-60);
    expect(y).toBeLessThan(-40);
    expect((x ?? 0) + (w ?? 0)).toBeGreaterThan(215);
    expect((y ?? 0) + (h ?? 0)).toBeGreaterThan(70);
  });

  it('escapes hostile labels and ids instead of emitting markup', () => {
    const hostile = `</text><script>alert("x")</script>&amp;'\u0000`;
    const xml = sceneToSvg({
      background: '#ffffff',
      nodes: [svgNode(`Actor:"><svg onload=alert(1)>`, { label: hostile })],
      edges: [svgEdge(`e"<`)],
    });
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<svg onload');
    const doc = parse(xml);
    const n = layer(doc, 'nodes')[0];
    // The parser decodes entities: the text round-trips, minus what XML cannot hold.
    expect(n?.['@_data-id']).toBe(`Actor:"><svg onload=alert(1)>`);
    expect(n?.text?.['#text']).toBe(hostile.replace('\u0000', ''));
    expect(doc.svg.g.flatMap((g) => g.g ?? [])).toHaveLength(2);
  });

  it('draws beziers through their control points and arrowheads at the target', () => {
    const curved = svgEdge('e', {
      source: { x: 0, y: 0 },
      target: { x: 100, y: 0 },
      controlPoints: [
        { x: 30, y: 40 },
        { x: 70, y: 40 },
      ],
    });
    expect(edgePath(curved)).toBe('M0,0 Q30,40 50,40 Q70,40 100,0');
    expect(edgePath(svgEdge('s'))).toBe('M0,0 L100,0');
    const doc = parse(
      sceneToSvg({
        background: '#fff',
        nodes: [],
        edges: [svgEdge('e2', { lineStyle: 'dashed' })],
      }),
    );
    const g = layer(doc, 'edges')[0];
    expect(g?.path?.['@_stroke-dasharray']).toBe('6 3');
    const corners = (g?.polygon?.[0]?.['@_points'] ?? '').split(' ').map((p) => p.split(','));
    expect(corners[0]).toEqual(['100', '0']);
    const length = arrowLength(1, 0.8);
    expect(Number(corners[1]?.[0])).toBeCloseTo(100 - length, 1);
    const none = parse(
      sceneToSvg({ background: '#fff', nodes: [], edges: [svgEdge('e3', { arrowScale: 0 })] }),
    );
    expect(layer(none, 'edges')[0]?.polygon).toBeUndefined();
  });

  it('is a valid document for an empty graph', () => {
    const doc = parse(sceneToSvg({ background: '#ffffff', nodes: [], edges: [] }));
    expect(doc.svg['@_viewBox']).toBe('-20 -20 40 40');
  });
});

describe('ellipsize', () => {
  it('keeps labels that fit and cuts longer ones to the width with an ellipsis', () => {
    expect(ellipsize('KCNA', 140, 11)).toBe('KCNA');
    const cut = ellipsize('Hacking empire again slanders others over cyber security', 140, 11);
    expect(cut).toBe('Hacking empire again s…');
    expect([...cut].length).toBeLessThanOrEqual(Math.floor(140 / (11 * 0.55)));
    expect(ellipsize('anything', Infinity, 11)).toBe('anything');
  });
});

describe('sceneFromCy', () => {
  it('reads positions, sizes, shapes, colours and labels the stylesheet resolved', async () => {
    const slice = {
      ...SAMPLE_SLICE,
      nodes: [...SAMPLE_SLICE.nodes, node('Actor:hostile', { label: '<b>"Kim" & co</b>' })],
    };
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: GRAPH_STYLESHEET,
      elements: toElements(slice),
    });
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 50, y: i * 10 });
    });
    cy.getElementById('Actor:hostile').style('display', 'none');
    const scene = sceneFromCy(cy);
    expect(scene.nodes.map((n) => n.id)).toEqual(SAMPLE_SLICE.nodes.map((n) => n.id));
    const article = scene.nodes.find((n) => n.id === 'Article:a1');
    expect(article).toMatchObject({ x: 50, y: 10, shape: 'round-rectangle' });
    // The stylesheet cuts labels at 140px with an ellipsis, as the canvas does.
    expect(article?.label).toBe(ellipsize('US warmongers escalate tension', 140, 11));
    expect(article?.label.endsWith('…')).toBe(true);
    expect(article?.fill.replace(/\s/g, '')).toMatch(/^rgb\(0,114,178\)$|^#0072B2$/i);
    expect(scene.nodes.find((n) => n.id === 'Source:kcna')?.shape).toBe('hexagon');
    const us = scene.nodes.find((n) => n.id === 'Actor:us');
    expect(us?.width).toBeGreaterThan(article?.width ?? Infinity);
    expect(scene.edges).toHaveLength(SAMPLE_SLICE.edges.length);
    const published = scene.edges.find((e) => e.id.startsWith('PUBLISHED_BY:Article:a1'));
    // Headless: no renderer endpoints, so node centres.
    expect(published?.source).toEqual({ x: 50, y: 10 });
    expect(published?.target).toEqual({ x: 0, y: 0 });
    expect(published?.arrowScale).toBe(0.8);
    const blob = svgBlob(cy);
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const doc = parse(await blob.text());
    expect(layer(doc, 'nodes')).toHaveLength(SAMPLE_SLICE.nodes.length);
    expect(layer(doc, 'edges')).toHaveLength(SAMPLE_SLICE.edges.length);
    cy.destroy();
  });

  it('leaves out the labels the canvas culled', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: GRAPH_STYLESHEET,
      elements: toElements(SAMPLE_SLICE),
    });
    cy.getElementById('Actor:us').addClass(LABEL_CULLED_CLASS);
    const labels = new Map(sceneFromCy(cy).nodes.map((n) => [n.id, n.label]));
    cy.destroy();
    expect({ culled: labels.get('Actor:us'), other: labels.get('Source:kcna') }).toEqual({
      culled: '',
      other: 'KCNA',
    });
  });

  it('names the file as SVG', () => {
    expect(exportFileName('svg', new Date('2024-05-01T10:00:00Z'))).toBe(
      'narragraph-2024-05-01T10-00-00.svg',
    );
  });
});
