import { describe, expect, it } from 'vitest';
import { fnv1a } from './string-hash';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values, unsigned', () => {
    expect([fnv1a(''), fnv1a('a'), fnv1a('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
  });
});
