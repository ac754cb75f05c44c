import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../testing/fuzz-settings';
import { SpanIndex, type Span } from './span-index';

const span = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 15 }))
  .map(([start, length]): Span => ({ start, end: start + length }));
const query = fc
  .tuple(fc.integer({ min: -5, max: 80 }), fc.integer({ min: 0, max: 30 }))
  .map(([start, length]) => ({ start, end: start + length }));

/** The plain passes the index replaces, in start order (ties in insertion order). */
const byStart = (spans: readonly Span[]): Span[] => [...spans].sort((a, b) => a.start - b.start);
const naive = {
  overlapping: (spans: readonly Span[], start: number, end: number): Span[] =>
    byStart(spans).filter((s) => s.start < end && start < s.end),
  within: (spans: readonly Span[], start: number, end: number): Span[] =>
    byStart(spans).filter((s) => s.start >= start && s.end <= end),
};

describe('SpanIndex', () => {
  it('answers overlap and containment queries exactly as a pass over every span', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 30 }),
        fc.array(span, { maxLength: 10 }),
        fc.array(query, { minLength: 1, maxLength: 10 }),
        (initial, added, queries) => {
          const index = new SpanIndex(initial);
          for (const s of added) index.add(s);
          const all = [...initial, ...added];
          // Ties in start keep insertion order for the constructor's spans, then added ones after.
          for (const { start, end } of queries) {
            expect(index.overlapping(start, end)).toEqual(naive.overlapping(all, start, end));
            expect(index.overlaps(start, end)).toBe(naive.overlapping(all, start, end).length > 0);
            expect(index.within(start, end)).toEqual(naive.within(all, start, end));
          }
          expect(index.size).toBe(all.length);
        },
      ),
      runs(300),
    );
  });

  it('counts the spans starting before an offset', () => {
    const index = new SpanIndex([
      { start: 5, end: 9 },
      { start: 1, end: 2 },
      { start: 5, end: 6 },
    ]);
    expect([0, 1, 2, 5, 6, 100].map((o) => index.countStartingBefore(o))).toEqual([
      0, 0, 1, 1, 3, 3,
    ]);
    expect(index.at(1)).toEqual({ start: 5, end: 9 });
  });
});
