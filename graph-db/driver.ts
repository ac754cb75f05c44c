import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Session,
} from 'neo4j-driver';
import { readNeo4jConfig, type Neo4jConfig } from '../config/neo4j';
import { disableNagleOnConnect } from './no-delay';

/**
 * The one Neo4j driver of the process. Server-only: client components must never import this.
 * Kept on globalThis so Next's dev reloads reuse it instead of leaking connections.
 */
interface DriverHolder {
  driver?: Driver;
  config?: Neo4jConfig;
  /** Writes this process finished; on globalThis so both of Next's module copies see each one. */
  writes?: number;
}
const holder = globalThis as typeof globalThis & { __narragraphNeo4j?: DriverHolder };
const state: DriverHolder = (holder.__narragraphNeo4j ??= {});

/** Thrown when Neo4j cannot be reached; the API maps it to SERVICE_UNAVAILABLE. */
export class Neo4jUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Neo4jUnavailableError';
  }
}

/** Thrown when a read exceeds NEO4J_READ_TIMEOUT_MS; the API maps it to QUERY_TOO_COMPLEX. */
export class Neo4jTimeoutError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Neo4jTimeoutError';
  }
}

/**
 * How long past the server-side read timeout a read may take before the client gives up on the
 * server: covers the driver's retry budget (maxTransactionRetryTime) and round trips.
 */
const READ_GUARD_GRACE_MS = 10_000;

function config(): Neo4jConfig {
  return (state.config ??= readNeo4jConfig());
}

/** Returns the shared driver, creating it on first use from NEO4J_* settings. */
export function getDriver(): Driver {
  if (state.driver) return state.driver;
  const settings = config();
  if (settings.uri === undefined) {
    throw new Neo4jUnavailableError(
      'NEO4J_URI is not set: start the app with `npm start` / `npm run dev` (which start the local Neo4j) or point NEO4J_URI at a Neo4j 5 server',
    );
  }
  disableNagleOnConnect();
  state.driver = neo4j.driver(
    settings.uri,
    neo4j.auth.basic(settings.username, settings.password),
    {
      // Fail fast when Neo4j is gone instead of queueing requests behind a dead pool.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxConnectionPoolSize: 50,
      // The driver retries transient failures for 30 s by default; an interactive API should say
      // SERVICE_UNAVAILABLE after a few seconds instead of holding the request that long.
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
      // The neighbourhood's and the paths' reads name nodes by `id()` on purpose (neo4j-values.ts,
      // `internalId`), which Neo4j 5 flags as deprecated in every such statement's summary: a few
      // hundred bytes per use sent and decoded on every run, and read by nothing here.
      notificationFilter: {
        disabledCategories: [neo4j.notificationFilterDisabledCategory.DEPRECATION],
      },
      userAgent: 'narragraph/0.1',
    },
  );
  return state.driver;
}

/** Session options shared by reads and writes. */
function sessionOptions(mode: 'READ' | 'WRITE') {
  const database = config().database;
  return {
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(database === undefined ? {} : { database }),
  };
}

/**
 * Codes that mean "Neo4j cannot serve right now", not "this request is wrong": the driver's own
 * (no server, connection lost) and the server's while its database starts or shuts down.
 */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

/** True when `error` says Neo4j is unreachable or not serving (an outage, not a bad query). */
export function isUnavailableError(error: unknown): boolean {
  if (error instanceof Neo4jUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = 'code' in error ? String((error as { code: unknown }).code) : '';
  // Every pooled connection is stuck on a server that stopped answering: the pool says so without
  // a code, after connectionAcquisitionTimeout.
  return (
    UNAVAILABLE_CODES.has(code) ||
    error.message.startsWith('Connection acquisition timed out') ||
    // A server killed while a connection logs in drops it mid-handshake: the driver reports a
    // protocol error ("closed by server", or "failed to connect ... ECONNRESET"), but nothing was
    // wrong with the request.
    (code === 'ProtocolError' &&
      /connection was closed by server|failed to connect to server/i.test(error.message))
  );
}

function translate(error: unknown): never {
  if (error instanceof Neo4jUnavailableError) throw error;
  if (isUnavailableError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Neo4jUnavailableError(`Neo4j is unavailable: ${message}`, { cause: error });
  }
  if (error instanceof Error && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      throw new Neo4jTimeoutError(`Neo4j read timed out: ${error.message}`, { cause: error });
    }
  }
  throw error;
}

/** Read options: a caller may only shorten the configured timeout, never extend it. */
interface ReadOptions {
  readonly timeoutMs?: number;
}

/**
 * Runs a read that `start` begins on a fresh read session, bounded by the read timeout (the
 * server's) and a guard of our own past it.
 */
async function guardedRead<T>(
  options: ReadOptions,
  start: (session: Session, timeout: number) => Promise<T>,
): Promise<T> {
  const session = getDriver().session(sessionOptions('READ'));
  const timeout = Math.min(options.timeoutMs ?? Infinity, config().readTimeoutMs);
  let settled = false;
  const run = start(session, timeout).finally(() => {
    settled = true;
  });
  // The transaction timeout is enforced by the server, so a server that stopped answering (frozen
  // process, connection silently dropped) would hold the request forever; past the server's bound
  // plus the driver's retry budget, nothing healthy is still coming.
  const guardMs = timeout + READ_GUARD_GRACE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Neo4jUnavailableError(`Neo4j did not answer a read within ${guardMs} ms`)),
      guardMs,
    );
  });
  try {
    return await Promise.race([run, guard]);
  } catch (error) {
    return translate(error);
  } finally {
    clearTimeout(timer);
    if (settled) {
      await session.close();
    } else {
      // Abandoned to a silent server: release the session once it answers or the socket dies.
      const release = () => session.close().catch(() => undefined);
      void run.then(release, release);
    }
  }
}

/**
 * Runs `work` in a read transaction (routable to cluster secondaries) with the read timeout, or
 * `options.timeoutMs` when shorter (best-effort reads that may give up early).
 * Retries of transient failures are the driver's.
 */
export function readTransaction<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
  options: ReadOptions = {},
): Promise<T> {
  return guardedRead(options, (session, timeout) => session.executeRead(work, { timeout }));
}

/** What runs a statement: a transaction, or {@link readStatement}'s auto-commit session. */
export type StatementRunner = Pick<ManagedTransaction, 'run'>;

/**
 * Runs a read of one statement as an auto-commit transaction, bounded as {@link readTransaction}:
 * one round trip where a transaction function takes two (the statement, then COMMIT), and less
 * driver work, for the reads an interactive request makes most (search). `work` must run a single
 * statement (a second would be a transaction of its own). A transient failure is not retried.
 */
export function readStatement<T>(
  work: (runner: StatementRunner) => Promise<T>,
  options: ReadOptions = {},
): Promise<T> {
  return guardedRead(options, (session, timeout) =>
    work({ run: (cypher, params) => session.run(cypher, params, { timeout }) }),
  );
}

/**
 * How many writes (write transactions and auto-commit statements, failed ones too) this process
 * has finished: the read cache re-reads the data version when it changed, so a write is seen by
 * the next read here at once.
 */
export function localWriteCount(): number {
  return state.writes ?? 0;
}

function countWrite(): void {
  state.writes = localWriteCount() + 1;
}

/**
 * Runs `work` in one write transaction: all of it lands or none of it. `bookkeeping` marks a write
 * of no graph data (an API key's usage stamp), which leaves the data version alone: counted, it
 * made every cached answer wait for a version read after each stamp.
 */
export async function writeTransaction<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
  options: { readonly bookkeeping?: boolean } = {},
): Promise<T> {
  const session = getDriver().session(sessionOptions('WRITE'));
  try {
    return await session.executeWrite(work);
  } catch (error) {
    return translate(error);
  } finally {
    if (options.bookkeeping !== true) countWrite();
    await session.close();
  }
}

/** Runs one auto-commit statement (needed for schema changes, which cannot share a transaction). */
export async function runAutoCommit(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult> {
  const session = getDriver().session(sessionOptions('WRITE'));
  try {
    return await session.run(cypher, params);
  } catch (error) {
    return translate(error);
  } finally {
    countWrite();
    await session.close();
  }
}

/** Checks connectivity and returns the server's agent string, e.g. `Neo4j/5.26.30`. */
export async function verifyDriver(): Promise<string> {
  try {
    const info = await getDriver().getServerInfo();
    return info.agent ?? 'Neo4j/unknown';
  } catch (error) {
    return translate(error);
  }
}

/** Closes the driver (on shutdown, and between test files). */
export async function closeDriver(): Promise<void> {
  const driver = state.driver;
  state.driver = undefined;
  state.config = undefined;
  if (driver) await driver.close();
}
