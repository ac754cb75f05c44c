/**
 * A value read from Neo4j (the data version, an API key's row) and trusted for `maxAgeMs` from the
 * moment its read began, so the age bounds how late a change made elsewhere is seen. Past half
 * that age (earlier when reads are slow: twice the last read's time before expiry) it is still
 * served, and read again in the background: under steady traffic nobody waits for the read.
 * Only the first caller after a quiet spell of the whole max age, or after the epoch moved or
 * `forget`, waits. One read at a time (callers arriving meanwhile share it),
 * and no timer: the refresh rides on the callers, so nothing is left to stop on shutdown.
 */

export interface RefreshAheadOptions<T> {
  readonly read: () => Promise<T>;
  /** How long a read is trusted from the moment it began; 0 reads on every call. */
  readonly maxAgeMs: number;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
  /**
   * A count whose move makes the value stale at once (this process's writes): a read that began
   * under another count may not see the write, so it is neither trusted nor shared.
   */
  readonly epoch?: () => number;
}

export class RefreshAhead<T> {
  private known: { readonly value: T; readonly at: number; readonly epoch: number } | undefined;
  private reading: { readonly promise: Promise<T>; readonly epoch: number } | undefined;
  /** Bumped by `forget`: a read that began before it must not be kept. */
  private generation = 0;
  /** How long the last kept read took: a refresh starts at least twice that before expiry. */
  private lastReadMs = 0;

  constructor(private readonly options: RefreshAheadOptions<T>) {}

  get(): Promise<T> {
    const epoch = this.options.epoch?.() ?? 0;
    const startedAt = this.options.now();
    const { known } = this;
    const { maxAgeMs } = this.options;
    if (known && known.epoch === epoch && startedAt - known.at < maxAgeMs) {
      // On a loaded machine a read can take a good part of the max age: it starts early enough to
      // end before the value expires. A failed refresh is for the next caller that waits to report.
      const refreshAt = Math.min(maxAgeMs / 2, maxAgeMs - 2 * this.lastReadMs);
      if (startedAt - known.at >= refreshAt) this.read(epoch, startedAt).catch(() => undefined);
      return Promise.resolve(known.value);
    }
    return this.read(epoch, startedAt);
  }

  /** Drops the value and disowns a read in flight: the next `get` reads again, and waits. */
  forget(): void {
    this.generation += 1;
    this.known = undefined;
    this.reading = undefined;
  }

  private read(epoch: number, startedAt: number): Promise<T> {
    if (this.reading && this.reading.epoch === epoch) return this.reading.promise;
    const startedIn = this.generation;
    const promise = this.options
      .read()
      .then((value) => {
        if (
          this.generation === startedIn &&
          (this.known === undefined || this.known.at <= startedAt)
        ) {
          this.known = { value, at: startedAt, epoch };
          this.lastReadMs = this.options.now() - startedAt;
        }
        return value;
      })
      .finally(() => {
        if (this.reading?.promise === promise) this.reading = undefined;
      });
    this.reading = { promise, epoch };
    return promise;
  }
}
