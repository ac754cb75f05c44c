/**
 * bench:ingest's physical anchor: the nodes and relationships the minimal writer writes, as CSV
 * files with headers, loaded by `neo4j-admin database import full` into a fresh database. The
 * tool's Java entry point (org.neo4j.cli.AdminTool, in neo4j-command-line, with the import command
 * from neo4j-import-tool) is on the local Neo4j launcher's class path, so it runs from the same
 * Maven artifacts; with NEO4J_HOME at the launcher's data directory, the database lands where the
 * launcher opens it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jConfig } from '../../config/neo4j';
import { classpathArgFile, jvmArgs } from '../../graph-db/server/local-neo4j';
import type { ExtractedArticle } from '../../ingest/types';
import { EDGES, minimalRows, type EdgeType, type MinimalRows } from './minimal-writer';

/** Between the elements of a list value: a character no extracted text holds (unit separator). */
const ARRAY_DELIMITER = '\u001f';
const NODE_LABELS: Record<keyof MinimalRows['nodes'], string> = {
  articles: 'Article',
  sources: 'Source',
  actors: 'Actor',
  events: 'Event',
  narratives: 'Narrative',
};

export interface ImportFiles {
  readonly nodes: readonly { readonly label: string; readonly file: string }[];
  readonly relationships: readonly { readonly type: EdgeType; readonly file: string }[];
  /** Files with a value that spans lines (then the importer must parse for them). */
  readonly multiline: readonly string[];
}

/**
 * The header type of a column. The driver sends JavaScript numbers as 64-bit floats, so the
 * writer stores every number as a Cypher FLOAT: `double` here.
 */
function columnType(values: readonly unknown[]): string {
  const sample = values.find((value) => value !== null && value !== undefined);
  if (typeof sample === 'number') return 'double';
  if (typeof sample === 'boolean') return 'boolean';
  if (Array.isArray(sample)) return 'string[]';
  return 'string';
}

/** One CSV field: strings quoted (quotes doubled), lists joined, null and undefined empty (absent). */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value)) text = value.map((item) => String(item)).join(ARRAY_DELIMITER);
  else throw new Error(`no CSV form for ${JSON.stringify(value)}`);
  return `"${text.replaceAll('"', '""')}"`;
}

/** Writes `rows` under `header` (the id columns first) to `file`; says whether a value spans lines. */
function writeCsv(
  file: string,
  idHeader: readonly string[],
  ids: (row: Record<string, unknown>) => readonly unknown[],
  rows: readonly Record<string, unknown>[],
  skip: ReadonlySet<string>,
): boolean {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter(
    (column) => !skip.has(column),
  );
  const header = [
    ...idHeader,
    ...columns.map((column) => `${column}:${columnType(rows.map((row) => row[column]))}`),
  ];
  const lines = [header.join(',')];
  for (const row of rows)
    lines.push([...ids(row), ...columns.map((column) => row[column])].map(field).join(','));
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  return /[\r\n]/.test(lines.slice(1).join(''));
}

/** The last row of each key, as MERGE … SET over successive batches would leave it. */
function lastByKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [key(row), row] as const)).values()];
}

/** Writes the import's CSV files for `articles` (distinct keys) into `dir`. */
export function writeImportCsv(articles: readonly ExtractedArticle[], dir: string): ImportFiles {
  mkdirSync(dir, { recursive: true });
  const { nodes, edges } = minimalRows(articles);
  const multiline: string[] = [];
  const nodeFiles = (Object.keys(NODE_LABELS) as (keyof MinimalRows['nodes'])[]).map((kind) => {
    const label = NODE_LABELS[kind];
    const file = path.join(dir, `${label}.csv`);
    const rows = lastByKey(nodes[kind], (row) => String(row.key));
    // The ID column is stored as the `key` property.
    if (writeCsv(file, [`key:ID(${label})`], (row) => [row.key], rows, new Set(['key'])))
      multiline.push(file);
    return { label, file };
  });
  const relationshipFiles = (Object.keys(EDGES) as EdgeType[]).map((type) => {
    const file = path.join(dir, `${type}.csv`);
    // MERGE (a)-[r:TYPE {key}]->(x) keeps one edge per ends and key.
    const rows = lastByKey(edges[type], (row) => `${row.from}\u0000${row.to}\u0000${row.edgeKey}`);
    const flat = rows.map((row) => ({
      from: row.from,
      to: row.to,
      key: row.edgeKey,
      ...row.props,
    }));
    const spans = writeCsv(
      file,
      [':START_ID(Article)', `:END_ID(${EDGES[type]})`, 'key:string'],
      (row) => [row.from, row.to, row.key],
      flat,
      new Set(['from', 'to', 'key']),
    );
    if (spans) multiline.push(file);
    return { type, file };
  });
  return { nodes: nodeFiles, relationships: relationshipFiles, multiline };
}

/**
 * The tool runs under `bash -c`, whose `times` then prints the CPU of its one child, the JVM, on the
 * last line of stderr. This process's own children's total (`cutime` in /proc) was not the tool's:
 * a benchmark Neo4j stopped before the import could be reaped during it, which added its whole
 * run's CPU (about 100 s) to the import's.
 */
const TIMED_JAVA = 'java "$@"; code=$?; times >&2; exit $code';

/** User plus system seconds from `times`' last line (`1m2.345s 0m0.678s`); NaN when absent. */
export function cpuSecondsOfTimes(output: string): number {
  const line = output.trimEnd().split('\n').at(-1) ?? '';
  const spent = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(line.trim());
  if (!spent) return Number.NaN;
  const [, um = '0', us = '0', sm = '0', ss = '0'] = spent;
  return Number(um) * 60 + Number(us) + Number(sm) * 60 + Number(ss);
}

export interface ImportResult {
  readonly seconds: number;
  /** The tool's own summary: what it imported. */
  readonly nodes: number;
  readonly relationships: number;
  /** CPU seconds (user + system) of the tool's JVM, from bash's `times`. */
  readonly cpuSeconds: number;
  /** The tool's output, for the log when something is off. */
  readonly output: string;
}

/**
 * Runs `neo4j-admin database import full` of `files` into the database `neo4j` under
 * `config.dataDir` (which must hold no database). Edges whose far end is missing are skipped, as
 * the writer's MATCH skips them. Timed from the JVM's start to its exit.
 */
export async function runAdminImport(
  files: ImportFiles,
  config: LocalNeo4jConfig,
  workDir: string,
): Promise<ImportResult> {
  const argFile = classpathArgFile(() => {});
  const confDir = path.join(workDir, 'conf');
  mkdirSync(confDir, { recursive: true });
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(path.join(confDir, 'neo4j.conf'), '');
  const edgeCount = files.relationships.length;
  const args = [
    ...jvmArgs(config),
    `@${argFile}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    ...files.nodes.map(({ label, file }) => `--nodes=${label}=${file}`),
    ...files.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0')}`,
    '--skip-bad-relationships=true',
    // Every skipped edge counts as a bad entry; the writer skips them silently.
    `--bad-tolerance=${Number.MAX_SAFE_INTEGER}`,
    `--report-file=${path.join(workDir, 'import.report')}`,
    `--max-off-heap-memory=${config.pageCacheMb}m`,
    // Names the file, line and cause of a failure (only shown then).
    '--verbose',
    // The v2 parser (multiline files named) failed on Article.csv at 11,207 articles: "Weird input
    // data, found CR outside a text cell" at the end of its 4 MiB read buffer, with no CR in the
    // file. v1 parses every file the slow way but reads it right.
    ...(files.multiline.length > 0 ? ['--multiline-fields=true'] : []),
  ];
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>(
    (resolve, reject) => {
      const child = spawn('bash', ['-c', TIMED_JAVA, 'bash', ...args], {
        env: { ...process.env, NEO4J_HOME: config.dataDir, NEO4J_CONF: confDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('error', reject);
      child.once('close', (exit) => resolve({ code: exit, output: text }));
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(output);
  if (code !== 0 || !imported) {
    throw new Error(
      `neo4j-admin database import exited ${code} (${edgeCount} relationship files); its output:\n${output.slice(-3000)}`,
    );
  }
  return {
    seconds,
    nodes: Number(imported[1]),
    relationships: Number(imported[2]),
    cpuSeconds: cpuSecondsOfTimes(output),
    output,
  };
}
