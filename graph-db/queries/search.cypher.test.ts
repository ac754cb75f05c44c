import { describe, expect, it } from 'vitest';
import { searchCypher } from './search.cypher';

describe('searchCypher', () => {
  it('evaluates nothing per hit without filters', () => {
    const none = { kinds: null, sourceKeys: null, from: null, to: null };
    expect(searchCypher(none, 3)).not.toContain('WHERE');
    const kinds = searchCypher({ ...none, kinds: ['Actor'] }, 3);
    expect(kinds).toContain('any(l IN labels(n) WHERE l IN $kinds)');
    expect(kinds).not.toContain('$sources');
  });
});
