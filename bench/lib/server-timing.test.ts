import { describe, expect, it } from 'vitest';
import { combinePhases, parseServerTiming, phaseBreakdown } from './server-timing';

describe('server timing', () => {
  it('reads each phase once, summing repeats and skipping parts without a duration', () => {
    expect([
      ...parseServerTiming('body;dur=0.5, db;desc="x";dur=2, db;dur=1, junk, cache'),
    ]).toEqual([
      ['body', 0.5],
      ['db', 3],
    ]);
  });

  it('splits misses by phase, then the server total and the client time outside it', () => {
    const figures = phaseBreakdown([
      { ms: 10, serverTiming: 'body;dur=1, db;dur=5' },
      { ms: 20, serverTiming: 'body;dur=3, db;dur=7' },
      { ms: 99 },
    ]);
    expect(figures.map((f) => [f.phase, f.p50, f.p95, f.mean, f.count])).toEqual([
      ['body', 1, 3, 2, 2],
      ['db', 5, 7, 6, 2],
      ['server', 6, 10, 8, 2],
      ['outside', 4, 10, 7, 2],
    ]);
  });

  it('takes the median of rounds for each phase', () => {
    const round = (p50: number) => [{ phase: 'db', p50, p95: p50 * 2, mean: p50, count: 1 }];
    expect(combinePhases([round(1), round(5), round(3)])).toEqual([
      { phase: 'db', p50: 3, p95: 6, mean: 3, count: 3 },
    ]);
  });
});
