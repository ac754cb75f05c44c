import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../model/graph-model';
import { pathLevelCypher } from './path-search.cypher';

describe('pathLevelCypher', () => {
  it('follows allow-listed types only, and keeps only targets on the last hop', () => {
    const types: RelationType[] = [
      'MENTIONS',
      'PUBLISHED_BY',
      'X]-() DETACH DELETE (m' as RelationType,
    ];
    const level = pathLevelCypher(types, false);
    const last = pathLevelCypher(types, true);
    expect({
      pattern: level.includes('(n)-[r:MENTIONS|PUBLISHED_BY]-(m)'),
      injected: /DETACH/.test(level + last),
      targets: [level.includes('$targets'), last.includes('mid IN $targets')],
    }).toEqual({ pattern: true, injected: false, targets: [false, true] });
  });
});
