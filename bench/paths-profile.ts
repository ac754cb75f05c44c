/**
 * Where a paths cache miss spends its time, over the pairs bench:api's paths scenario asks for
 * (the first distinct operations of its first round's sequence), one at a time: each statement of
 * the repository's search (the ends, each level, the last hop, the slice) with its rows, the
 * levels a search reads, and the whole call, split by the answer (shortest length, `truncatedBy`).
 * Reads only; it neither builds nor migrates the graph, so point it at one that bench:api built:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7689 NEO4J_USERNAME=neo4j NEO4J_PASSWORD= npx tsx bench/paths-profile.ts
 *
 * Env: BENCH_PROFILE_PAIRS (300), BENCH_PROFILE_SLOWEST (10) slowest pairs listed,
 * BENCH_PROFILE_BOUNDS (JSON, e.g. '{"levelBudget":5000}') to try other search bounds.
 */
import { readTransaction } from '@/graph-db/driver';
import { PATH_SEARCH_BOUNDS, pathsIn } from '@/graph-db/repositories/explore-repository';
import type { PathSearchBounds } from '@/graph-db/repositories/path-search';
import { envNumber } from './lib/bench-graph';
import {
  firstOccurrences,
  pathsRequest,
  readVocabulary,
  scenarioPool,
  zipfSequence,
} from './lib/operation-mix';
import { percentiles } from './lib/stats';
import { runProfile, timedTransaction, type ManagedTransaction } from './lib/profile';

const PAIRS = envNumber('BENCH_PROFILE_PAIRS', 300);
const SLOWEST = envNumber('BENCH_PROFILE_SLOWEST', 10);
const BOUNDS: PathSearchBounds = {
  ...PATH_SEARCH_BOUNDS,
  ...(JSON.parse(process.env.BENCH_PROFILE_BOUNDS ?? '{}') as Partial<PathSearchBounds>),
};
/** bench:api's pool and first sequence (BENCH_DISTINCT 1,000, BENCH_ZIPF 1, round 1). */
const DISTINCT = 1_000;

function statementName(cypher: string): string {
  if (cypher.includes('fromDegree')) return 'ends';
  if (cypher.includes('mid IN $targets')) return 'last hop';
  if (cypher.includes('$frontier')) return 'level';
  if (cypher.includes('$relIds')) return 'slice';
  return 'other';
}

/** Rows a statement returned: the length of its collected list when it returns one. */
function rowCount(records: readonly { keys: readonly PropertyKey[]; get(key: string): unknown }[]) {
  const list = records[0]?.keys.includes('reached') ? records[0].get('reached') : undefined;
  return Array.isArray(list) ? list.length : records.length;
}

/** `tx` with every `run` timed under its statement's name, with its rows, in `perCall` too. */
function timed(
  tx: ManagedTransaction,
  times: Map<string, number[]>,
  rows: Map<string, number[]>,
  perCall: string[],
): ManagedTransaction {
  return timedTransaction(tx, (cypher, ms, result) => {
    const name = statementName(cypher);
    times.set(name, [...(times.get(name) ?? []), ms]);
    rows.set(name, [...(rows.get(name) ?? []), rowCount(result.records)]);
    perCall.push(name);
  });
}

function row(name: string, values: readonly number[], unit = 'ms'): string {
  const { p50, p95, count } = percentiles(values);
  return `${name.padEnd(30)} | ${String(count).padStart(5)} | ${p50.toFixed(1).padStart(8)} | ${p95.toFixed(1).padStart(8)} ${unit}`;
}

async function main(): Promise<void> {
  const vocabulary = await readVocabulary(DISTINCT * 3);
  const pool = scenarioPool('paths', vocabulary, DISTINCT * 3);
  const pairs = firstOccurrences(zipfSequence(pool, DISTINCT, 1, 1_000)).slice(0, PAIRS);
  // Warm the plans and the page cache with pairs the profile does not time.
  for (const op of pool.slice(-20))
    await readTransaction((tx) => pathsIn(tx, pathsRequest(op.variables), undefined, BOUNDS));
  const times = new Map<string, number[]>();
  const rows = new Map<string, number[]>();
  const byAnswer = new Map<string, number[]>();
  const statements: number[] = [];
  const calls: { ms: number; label: string; steps: string }[] = [];
  for (const op of pairs) {
    const perCall: string[] = [];
    const started = performance.now();
    const slice = await readTransaction((tx) =>
      pathsIn(timed(tx, times, rows, perCall), pathsRequest(op.variables), undefined, BOUNDS),
    );
    const ms = performance.now() - started;
    statements.push(perCall.length);
    const answer = `${slice?.paths[0] ? slice.paths[0].length - 1 : 'no'} hops, ${slice?.truncatedBy ?? 'complete'}`;
    byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), ms]);
    const { from, to } = op.variables as { from: string; to: string };
    calls.push({ ms, label: `${from} -> ${to}: ${answer}`, steps: perCall.join(', ') });
  }
  const lines = [
    `paths miss, as bench:api asks, ${pairs.length} pairs of bench:api's sequence, one at a time`,
    `bounds ${JSON.stringify(BOUNDS)}; all calls ${calls.reduce((sum, call) => sum + call.ms, 0).toFixed(0)} ms`,
    `${'step'.padEnd(30)} | ${'count'.padStart(5)} | ${'p50'.padStart(8)} | ${'p95'.padStart(8)}`,
    ...[...times.entries()].map(([name, values]) => row(name, values)),
    ...[...rows.entries()].map(([name, values]) => row(`  rows: ${name}`, values, 'rows')),
    row('statements per call', statements, ''),
    row(
      'repository call',
      calls.map((call) => call.ms),
    ),
    ...[...byAnswer.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([answer, values]) => row(`  ${answer}`, values)),
    `slowest:`,
    ...[...calls]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST)
      .map((call) => `  ${call.ms.toFixed(0).padStart(6)} ms  ${call.label} [${call.steps}]`),
  ];
  console.log(lines.join('\n'));
}

runProfile(main);
