import { RefreshAhead } from './refresh-ahead';

/**
 * A bounded in-memory cache of read results, keyed by the read and its arguments, each entry tagged
 * with the graph's data version it was computed under. Ingest is the only writer of what the cached
 * reads see, and every ingest changes the data version, so an entry is served only while its version
 * is still the current one: a cached answer is never older than the data it describes.
 *
 * Analysts converge on the same hubs (the United States, KCNA, a slogan everyone is following), so
 * the same expansions and timelines are asked for over and over between two ingests; each costs
 * tens of milliseconds of Neo4j and Node time that a hit does not.
 *
 * Identical reads in flight at the same moment share one database round trip whether or not
 * results are stored (`maxBytes` 0), and so do the data-version checks. A version read is trusted
 * for `versionMaxAgeMs` from the moment its read began, which bounds how late another process's
 * write is seen; past half that age it is read again in the background while still served
 * (`refresh-ahead.ts`). A write by this process (`localWrites` moved, or `invalidate`) makes the
 * next lookup read the version again, and wait for it.
 */

export interface ReadCacheOptions {
  /** Most bytes of results kept (their estimated heap size, keys included); 0 stores nothing. */
  readonly maxBytes: number;
  /** Reads the current data version (a cheap query). */
  readonly readVersion: () => Promise<string>;
  /**
   * How long a version read is reused from the moment it began; 0 (the default) asks every time.
   * Past half of it, a lookup reads it again in the background and is answered from the old one.
   */
  readonly versionMaxAgeMs?: number;
  /** A count that moves whenever this process writes to the graph (the driver's). */
  readonly localWrites?: () => number;
  /** Milliseconds on a monotonic clock. */
  readonly now?: () => number;
}

export interface ReadCacheStats {
  readonly hits: number;
  readonly misses: number;
  /** Reads answered by joining an identical read already in flight. */
  readonly joined: number;
  readonly entries: number;
  readonly bytes: number;
}

export interface ReadCache {
  /** `read`, answered from the cache when it ran with the same arguments under the current version. */
  wrap<A extends readonly unknown[], R>(
    name: string,
    read: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R>;
  /**
   * `read` with identical calls in flight at the same moment sharing one database round trip, its
   * results not stored: for reads whose whole responses the GraphQL layer keeps already.
   */
  share<A extends readonly unknown[], R>(
    name: string,
    read: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R>;
  /**
   * For callers that compute and store in two steps (a whole GraphQL response): the current data
   * version and, when one was stored under it, the entry for `key`.
   */
  lookup(key: string): Promise<CacheLookup>;
  /** Stores `value` for `key` as computed under `lookup`'s version; ignored after an invalidate. */
  store(key: string, lookup: CacheLookup, value: unknown): void;
  /** Drops every entry; called after an in-process write so the next read checks the version. */
  invalidate(): void;
  stats(): ReadCacheStats;
}

export type CacheLookup =
  | {
      readonly hit: true;
      readonly version: string;
      readonly generation: number;
      readonly value: unknown;
    }
  | { readonly hit: false; readonly version: string; readonly generation: number };

interface Entry {
  readonly version: string;
  readonly value: unknown;
  readonly bytes: number;
}

/** JSON with object keys sorted, so two argument objects built in different orders share a key. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined) return null;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/** Round up to V8's 8-byte allocation unit. */
function aligned(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/** Characters of a string V8 can only store two bytes each. */
const TWO_BYTE = /[\u0100-\uffff]/;

/**
 * Estimated V8 heap bytes of a plain value (64-bit, no pointer compression): a header of 16 and
 * one or two bytes a character per string, 16 per number that is not a small integer, 24 and 8 a
 * property per object, 48 and 8 an element per array; property names are shared and not counted.
 * Measured against the heap (bench graph, after a full GC), JSON length times two overcounted a
 * neighbourhood answer 1.6x and a search answer 1.6x, and left out keys and entries.
 */
export function estimateHeapBytes(value: unknown): number {
  let bytes = 0;
  const pending: unknown[] = [value];
  // An explicit stack: a deep value cannot overflow the call stack.
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v === 'string') {
      bytes += aligned(16 + (TWO_BYTE.test(v) ? 2 : 1) * v.length);
    } else if (typeof v === 'number') {
      if (!Number.isInteger(v) || Math.abs(v) >= 2 ** 30) bytes += 16;
    } else if (Array.isArray(v)) {
      bytes += 48 + 8 * v.length;
      for (const item of v) pending.push(item);
    } else if (typeof v === 'object' && v !== null) {
      const values = Object.values(v);
      bytes += 24 + 8 * values.length;
      for (const item of values) pending.push(item);
    }
  }
  return bytes;
}

/** A Map entry and the cache's own entry object around a value, about. */
const ENTRY_BYTES = 96;

export function createReadCache(options: ReadCacheOptions): ReadCache {
  // A Map iterates in insertion order: re-inserting on every hit makes the first key the least
  // recently used one.
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<unknown>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let joined = 0;
  const dataVersion = new RefreshAhead({
    read: options.readVersion,
    maxAgeMs: options.versionMaxAgeMs ?? 0,
    now: options.now ?? (() => performance.now()),
    epoch: options.localWrites,
  });
  // Bumped by invalidate(): a read that began before it must not store its (older) result.
  let generation = 0;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  function store(key: string, entry: Entry): void {
    remove(key);
    // One result larger than the whole budget would only evict everything else and then itself.
    if (entry.bytes > options.maxBytes) return;
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (bytes <= options.maxBytes) break;
      remove(oldest);
    }
  }

  /** The entry for `key` if it was computed under the current version (then most recently used). */
  async function lookup(key: string): Promise<CacheLookup> {
    const startedIn = generation;
    const version = await dataVersion.get();
    const entry = entries.get(key);
    if (entry && entry.version === version) {
      hits += 1;
      entries.delete(key);
      entries.set(key, entry);
      return { hit: true, version, generation: startedIn, value: entry.value };
    }
    return { hit: false, version, generation: startedIn };
  }

  function keep(key: string, found: CacheLookup, value: unknown): void {
    // A read that began before an invalidate may have seen the data before the write.
    if (options.maxBytes > 0 && found.generation === generation)
      store(key, {
        version: found.version,
        value,
        // The key is held too, and the Map's entry for it.
        bytes: estimateHeapBytes(value) + estimateHeapBytes(key) + ENTRY_BYTES,
      });
  }

  /** `read` through the cache; `keepResults` false only joins identical reads in flight. */
  function through<A extends readonly unknown[], R>(
    name: string,
    read: (...args: A) => Promise<R>,
    keepResults: boolean,
  ) {
    return async (...args: A): Promise<R> => {
      const key = `${name}\u0000${stableKey(args)}`;
      const found: CacheLookup = keepResults
        ? await lookup(key)
        : { hit: false, version: await dataVersion.get(), generation };
      if (found.hit) return found.value as R;
      const flightKey = `${found.version}\u0000${key}`;
      const pending = inFlight.get(flightKey);
      if (pending) {
        joined += 1;
        return pending as Promise<R>;
      }
      misses += 1;
      const run = read(...args).then((value) => {
        if (keepResults) keep(key, found, value);
        return value;
      });
      inFlight.set(flightKey, run);
      // Errors are never stored: the next identical read tries again.
      const forget = () => inFlight.delete(flightKey);
      run.then(forget, forget);
      return run;
    };
  }

  return {
    wrap: (name, read) => through(name, read, true),
    share: (name, read) => through(name, read, false),
    lookup: async (key) => {
      const found = await lookup(key);
      if (!found.hit) misses += 1;
      return found;
    },
    store: keep,
    invalidate() {
      generation += 1;
      entries.clear();
      bytes = 0;
      dataVersion.forget();
    },
    stats: () => ({ hits, misses, joined, entries: entries.size, bytes }),
  };
}
