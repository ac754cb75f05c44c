import type { SliceNode } from '@/model/graph-slice';

/**
 * Bucketing for the timeline strip. Two clocks: when articles were published, and when the
 * events they cite happened (often decades earlier). Each gets its own series and axis. Pure;
 * dates are UTC calendar days.
 */

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface Bucket {
  /** First day of the bucket, YYYY-MM-DD. */
  readonly start: string;
  /** Last day of the bucket (inclusive), YYYY-MM-DD. */
  readonly end: string;
  readonly count: number;
}

export interface TimelineSeries {
  readonly granularity: Granularity;
  /** Contiguous buckets from the first to the last date (empty ones included). */
  readonly buckets: readonly Bucket[];
  readonly total: number;
  /** Nodes without a parseable date. */
  readonly undated: number;
}

export interface TimelineData {
  readonly articles: TimelineSeries;
  readonly events: TimelineSeries;
}

/** Most buckets a series may have; coarser granularity is chosen beyond it. */
export const MAX_BUCKETS = 120;

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01 UTC) of an ISO date or datetime; undefined if invalid. */
export function toDay(date: string): number | undefined {
  const m = /^(-?\d{4,6})-(\d{2})-(\d{2})/.exec(date);
  if (m === null) return undefined;
  const [, y, mo, d] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  // Date.UTC rolls 2024-02-31 over to March: reject instead.
  if (!Number.isFinite(ms) || new Date(ms).getUTCDate() !== Number(d)) return undefined;
  return Math.floor(ms / DAY_MS);
}

/** ISO date of a day number. */
export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Start day of the bucket holding `day`. Weeks start on Monday (ISO). */
export function bucketStart(day: number, g: Granularity): number {
  const d = new Date(day * DAY_MS);
  switch (g) {
    case 'day':
      return day;
    case 'week':
      // 1970-01-01 was a Thursday: shift so Monday is 0.
      return day - ((((day + 3) % 7) + 7) % 7);
    case 'month':
      return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
    case 'year':
      return Math.floor(Date.UTC(d.getUTCFullYear(), 0, 1) / DAY_MS);
  }
}

/** Start day of the bucket after the one starting at `start`. */
export function nextBucket(start: number, g: Granularity): number {
  const d = new Date(start * DAY_MS);
  switch (g) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
    case 'year':
      return Math.floor(Date.UTC(d.getUTCFullYear() + 1, 0, 1) / DAY_MS);
  }
}

/** The finest granularity giving at most MAX_BUCKETS buckets over [first, last] (years at most). */
export function chooseGranularity(first: number, last: number): Granularity {
  const span = last - first + 1;
  if (span <= MAX_BUCKETS) return 'day';
  if (span / 7 <= MAX_BUCKETS) return 'week';
  if (span / 30.44 <= MAX_BUCKETS) return 'month';
  return 'year';
}

/** Buckets a list of ISO dates (nulls and garbage count as undated). */
export function bucketDates(
  dates: ReadonlyArray<string | null>,
  granularity?: Granularity,
): TimelineSeries {
  const days: number[] = [];
  let undated = 0;
  for (const date of dates) {
    const day = date === null ? undefined : toDay(date);
    if (day === undefined) undated += 1;
    else days.push(day);
  }
  if (days.length === 0)
    return { granularity: granularity ?? 'month', buckets: [], total: 0, undated };
  let first = Infinity;
  let last = -Infinity;
  for (const d of days) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const g = granularity ?? chooseGranularity(first, last);
  const counts = new Map<number, number>();
  for (const d of days) {
    const s = bucketStart(d, g);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const buckets: Bucket[] = [];
  // Bounded: a forced fine granularity over centuries would otherwise allocate millions.
  for (let s = bucketStart(first, g); s <= last && buckets.length < 10_000; s = nextBucket(s, g)) {
    const next = nextBucket(s, g);
    buckets.push({ start: fromDay(s), end: fromDay(next - 1), count: counts.get(s) ?? 0 });
  }
  return { granularity: g, buckets, total: days.length, undated };
}

/** Both clocks of a slice: article publication dates and cited-event dates. */
export function timelineData(nodes: readonly Pick<SliceNode, 'kind' | 'date'>[]): TimelineData {
  return {
    articles: bucketDates(nodes.filter((n) => n.kind === 'Article').map((n) => n.date)),
    events: bucketDates(nodes.filter((n) => n.kind === 'Event').map((n) => n.date)),
  };
}

/**
 * The date range a brush over buckets `[i, j]` (either order, clamped) selects: from the first
 * day of the first bucket to the last day of the last.
 */
export function brushRange(
  buckets: readonly Bucket[],
  i: number,
  j: number,
): { readonly from: string; readonly to: string } | undefined {
  if (buckets.length === 0) return undefined;
  const clamp = (k: number) => Math.min(Math.max(Math.round(k), 0), buckets.length - 1);
  const a = buckets[clamp(Math.min(i, j))];
  const b = buckets[clamp(Math.max(i, j))];
  return a === undefined || b === undefined ? undefined : { from: a.start, to: b.end };
}
