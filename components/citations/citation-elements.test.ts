import { describe, expect, it } from 'vitest';
import type { NetworkLink } from './citation-client';
import {
  citationElements,
  dominantStance,
  networkOutlets,
  STANCE_COLORS,
} from './citation-elements';

const KCNA = { id: 'Source:kcna', kind: 'Source', name: 'KCNA' } as const;
const RODONG = { id: 'Source:rodong-sinmun', kind: 'Source', name: 'Rodong Sinmun' } as const;
const TASS = { id: 'Actor:outlet:tass', kind: 'Actor', name: 'TASS' } as const;

function link(
  citing: NetworkLink['citing'],
  cited: NetworkLink['cited'],
  stances: NetworkLink['stances'],
): NetworkLink {
  const count = stances.reduce((n, s) => n + s.count, 0);
  return { citing, cited, count, firstDate: null, lastDate: null, stances };
}

const LINKS = [
  link(KCNA, TASS, [
    { stance: 'neutral', count: 5 },
    { stance: 'endorsing', count: 2 },
  ]),
  link(KCNA, RODONG, [{ stance: 'endorsing', count: 1 }]),
  link(RODONG, KCNA, [{ stance: 'hostile', count: 1 }]),
];

describe('citation elements', () => {
  it('draws an outlet that cites and is cited as one node', () => {
    expect(networkOutlets(LINKS).map((o) => [o.id, o.cites, o.citedBy])).toEqual([
      ['Source:kcna', 8, 1],
      ['Actor:outlet:tass', 0, 7],
      ['Source:rodong-sinmun', 1, 1],
    ]);
  });

  it('colours a link by the stance most of its citations take, hostile first on a tie', () => {
    expect(dominantStance(LINKS[0] ?? link(KCNA, TASS, []))).toBe('neutral');
    expect(
      dominantStance(
        link(KCNA, TASS, [
          { stance: 'endorsing', count: 2 },
          { stance: 'hostile', count: 2 },
        ]),
      ),
    ).toBe('hostile');
  });

  it('makes directed edges whose width grows with the count', () => {
    const edges = citationElements(LINKS).filter((e) => e.group === 'edges');
    expect(edges.map((e): unknown[] => [e.data.source, e.data.target, e.data.color])).toEqual([
      ['Source:kcna', 'Actor:outlet:tass', STANCE_COLORS.neutral],
      ['Source:kcna', 'Source:rodong-sinmun', STANCE_COLORS.endorsing],
      ['Source:rodong-sinmun', 'Source:kcna', STANCE_COLORS.hostile],
    ]);
    expect(Number(edges[0]?.data.width)).toBeGreaterThan(Number(edges[1]?.data.width));
    expect(new Set(edges.map((e) => e.data.id)).size).toBe(3);
  });
});
