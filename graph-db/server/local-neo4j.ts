import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalNeo4jConfig } from '../../config/neo4j';

/**
 * Builds (once) and runs the project's own Neo4j: an embedded Neo4j Community 5.26 in a small Java
 * launcher (LocalNeo4j.java) with Bolt on 127.0.0.1. Maven resolves and compiles only when the pom
 * or the launcher changed; every start after that is a plain `java -cp`.
 */

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const targetDir = path.join(serverDir, 'target');
const launcherJar = path.join(targetDir, 'narragraph-neo4j-launcher-1.0.0.jar');
const classpathFile = path.join(targetDir, 'classpath.txt');
const launcherSource = path.join(serverDir, 'src/main/java/dev/narragraph/neo4j/LocalNeo4j.java');
const pomFile = path.join(serverDir, 'pom.xml');

/** A problem the user must fix (missing Java, port taken...): printed as-is, without a stack. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface RunningNeo4j {
  readonly uri: string;
  readonly pid: number;
  readonly version: string;
  /** True when an already running local Neo4j was found and reused (we will not stop it). */
  readonly reused: boolean;
  /** Stops the process if this call started it; a reused one is left running. */
  stop(): Promise<void>;
}

const REMEDY =
  'Or point NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD) at any Neo4j 5 server instead: Neo4j Desktop, Aura, or a container elsewhere.';

function javaMajorVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return undefined;
  const major = Number(match[1]);
  // Java 8 and older report "1.8".
  return major === 1 ? Number(match[2]) : major;
}

/** Fails with what to install when Java 17+ is missing; returns the major version. */
export function checkJava(): number {
  const major = javaMajorVersion();
  if (major === undefined) {
    throw new LocalNeo4jError(
      `Java was not found. The local Neo4j needs Java 17 or newer: install it (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless). ${REMEDY}`,
    );
  }
  if (major < 17) {
    throw new LocalNeo4jError(
      `Java ${major} was found, but the local Neo4j needs Java 17 or newer (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless). ${REMEDY}`,
    );
  }
  return major;
}

function newerThan(file: string, ...sources: string[]): boolean {
  if (!existsSync(file)) return false;
  const built = statSync(file).mtimeMs;
  return sources.every((source) => statSync(source).mtimeMs <= built);
}

/** True when the launcher jar and its classpath are built and up to date. */
export function isLauncherBuilt(): boolean {
  return newerThan(launcherJar, pomFile, launcherSource) && newerThan(classpathFile, pomFile);
}

/**
 * Resolves Neo4j from Maven Central and compiles the launcher, unless already done.
 * Output of Maven goes to `log` so a first run shows progress.
 */
export function buildLauncher(log: (line: string) => void = console.log): void {
  checkJava();
  if (isLauncherBuilt()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      `Maven (mvn) was not found. It resolves Neo4j 5.26 from Maven Central once: install it (Debian/Ubuntu: apt-get install -y maven). ${REMEDY}`,
    );
  }
  log('Resolving Neo4j 5.26 from Maven Central and compiling the launcher (first run only)...');
  const build = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      pomFile,
      'package',
      'dependency:build-classpath',
      `-Dmdep.outputFile=${classpathFile}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (build.status !== 0) {
    throw new LocalNeo4jError(
      `Building the local Neo4j launcher failed (mvn exit ${build.status ?? build.signal}). Check that Maven Central is reachable. ${REMEDY}`,
    );
  }
}

/**
 * Builds the launcher if needed and returns a Java argument file (`java @file`) holding the class
 * path of Neo4j and the launcher: it keeps the 200 jars off the command line (and out of `ps`).
 */
export function classpathArgFile(log: (line: string) => void = console.log): string {
  buildLauncher(log);
  const classpath = `${launcherJar}${path.delimiter}${readFileSync(classpathFile, 'utf8').trim()}`;
  const argFile = path.join(targetDir, 'classpath.argfile');
  writeFileSync(argFile, `-cp "${classpath.replaceAll('\\', '/')}"\n`);
  return argFile;
}

/** Resolves when something accepts TCP connections on 127.0.0.1:port, false after `timeoutMs`. */
export function portAnswers(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

interface PidFile {
  pid: number;
  port: number;
  version: string;
}

/** Where the launcher records the process it started for a data directory (benchmarks read it). */
export function localNeo4jPidFile(dataDir: string): string {
  return path.join(dataDir, 'narragraph-neo4j.pid.json');
}

function pidFilePath(config: LocalNeo4jConfig): string {
  return localNeo4jPidFile(config.dataDir);
}

function readPidFile(config: LocalNeo4jConfig): PidFile | undefined {
  try {
    return JSON.parse(readFileSync(pidFilePath(config), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

/**
 * A killed process whose parent never reaps it stays a zombie, and signal 0 still reaches it (a
 * container's PID 1 often reaps nothing): on Linux its state in /proc says it is dead.
 */
function zombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

/** Whether a process runs: it exists (EPERM: owned by someone else) and is not a zombie. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !zombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LocalNeo4jStartOptions {
  /**
   * The JVM is started for one bulk load and stopped after it (`npm run ingest` with no Neo4j
   * running): C1 only. C2's compilations cost more CPU than its faster code saves within one load
   * on 2 cores; a server that answers reads keeps C2 (docs/benchmarks.md, JIT flags).
   */
  readonly bulkLoad?: boolean;
}

/** JVM flags Neo4j 5 needs on Java 17, sized for a 2-core / 24 GiB machine by default. */
export function jvmArgs(config: LocalNeo4jConfig, options: LocalNeo4jStartOptions = {}): string[] {
  return [
    ...(options.bulkLoad === true ? ['-XX:TieredStopAtLevel=1'] : []),
    `-Xms${Math.min(512, config.heapMb)}m`,
    `-Xmx${config.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}

function waitForExit(child: ChildProcess | number, timeoutMs: number): Promise<boolean> {
  const pid = typeof child === 'number' ? child : child.pid;
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const tick = () => {
      if (pid === undefined || !processAlive(pid)) return resolve(true);
      if (Date.now() > deadline) return resolve(false);
      setTimeout(tick, 100);
    };
    tick();
  });
}

async function stopPid(pid: number): Promise<void> {
  if (!processAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  // Neo4j checkpoints on a clean shutdown; give it time before forcing.
  if (!(await waitForExit(pid, 30_000))) process.kill(pid, 'SIGKILL');
}

/**
 * Starts the local Neo4j (or reuses one already running on the same data directory), waits until
 * Bolt answers and returns its URI. Throws LocalNeo4jError with a remedy for every expected fault.
 */
export async function startLocalNeo4j(
  config: LocalNeo4jConfig,
  log: (line: string) => void = console.log,
  options: LocalNeo4jStartOptions = {},
): Promise<RunningNeo4j> {
  mkdirSync(config.dataDir, { recursive: true });
  const existing = readPidFile(config);
  if (existing) {
    if (processAlive(existing.pid) && (await portAnswers(existing.port))) {
      log(`Reusing the local Neo4j already running (pid ${existing.pid}, port ${existing.port}).`);
      return {
        uri: `bolt://127.0.0.1:${existing.port}`,
        pid: existing.pid,
        version: existing.version,
        reused: true,
        stop: async () => {},
      };
    }
    log(
      `Removing a stale pid file of a local Neo4j that is no longer running (pid ${existing.pid}).`,
    );
    rmSync(pidFilePath(config), { force: true });
  }
  if (await portAnswers(config.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${config.boltPort} on 127.0.0.1 is already in use by another program. Stop it, or choose another port with NEO4J_BOLT_PORT. ${REMEDY}`,
    );
  }

  const argFile = classpathArgFile(log);
  // Output goes to a log file, not a pipe: the launcher outlives `npm run neo4j -- start`, and a
  // pipe would both keep that command from exiting and break when it does.
  const logFile = path.join(config.dataDir, 'launcher.log');
  writeFileSync(logFile, '');
  const logFd = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      ...jvmArgs(config, options),
      `@${argFile}`,
      'dev.narragraph.neo4j.LocalNeo4j',
      `dataDir=${config.dataDir}`,
      `boltPort=${config.boltPort}`,
      `pageCacheMb=${config.pageCacheMb}`,
    ],
    // Detached into its own process group so Ctrl-C in a terminal reaches us first and we stop it cleanly.
    { stdio: ['ignore', logFd, logFd], detached: true },
  );
  closeSync(logFd);
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = String(code ?? signal);
  });
  child.unref();

  const deadline = Date.now() + 180_000;
  let version: string | undefined;
  for (;;) {
    const output = readFileSync(logFile, 'utf8');
    version = /NARRAGRAPH_NEO4J_READY \S+ version=(\S+)/.exec(output)?.[1];
    if (version !== undefined) break;
    const reason = /NARRAGRAPH_NEO4J_ERROR (.*)/.exec(output)?.[1];
    if (exited !== undefined || reason !== undefined) {
      throw new LocalNeo4jError(
        reason
          ? `The local Neo4j did not start: ${reason}`
          : `The local Neo4j exited (${exited}) before it was ready. If memory is short, lower NEO4J_HEAP_MB / NEO4J_PAGECACHE_MB. Its output (${logFile}):\n${output.slice(-2000)}`,
      );
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new LocalNeo4jError(
        `The local Neo4j did not answer on Bolt within 180 s; see ${logFile}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const ready = { version };
  const pid = child.pid ?? -1;
  writeFileSync(
    pidFilePath(config),
    JSON.stringify({ pid, port: config.boltPort, version: ready.version } satisfies PidFile),
  );
  return {
    uri: `bolt://127.0.0.1:${config.boltPort}`,
    pid,
    version: ready.version,
    reused: false,
    stop: async () => {
      await stopPid(pid);
      rmSync(pidFilePath(config), { force: true });
    },
  };
}

/** Stops the local Neo4j recorded in the data directory, if any. Returns whether one was running. */
export async function stopLocalNeo4j(config: LocalNeo4jConfig): Promise<boolean> {
  const existing = readPidFile(config);
  if (!existing) return false;
  const wasAlive = processAlive(existing.pid);
  await stopPid(existing.pid);
  rmSync(pidFilePath(config), { force: true });
  return wasAlive;
}
