import { describe, expect, it } from 'vitest';
import { outletOfSource } from './source-outlets';

describe('outletOfSource', () => {
  it('finds the outlet a source is, by any of its names and ignoring an edition suffix', () => {
    expect(outletOfSource('KCNA')?.key).toBe('outlet:kcna');
    expect(outletOfSource('Korean Central News Agency')?.key).toBe('outlet:kcna');
    expect(outletOfSource('KCNA (EN)')?.key).toBe('outlet:kcna');
    expect(outletOfSource('Rodong Sinmun')?.key).toBe('outlet:rodong-sinmun');
    expect(outletOfSource('ITAR-TASS')?.key).toBe('outlet:tass');
  });

  it('leaves sources that are no listed outlet alone', () => {
    expect(outletOfSource('Ministry of Foreign Affairs (EN)')).toBeUndefined();
    expect(outletOfSource('')).toBeUndefined();
  });
});
