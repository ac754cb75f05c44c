import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES, type NodeKind } from '../../model/graph-model';
import { neighborhoodCypher, type ExpansionFilters } from './graph-slice.cypher';

const unfiltered: ExpansionFilters = {
  relationTypes: [...RELATION_TYPES],
  nodeKinds: [...NODE_KINDS],
  sourceKeys: null,
  from: null,
  to: null,
};

describe('neighborhoodCypher', () => {
  it('tests kinds as labels from the allow-list only, and article filters only when set', () => {
    const cypher = neighborhoodCypher(
      { ...unfiltered, nodeKinds: ['Actor', 'Narrative', 'Planet) DETACH DELETE (m' as NodeKind] },
      1,
    );
    expect(cypher).toContain('(m:Actor OR m:Narrative)');
    expect(cypher).not.toContain('Planet');
    expect(cypher).not.toContain('m.date');
    expect(cypher).not.toContain('$sources');
    const filtered = neighborhoodCypher(
      { ...unfiltered, from: '2020-01-01', sourceKeys: ['kcna'] },
      1,
    );
    expect(filtered).toContain('m.date >= $from');
    expect(filtered).not.toContain('$to');
    expect(filtered).toContain('s.key IN $sources');
  });

  it('reads no label of a neighbour when every kind is allowed, and keeps none when no kind is', () => {
    expect({
      every: /\bm:[A-Z]/.test(neighborhoodCypher(unfiltered, 2)),
      none: /AND false\b/.test(neighborhoodCypher({ ...unfiltered, nodeKinds: [] }, 2)),
    }).toEqual({ every: false, none: true });
  });

  it('unrolls one level per depth, each with its share of the budget left', () => {
    const levels = (depth: 1 | 2 | 3) =>
      [...neighborhoodCypher(unfiltered, depth).matchAll(/toFloat\(remaining\) \/ (\d+)/g)].map(
        (match) => Number(match[1]),
      );
    expect([levels(1), levels(2), levels(3)]).toEqual([[1], [2, 1], [3, 2, 1]]);
  });
});
