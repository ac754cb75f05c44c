import { describe, expect, it } from 'vitest';
import { nodePath, nodeRefFromSegment } from './route-ids';

describe('nodeRefFromSegment', () => {
  it('reads encoded and decoded segments of the expected kind', () => {
    expect(nodeRefFromSegment('Actor%3Acountry%3Achina', 'Actor')).toEqual({
      id: 'Actor:country:china',
      kind: 'Actor',
      key: 'country:china',
    });
    expect(nodeRefFromSegment('Actor:country:china', 'Actor')?.key).toBe('country:china');
  });

  it('never decodes a key twice', () => {
    const id = 'Article:https://example.org/a%20b';
    expect(nodeRefFromSegment(id, 'Article')?.id).toBe(id);
    expect(nodeRefFromSegment(encodeURIComponent(id), 'Article')?.id).toBe(id);
  });

  it('rejects other kinds, malformed ids and broken escapes', () => {
    expect(nodeRefFromSegment('Actor%3Acountry%3Achina', 'Source')).toBeUndefined();
    expect(nodeRefFromSegment('nothing', 'Actor')).toBeUndefined();
    expect(nodeRefFromSegment('%E0%A4%A', 'Actor')).toBeUndefined();
  });

  it('builds the links the explorer uses', () => {
    expect(nodePath('Article', 'Article:h:1')).toBe('/article/Article%3Ah%3A1');
  });
});
