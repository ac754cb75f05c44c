'use client';

import { useMemo } from 'react';
import { bucketDates } from '@/components/explorer/timeline-buckets';
import { BrushableBars, RangeNote, SeriesLabel } from '@/components/explorer/timeline-strip';

export interface CitationBrushProps {
  /** Citations per day, outside the current window too (what the brush can reach). */
  readonly days: readonly { readonly date: string; readonly count: number }[];
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** A brushed window; both undefined clears it. */
  readonly onRangeChange: (range: { from?: string; to?: string }) => void;
}

/** Citations per period; drag across it to set the network's time window. */
export function CitationBrush({ days, from, to, onRangeChange }: CitationBrushProps) {
  // bucketDates counts one date per item: one per citation, linear in the citations.
  const series = useMemo(
    () => bucketDates(days.flatMap((d) => Array.from({ length: d.count }, () => d.date))),
    [days],
  );
  return (
    <section
      className="timeline-strip"
      aria-label="Citations over time"
      data-testid="citation-brush"
    >
      <div className="timeline-row">
        <SeriesLabel title="Citations" series={series} />
        {series.buckets.length === 0 ? (
          <p className="muted">No dated citations.</p>
        ) : (
          <BrushableBars
            series={series}
            color="#E69F00"
            from={from}
            to={to}
            onRangeChange={onRangeChange}
            label="Citations per period. Drag to set the time window."
          />
        )}
      </div>
      <RangeNote
        lead="Citing articles from"
        from={from}
        to={to}
        onClear={() => onRangeChange({})}
      />
    </section>
  );
}
