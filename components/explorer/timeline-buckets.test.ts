import { describe, expect, it } from 'vitest';
import { SAMPLE_SLICE } from '@/components/graph/test-slices';
import {
  MAX_BUCKETS,
  bucketDates,
  bucketStart,
  brushRange,
  chooseGranularity,
  fromDay,
  timelineData,
  toDay,
} from './timeline-buckets';

describe('timeline buckets', () => {
  it('parses dates strictly', () => {
    expect(fromDay(toDay('2024-02-29') ?? NaN)).toBe('2024-02-29');
    expect(toDay('2024-02-30')).toBeUndefined();
    expect(toDay('2024-01-05T12:00:00Z')).toBe(toDay('2024-01-05'));
    expect(toDay('yesterday')).toBeUndefined();
  });

  it('starts weeks on Monday', () => {
    const sunday = toDay('2024-03-10') ?? NaN;
    expect(fromDay(bucketStart(sunday, 'week'))).toBe('2024-03-04');
    expect(fromDay(bucketStart(toDay('2024-03-04') ?? NaN, 'week'))).toBe('2024-03-04');
    expect(fromDay(bucketStart(toDay('1969-12-31') ?? NaN, 'week'))).toBe('1969-12-29');
  });

  it('chooses a granularity that keeps bucket counts bounded', () => {
    const d = (s: string) => toDay(s) ?? NaN;
    expect(chooseGranularity(d('2024-01-01'), d('2024-02-01'))).toBe('day');
    expect(chooseGranularity(d('2024-01-01'), d('2024-12-31'))).toBe('week');
    expect(chooseGranularity(d('2020-01-01'), d('2024-12-31'))).toBe('month');
    expect(chooseGranularity(d('1950-06-25'), d('2024-12-31'))).toBe('year');
  });

  it('fills contiguous buckets including empty ones', () => {
    const s = bucketDates(['2024-01-15', '2024-01-20', '2024-03-01', null, 'bad'], 'month');
    expect(s.buckets).toEqual([
      { start: '2024-01-01', end: '2024-01-31', count: 2 },
      { start: '2024-02-01', end: '2024-02-29', count: 0 },
      { start: '2024-03-01', end: '2024-03-31', count: 1 },
    ]);
    expect(s.total).toBe(3);
    expect(s.undated).toBe(2);
  });

  it('never exceeds MAX_BUCKETS with automatic granularity', () => {
    const dates = ['1950-01-01', '2024-12-31', '2000-06-01']; // year is the coarsest granularity
    expect(bucketDates(dates).buckets.length).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(bucketDates(['1900-01-01', '2024-12-31'], 'day').buckets.length).toBeLessThanOrEqual(
      10_000,
    );
  });

  it('keeps the two clocks apart', () => {
    const t = timelineData(SAMPLE_SLICE.nodes);
    expect(t.articles.total).toBe(2);
    expect(t.articles.buckets[0]?.start).toBe('2024-01-01');
    expect(t.events.total).toBe(1);
    expect(t.events.buckets[0]?.start.startsWith('1950')).toBe(true);
    expect(bucketDates([]).buckets).toEqual([]);
  });

  it('turns a brush over buckets into a from/to range', () => {
    const { buckets } = bucketDates(['2024-01-15', '2024-03-01'], 'month');
    expect(brushRange(buckets, 2, 0)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(brushRange(buckets, -5, 0.2)).toEqual({ from: '2024-01-01', to: '2024-01-31' });
    expect(brushRange([], 0, 1)).toBeUndefined();
  });
});
