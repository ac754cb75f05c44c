import { envBool, envChoice, envInt, envList, envMs, envNumber, envString, type Env } from './env';
import { readConnectDeadlineMs, readLocalNeo4jConfig, readNeo4jConfig } from './neo4j';

/**
 * The web server's settings (graph-db's caches, the GraphQL API's limits, the HTTP server and the
 * start script), read from the environment by one module. Each part has its own reader so a
 * module reads only what it uses; `readServerConfig` reads them all, which `npm start` does first
 * so a bad value stops it before anything starts. docs/configuration.md lists every variable.
 */

/** Bytes of read results kept between two ingests (NARRAGRAPH_READ_CACHE_MB; 0 turns it off). */
export function readCacheBytes(env: Env = process.env): number {
  return Math.floor(envNumber(env, 'NARRAGRAPH_READ_CACHE_MB', 64, { zero: true }) * 1024 * 1024);
}

/** Old space per MiB of read cache, and besides it, in the server's default heap bound. */
const HEAP_MIB_PER_CACHE_MIB = 4;
const HEAP_BASE_MIB = 256;

/**
 * The production server's V8 old-space bound in MiB (NARRAGRAPH_SERVER_HEAP_MB; 0 leaves V8's own,
 * gigabytes on a large machine). With a bound of gigabytes V8 lets garbage reach up to 4 times the
 * live heap before a full collection; a bound near the live heap lowers that factor (1.4 at 512 MiB)
 * and never lets a collection wait past halfway to it. The default leaves room for the two caches
 * (pages and API) at their cap with the same again in flight: 512 with the default 64 MiB cache.
 */
export function readServerHeapMiB(env: Env = process.env): number {
  const cacheMiB = readCacheBytes(env) / 1024 / 1024;
  return envInt(
    env,
    'NARRAGRAPH_SERVER_HEAP_MB',
    Math.ceil(HEAP_BASE_MIB + HEAP_MIB_PER_CACHE_MIB * cacheMiB),
    0,
  );
}

/** Node's flags for the production server process (scripts/serve.ts). */
export function serverNodeFlags(env: Env = process.env): string[] {
  const heap = readServerHeapMiB(env);
  return heap > 0 ? [`--max-old-space-size=${heap}`] : [];
}

/**
 * How long a data version read from Neo4j is trusted (NARRAGRAPH_DATA_VERSION_MAX_AGE_MS; 0 reads
 * it on every request). It bounds how late another process's write is seen.
 */
export function readDataVersionMaxAgeMs(env: Env = process.env): number {
  return envMs(env, 'NARRAGRAPH_DATA_VERSION_MAX_AGE_MS', 1_000);
}

export interface AdmissionSettings {
  /** Operations of any cost at once. */
  readonly maxInFlight: number;
  /** More operations at once, for cheap queries only (0: no cheap lane). */
  readonly cheapInFlight: number;
  /** Highest charge (cost + read cost) of a cheap query. */
  readonly cheapMaxCost: number;
  readonly maxQueue: number;
  readonly maxWaitMs: number;
}

/** Server-wide admission of GraphQL operations; defaults fit a 2-core machine (docs/security.md). */
export function readAdmissionSettings(env: Env = process.env): AdmissionSettings {
  return {
    maxInFlight: envInt(env, 'GRAPHQL_MAX_IN_FLIGHT', 4),
    cheapInFlight: envInt(env, 'GRAPHQL_CHEAP_IN_FLIGHT', 4, 0),
    cheapMaxCost: envInt(env, 'GRAPHQL_CHEAP_MAX_COST', 1_000),
    maxQueue: envInt(env, 'GRAPHQL_MAX_QUEUE', 64),
    maxWaitMs: envMs(env, 'GRAPHQL_MAX_QUEUE_WAIT_MS', 3_000, 1),
  };
}

export interface BucketSettings {
  /** Most cost a client can spend at once (the burst). */
  readonly capacity: number;
  /** Cost refilled per second (the sustained rate). */
  readonly refillPerSecond: number;
}

export interface RateLimitSettings {
  readonly anonymous: BucketSettings;
  readonly key: BucketSettings;
  /** False turns the limiter off (benchmarks of raw latency; never in production). */
  readonly enabled: boolean;
}

/** Cost buckets per client address and per key (docs/security.md). */
export function readRateLimitSettings(env: Env = process.env): RateLimitSettings {
  return {
    enabled: envBool(env, 'RATE_LIMIT', true),
    anonymous: {
      capacity: envNumber(env, 'RATE_LIMIT_CAPACITY', 100_000),
      refillPerSecond: envNumber(env, 'RATE_LIMIT_REFILL_PER_SECOND', 2_000),
    },
    key: {
      capacity: envNumber(env, 'RATE_LIMIT_KEY_CAPACITY', 400_000),
      refillPerSecond: envNumber(env, 'RATE_LIMIT_KEY_REFILL_PER_SECOND', 8_000),
    },
  };
}

/** Which engine executes operations: `graphql-js` is the reference fallback. */
export const EXECUTOR_NAMES = ['jit', 'graphql-js'] as const;
export type ExecutorName = (typeof EXECUTOR_NAMES)[number];

export interface ApiSettings {
  readonly executor: ExecutorName;
  readonly introspection: boolean;
  /** False turns the ingest mutations off (a public deployment). */
  readonly ingest: boolean;
  /** True makes reads need a key too. */
  readonly requireReadKey: boolean;
  /** Benchmarks: tell whether the response cache answered (`x-narragraph-cache`). */
  readonly cacheHeader: boolean;
  /** Benchmarks: send each answer's phases as `Server-Timing` (graphql/execution/request-trace.ts). */
  readonly serverTiming: boolean;
}

export function readApiSettings(env: Env = process.env): ApiSettings {
  return {
    executor: envChoice(env, 'GRAPHQL_EXECUTOR', EXECUTOR_NAMES, 'jit'),
    introspection: envBool(env, 'GRAPHQL_INTROSPECTION', true),
    ingest: envBool(env, 'GRAPHQL_INGEST', true),
    requireReadKey: envBool(env, 'NARRAGRAPH_REQUIRE_READ_KEY', false),
    cacheHeader: envBool(env, 'NARRAGRAPH_CACHE_HEADER', false),
    serverTiming: envBool(env, 'NARRAGRAPH_SERVER_TIMING', false),
  };
}

export interface DeliverySettings {
  /** The site's address in webhook payloads and Atom links; undefined: the request's origin. */
  readonly publicUrl: string | undefined;
  readonly webhookAllowLoopback: boolean;
}

export function readDeliverySettings(env: Env = process.env): DeliverySettings {
  return {
    publicUrl: envString(env, 'NARRAGRAPH_PUBLIC_URL'),
    webhookAllowLoopback: envBool(env, 'NARRAGRAPH_WEBHOOK_ALLOW_LOOPBACK', false),
  };
}

export interface HttpSettings {
  readonly port: number;
  readonly hostname: string;
  /** Addresses of reverse proxies whose X-Forwarded-For is trusted. */
  readonly trustedProxies: readonly string[];
}

export function readHttpSettings(env: Env = process.env): HttpSettings {
  return {
    port: envInt(env, 'PORT', 3000),
    hostname: envString(env, 'HOSTNAME') ?? '0.0.0.0',
    trustedProxies: envList(env, 'NARRAGRAPH_TRUSTED_PROXIES'),
  };
}

export interface StartSettings {
  /** Load the demo data into an empty graph at start. */
  readonly demo: boolean;
  /** Run `next build` again even when a build exists. */
  readonly rebuild: boolean;
  /** Serve the benchmark pages (/bench/graph). */
  readonly benchPages: boolean;
}

export function readStartSettings(env: Env = process.env): StartSettings {
  return {
    demo: envBool(env, 'NARRAGRAPH_DEMO', true),
    rebuild: envBool(env, 'NARRAGRAPH_REBUILD', false),
    benchPages: envBool(env, 'NARRAGRAPH_BENCH_PAGES', false),
  };
}

/** Every server setting at once: a bad value of any throws, naming its variable. */
export function readServerConfig(env: Env = process.env) {
  return {
    neo4j: readNeo4jConfig(env),
    localNeo4j: readLocalNeo4jConfig(env),
    connectDeadlineMs: readConnectDeadlineMs(env),
    readCacheBytes: readCacheBytes(env),
    serverHeapMiB: readServerHeapMiB(env),
    dataVersionMaxAgeMs: readDataVersionMaxAgeMs(env),
    admission: readAdmissionSettings(env),
    rateLimit: readRateLimitSettings(env),
    api: readApiSettings(env),
    delivery: readDeliverySettings(env),
    http: readHttpSettings(env),
    start: readStartSettings(env),
  };
}
