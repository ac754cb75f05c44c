import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES, type NodeKind } from '../../model/graph-model';
import {
  alternativePathCypher,
  expansionCypher,
  type ExpansionFilters,
} from './graph-slice.cypher';

const unfiltered: ExpansionFilters = {
  relationTypes: [...RELATION_TYPES],
  nodeKinds: [...NODE_KINDS],
  sourceKeys: null,
  from: null,
  to: null,
};

describe('expansionCypher', () => {
  it('tests kinds as labels from the allow-list only, and article filters only when set', () => {
    const cypher = expansionCypher({
      ...unfiltered,
      nodeKinds: ['Actor', 'Narrative', 'Planet) DETACH DELETE (m' as NodeKind],
    });
    expect(cypher).toContain('(m:Actor OR m:Narrative)');
    expect(cypher).not.toContain('Planet');
    expect(cypher).not.toContain('m.date');
    expect(cypher).not.toContain('$sources');
    const filtered = expansionCypher({ ...unfiltered, from: '2020-01-01', sourceKeys: ['kcna'] });
    expect(filtered).toContain('m.date >= $from');
    expect(filtered).not.toContain('$to');
    expect(filtered).toContain('s.key IN $sources');
  });

  it('keeps no neighbour when no kind is allowed', () => {
    expect(expansionCypher({ ...unfiltered, nodeKinds: [] })).toMatch(/AND false\b/);
  });
});

describe('alternativePathCypher', () => {
  it('searches one bounded shortest path that avoids the given nodes and relationships', () => {
    const cypher = alternativePathCypher('Actor', 'Source', ['MENTIONS', 'PUBLISHED_BY'], 3);
    expect(cypher).toContain('shortestPath((a)-[:MENTIONS|PUBLISHED_BY*1..3]-(b))');
    expect(cypher).toContain('elementId(x) IN $avoidNodes');
    expect(cypher).toContain('elementId(r) IN $avoidRels');
    expect(cypher).not.toContain('SHORTEST ');
  });
});
