import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { GraphSlice } from '@/model/graph-slice';
import { exportFileName, toGraphML, withEvidence } from './export-graph';
import { edge, node, SAMPLE_SLICE } from './test-slices';
import { toElements } from './to-elements';

describe('toGraphML', () => {
  it('is valid XML with evidence as data keys', () => {
    const xml = toGraphML(SAMPLE_SLICE, new Map([['Actor:us', { x: 10, y: 20 }]]));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => ['node', 'edge', 'data', 'key'].includes(n),
    }).parse(xml) as {
      graphml: {
        graph: {
          node: Array<{ '@_id': string; data: Array<{ '@_key': string; '#text': unknown }> }>;
          edge: Array<{ '@_id': string; data: Array<{ '@_key': string; '#text': unknown }> }>;
        };
      };
    };
    expect(doc.graphml.graph.node).toHaveLength(6);
    const mention = doc.graphml.graph.edge.find(
      (e) => e['@_id'] === 'MENTIONS:Article:a1->Actor:us',
    );
    const keys = Object.fromEntries((mention?.data ?? []).map((d) => [d['@_key'], d['#text']]));
    expect(keys.evidenceText).toBe('The United States is escalating tension on the peninsula.');
    expect(JSON.parse(String(keys.evidence))).toEqual(SAMPLE_SLICE.edges[2]?.evidence);
    const us = doc.graphml.graph.node.find((n) => n['@_id'] === 'Actor:us');
    expect(us?.data.find((d) => d['@_key'] === 'x')?.['#text']).toBe(10);
  });

  it('stays well-formed with hostile labels and quotes', () => {
    const evil = '</data><script>alert("x")</script>&amp;\u0001]]>';
    const slice: GraphSlice = {
      nodes: [node('Actor:a"b', { label: evil }), node('Actor:<c>', { label: evil })],
      edges: [edge('QUOTES', 'Actor:a"b', 'Actor:<c>', { quote: evil })],
      truncated: false,
    };
    const xml = toGraphML(slice);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
  });
});

describe('withEvidence', () => {
  it('merges evidence into cy.json() edges', () => {
    const cy = cytoscape({ headless: true, elements: toElements(SAMPLE_SLICE) });
    const json = withEvidence(cy.json(), SAMPLE_SLICE) as {
      elements: { edges: Array<{ data: { id: string; evidence?: unknown } }> };
    };
    const mention = json.elements.edges.find((e) => e.data.id === 'MENTIONS:Article:a1->Actor:us');
    expect(mention?.data.evidence).toEqual(SAMPLE_SLICE.edges[2]?.evidence);
    expect(JSON.parse(JSON.stringify(json))).toBeTruthy();
    cy.destroy();
  });

  it('passes through non-objects', () => {
    expect(withEvidence(null, SAMPLE_SLICE)).toBeNull();
  });
});

it('names files with a timestamp', () => {
  expect(exportFileName('graphml', new Date('2024-05-01T10:00:00Z'))).toBe(
    'narragraph-2024-05-01T10-00-00.graphml',
  );
});
