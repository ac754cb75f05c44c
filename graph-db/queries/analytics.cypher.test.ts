import { describe, expect, it } from 'vitest';
import { timelineCypher, type TimelineFilters } from './analytics.cypher';

describe('timelineCypher', () => {
  const none: TimelineFilters = {
    elementIds: null,
    kinds: null,
    sourceKeys: null,
    narrativeKey: null,
    from: null,
    to: null,
  };

  it('starts from the narrative when one is given, instead of scanning every article', () => {
    const cypher = timelineCypher({ ...none, narrativeKey: 'hacking-empire' });
    expect(cypher).toContain('MATCH (:Narrative {key: $narrative})<-[:ADVANCES]-(a:Article)');
    expect(cypher).not.toContain('MATCH (a:Article)');
  });

  it('filters by the narrative when it starts from node ids, and by plain dates otherwise', () => {
    const linked = timelineCypher({ ...none, elementIds: ['4:x:1'], narrativeKey: 'n' });
    expect(linked).toContain('UNWIND $eids AS eid');
    expect(linked).toContain('EXISTS { (a)-[:ADVANCES]->(:Narrative {key: $narrative}) }');
    const dated = timelineCypher({ ...none, from: '2021-01-01', to: '2021-12-31' });
    expect(dated).toContain('MATCH (a:Article)');
    expect(dated).toContain('a.date >= $from');
    expect(dated).toContain('a.date <= $to');
    expect(dated).not.toContain('$sources');
  });
});
