'use client';

import { useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { SliceNode } from '@/model/graph-slice';
import { KIND_STYLES } from '@/components/graph/stylesheet';
import { brushRange, timelineData, type Bucket, type TimelineSeries } from './timeline-buckets';

export interface TimelineStripProps {
  /** Nodes to count (usually all fetched nodes, so the strip shows what a brush can reach). */
  readonly nodes: readonly Pick<SliceNode, 'kind' | 'date'>[];
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** A brush on the publication row; undefined values clear the range. */
  readonly onRangeChange: (range: { from?: string; to?: string }) => void;
}

const WIDTH = 1000;
const ROW = 36;
function Bars({
  series,
  color,
  highlight,
}: {
  readonly series: TimelineSeries;
  readonly color: string;
  readonly highlight?: (b: Bucket) => boolean;
}) {
  const max = Math.max(1, ...series.buckets.map((b) => b.count));
  const w = WIDTH / Math.max(series.buckets.length, 1);
  return (
    <>
      {series.buckets.map((b, i) => {
        const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * (ROW - 4));
        return (
          <rect
            key={b.start}
            x={i * w + 0.5}
            y={ROW - h}
            width={Math.max(w - 1, 0.5)}
            height={h}
            fill={color}
            opacity={highlight === undefined || highlight(b) ? 1 : 0.3}
          >
            {/* One string child: React renders <title> children as a single text value, and an
                array here made server and client markup differ (hydration error #418). */}
            <title>{`${b.start === b.end ? b.start : `${b.start} – ${b.end}`}: ${b.count}`}</title>
          </rect>
        );
      })}
    </>
  );
}

/** A brushable row's label: what it counts, how many, per what, and its span. */
export function SeriesLabel({
  title,
  series,
}: {
  readonly title: string;
  readonly series: TimelineSeries;
}) {
  const buckets = series.buckets;
  return (
    <span className="timeline-label">
      {title} ({series.total}, per {series.granularity})
      {buckets[0] !== undefined ? (
        <span className="muted">
          {' '}
          {buckets[0].start} – {buckets.at(-1)?.end}
        </span>
      ) : null}
    </span>
  );
}

/**
 * A series as bars the analyst can drag across to pick a date range: the buckets outside the
 * range (or the drag) are dimmed; `onRangeChange` gets the dragged range when the drag ends.
 */
export function BrushableBars({
  series,
  color,
  from,
  to,
  onRangeChange,
  label,
}: {
  readonly series: TimelineSeries;
  readonly color: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly onRangeChange: (range: { from: string; to: string }) => void;
  /** Accessible name of the drawing. */
  readonly label: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const buckets = series.buckets;

  const bucketAt = (e: ReactPointerEvent<SVGSVGElement>) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (rect === undefined || rect.width === 0) return 0;
    return Math.floor(((e.clientX - rect.left) / rect.width) * buckets.length);
  };

  const inRange = (b: Bucket) => {
    if (drag !== null) {
      const r = brushRange(buckets, drag.start, drag.end);
      return r !== undefined && b.end >= r.from && b.start <= r.to;
    }
    return (from === undefined || b.end >= from) && (to === undefined || b.start <= to);
  };

  return (
    <svg
      ref={svgRef}
      className="timeline-brush"
      viewBox={`0 0 ${WIDTH} ${ROW}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      onPointerDown={(e) => {
        if (buckets.length === 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const i = bucketAt(e);
        setDrag({ start: i, end: i });
      }}
      onPointerMove={(e) => {
        if (drag !== null) setDrag({ ...drag, end: bucketAt(e) });
      }}
      onPointerUp={() => {
        if (drag === null) return;
        const r = brushRange(buckets, drag.start, drag.end);
        setDrag(null);
        if (r !== undefined) onRangeChange(r);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      <Bars series={series} color={color} highlight={inRange} />
    </svg>
  );
}

/**
 * Two clocks over the graph: articles per period (brushable: drag to set the date filter) and
 * the dates of the events those articles cite. The bucketing is in timeline-buckets.ts.
 */
export function TimelineStrip({ nodes, from, to, onRangeChange }: TimelineStripProps) {
  const data = useMemo(() => timelineData(nodes), [nodes]);
  if (data.articles.total === 0 && data.events.total === 0) {
    return (
      <section className="timeline-strip empty" aria-label="Timeline" data-testid="timeline-strip">
        <p className="muted">No dated articles or events in view.</p>
      </section>
    );
  }

  return (
    <section className="timeline-strip" aria-label="Timeline" data-testid="timeline-strip">
      <div className="timeline-row">
        <SeriesLabel title="Published" series={data.articles} />
        <BrushableBars
          series={data.articles}
          color={KIND_STYLES.Article.color}
          from={from}
          to={to}
          onRangeChange={onRangeChange}
          label="Articles per period. Drag to filter by publication date."
        />
      </div>
      <div className="timeline-row">
        <span className="timeline-label">
          Cited events ({data.events.total}, per {data.events.granularity})
          {data.events.buckets[0] !== undefined ? (
            <span className="muted">
              {' '}
              {data.events.buckets[0].start.slice(0, 4)} –{' '}
              {data.events.buckets.at(-1)?.end.slice(0, 4)}
            </span>
          ) : null}
        </span>
        <svg
          viewBox={`0 0 ${WIDTH} ${ROW}`}
          preserveAspectRatio="none"
          role="img"
          aria-label="Cited events per period"
        >
          <Bars series={data.events} color={KIND_STYLES.Event.color} />
        </svg>
      </div>
      <RangeNote lead="Published" from={from} to={to} onClear={() => onRangeChange({})} />
    </section>
  );
}

/** The chosen date window in words, with a button that clears it; nothing while none is set. */
export function RangeNote({
  lead,
  from,
  to,
  onClear,
}: {
  readonly lead: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly onClear: () => void;
}) {
  if (from === undefined && to === undefined) return null;
  return (
    <p className="timeline-range">
      {lead} {from ?? '…'} to {to ?? '…'}{' '}
      <button type="button" className="link-button" onClick={onClear}>
        Clear dates
      </button>
    </p>
  );
}
