/** A half-open character range `[start, end)` in the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Spans kept sorted by start, with the running maximum of their ends, so that "what overlaps or
 * lies inside this range" costs a binary search plus the spans it reports, instead of a pass over
 * every span (which made pattern matching quadratic on texts with thousands of mentions).
 * Spans added in increasing start order, as the pattern scanners find them, append in O(1).
 */
export class SpanIndex<T extends Span = Span> {
  private readonly spans: T[];
  /** `maxEnd[i]` is the largest `end` among `spans[0..i]`. */
  private readonly maxEnd: number[] = [];

  constructor(spans: Iterable<T> = []) {
    // Stable: spans that start together keep the order they were given in.
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.recomputeFrom(0);
  }

  get size(): number {
    return this.spans.length;
  }

  add(span: T): void {
    const last = this.spans[this.spans.length - 1];
    if (last === undefined || span.start >= last.start) {
      this.spans.push(span);
      this.maxEnd.push(Math.max(this.maxEnd[this.maxEnd.length - 1] ?? -Infinity, span.end));
      return;
    }
    const at = this.countStartingBefore(span.start + 1);
    this.spans.splice(at, 0, span);
    this.recomputeFrom(at);
  }

  /** How many spans start before `offset`. */
  countStartingBefore(offset: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid]?.start ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The span at sorted position `i`. */
  at(i: number): T | undefined {
    return this.spans[i];
  }

  /** True when some span shares at least one character with `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const last = this.countStartingBefore(end) - 1;
    return last >= 0 && (this.maxEnd[last] ?? -Infinity) > start;
  }

  /** The spans that share at least one character with `[start, end)`, in start order. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.countStartingBefore(end) - 1; i >= 0; i--) {
      // Nothing at or before i reaches past `start`: no earlier span can overlap.
      if ((this.maxEnd[i] ?? -Infinity) <= start) break;
      const span = this.spans[i];
      if (span !== undefined && span.end > start) out.push(span);
    }
    return out.reverse();
  }

  /** The spans lying entirely inside `[start, end)`, in start order. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.countStartingBefore(start); i < this.spans.length; i++) {
      const span = this.spans[i];
      if (span === undefined || span.start >= end) break;
      if (span.end <= end) out.push(span);
    }
    return out;
  }

  private recomputeFrom(from: number): void {
    this.maxEnd.length = from;
    let max = this.maxEnd[from - 1] ?? -Infinity;
    for (let i = from; i < this.spans.length; i++) {
      max = Math.max(max, this.spans[i]?.end ?? -Infinity);
      this.maxEnd.push(max);
    }
  }
}
