import { describe, expect, it } from 'vitest';
import { parsePositions, parseViewport } from './saved-view-payload';

describe('saved view payloads', () => {
  it('keeps well-formed positions and drops the rest', () => {
    expect(
      parsePositions('{"a":{"x":1,"y":2},"b":{"x":"1","y":2},"c":null,"d":{"x":1e999,"y":0}}'),
    ).toEqual({ a: { x: 1, y: 2 } });
    expect(parsePositions('not json')).toEqual({});
    expect(parsePositions('[1,2]')).toEqual({});
  });

  it('reads a viewport or nothing', () => {
    expect(parseViewport('{"zoom":1.5,"pan":{"x":10,"y":-4}}')).toEqual({
      zoom: 1.5,
      pan: { x: 10, y: -4 },
    });
    expect(parseViewport('{}')).toBeUndefined();
    expect(parseViewport('{"zoom":0,"pan":{"x":0,"y":0}}')).toBeUndefined();
    expect(parseViewport('{"zoom":1,"pan":{"x":"0","y":0}}')).toBeUndefined();
  });
});
