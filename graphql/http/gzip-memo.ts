/**
 * Gzipped answers by their JSON, least recently used first out, within a byte budget. A
 * whole-response cache hit is sent as the very string the cache holds (response-cache-plugin.ts),
 * so without this every hit of a 200 kB neighbourhood was gzipped again: about 1.5 ms of CPU, more
 * than the rest of the hit. Entries count the JSON they are keyed by as well as the gzip, since the
 * memo keeps that string alive after the response cache lets it go.
 */
export class GzipMemo {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  /** The memoized gzip of `json`, now the most recently used; undefined when absent. */
  get(json: string): Buffer | undefined {
    const gzipped = this.entries.get(json);
    if (gzipped === undefined) return undefined;
    this.entries.delete(json);
    this.entries.set(json, gzipped);
    return gzipped;
  }

  /** Keeps `gzipped` for `json`, dropping the least recently used entries over the budget. */
  set(json: string, gzipped: Buffer): void {
    const size = entryBytes(json, gzipped);
    if (size > this.budgetBytes) return;
    const old = this.entries.get(json);
    if (old !== undefined) {
      this.entries.delete(json);
      this.bytes -= entryBytes(json, old);
    }
    this.entries.set(json, gzipped);
    this.bytes += size;
    for (const [key, value] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.entries.delete(key);
      this.bytes -= entryBytes(key, value);
    }
  }

  /** Bytes held (JSON at two bytes a character, V8's worst case, plus the gzip). */
  get size(): number {
    return this.bytes;
  }
}

function entryBytes(json: string, gzipped: Buffer): number {
  return json.length * 2 + gzipped.length;
}
