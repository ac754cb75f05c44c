import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_WATCHES, maxWatches } from './watch-cap';

describe('maxWatches', () => {
  it('reads NARRAGRAPH_MAX_WATCHES, the default when unset, and refuses nonsense', () => {
    expect(maxWatches({})).toBe(DEFAULT_MAX_WATCHES);
    expect(maxWatches({ NARRAGRAPH_MAX_WATCHES: '25' })).toBe(25);
    expect(() => maxWatches({ NARRAGRAPH_MAX_WATCHES: '0' })).toThrow(/at least 1, got '0'/);
    expect(() => maxWatches({ NARRAGRAPH_MAX_WATCHES: '2.5' })).toThrow(/whole number/);
  });
});
