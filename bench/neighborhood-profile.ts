/**
 * Where a neighbourhood cache miss (depth 2, 500 nodes, the explorer's query) spends its time, for
 * the best-connected seeds of a running bench graph, one at a time: the repository's one Cypher
 * statement (seeds, expansion levels and the slice) with its rows, the repository call as a whole, and the GraphQL endpoint in process, uncached (Apollo,
 * resolvers, mapping, serialization) with its answer's size. Then, over the slice already read
 * (no database), the answer as the explorer selects it against the selection before edges named
 * their ends by position (full ids on every edge), interleaved per seed: execution and
 * serialization, bytes, and the client's decoding (JSON.parse and asGraphSlice), which must give
 * both the same edge ids. Reads only; it neither builds nor
 * migrates the graph, so point it at one that bench:api built:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7689 NEO4J_USERNAME=neo4j NEO4J_PASSWORD= npx tsx bench/neighborhood-profile.ts
 *
 * Env: BENCH_PROFILE_SEEDS (60).
 */
import { HeaderMap } from '@apollo/server';
import { readTransaction } from '@/graph-db/driver';
import { UNFILTERED } from '@/graph-db/repositories/explore-repository';
import { uncachedRepositories } from '@/graph-db/repositories/process-repositories';
import {
  neighborhoodIn,
  type NeighborhoodRequest,
} from '@/graph-db/repositories/explore-repository';
import { NEIGHBORHOOD_QUERY, asGraphSlice } from '@/components/explorer/graph-client';
import type { GraphSlice } from '@/model/graph-slice';
import { createGraphQLEndpoint } from '@/graphql/http/endpoint';
import { readRateLimitSettings } from '@/config/server';
import { CostRateLimiter } from '@/graphql/limits/rate-limit';
import { envNumber } from './lib/bench-graph';
import { readVocabulary } from './lib/operation-mix';
import { percentiles } from './lib/stats';
import { runProfile, timedTransaction, type ManagedTransaction } from './lib/profile';

const SEEDS = envNumber('BENCH_PROFILE_SEEDS', 60);
const DEPTH = 2;
const LIMIT = 500;

/** The explorer's selection before edges named their ends by position. */
const FULL_ID_QUERY = `query FullIds($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) {
    nodes { id kind label date subtype degree }
    edges { id type source target weight quote evidenceCount }
    truncated
  }
}`;

/** A statement's name: the repository's read is one statement, the rest are the profile's own. */
function statementName(cypher: string): string {
  return cypher.includes('$scanCap') ? 'neighbourhood (one statement)' : 'other';
}

/** `tx` with every `run` timed under its statement's name, with its rows. */
function timed(
  tx: ManagedTransaction,
  times: Map<string, number[]>,
  rows: Map<string, number[]>,
): ManagedTransaction {
  return timedTransaction(tx, (cypher, ms, result) => {
    const name = statementName(cypher);
    times.set(name, [...(times.get(name) ?? []), ms]);
    rows.set(name, [...(rows.get(name) ?? []), result.records.length]);
  });
}

function row(name: string, values: readonly number[], unit = 'ms'): string {
  const { p50, p95 } = percentiles(values);
  return `${name.padEnd(34)} | ${p50.toFixed(1).padStart(8)} | ${p95.toFixed(1).padStart(8)} ${unit}`;
}

async function main(): Promise<void> {
  const seeds = (await readVocabulary(SEEDS)).seeds.slice(0, SEEDS);
  // One client asking for hundreds of neighbourhoods in a row is what the rate limit refuses.
  const limiter = new CostRateLimiter({ ...readRateLimitSettings(), enabled: false });
  const endpoint = createGraphQLEndpoint({ db: uncachedRepositories, limiter });
  const request = (id: string): NeighborhoodRequest => {
    const colon = id.indexOf(':');
    return {
      seeds: [{ kind: id.slice(0, colon) as 'Actor', key: id.slice(colon + 1) }],
      depth: DEPTH,
      limit: LIMIT,
      filters: UNFILTERED,
      evidence: false,
    };
  };
  // The slices read below, served again without the database to time the answer alone.
  const held = new Map<string, GraphSlice>();
  const overHeld = createGraphQLEndpoint({
    db: {
      ...uncachedRepositories,
      explore: {
        ...uncachedRepositories.explore,
        neighborhood: (r) => Promise.resolve(held.get(`${r.seeds[0]?.kind}:${r.seeds[0]?.key}`)),
      },
    },
    limiter,
  });
  const answerText = async (id: string, query = NEIGHBORHOOD_QUERY, via = endpoint) => {
    const answer = await via({
      method: 'POST',
      search: '',
      headers: new HeaderMap([['content-type', 'application/json']]),
      body: JSON.stringify({
        query,
        variables: { ids: [id], depth: DEPTH, limit: LIMIT },
      }),
    });
    if (answer.body.kind !== 'complete' || answer.body.string.includes('"errors"'))
      throw new Error(
        `neighbourhood failed: ${id}: ${answer.body.kind === 'complete' ? answer.body.string.slice(0, 300) : ''}`,
      );
    return answer.body.string;
  };
  const viaEndpoint = async (id: string) => (await answerText(id)).length;
  const compared = {
    full: { ms: [] as number[], bytes: [] as number[], decodeMs: [] as number[] },
    positions: { ms: [] as number[], bytes: [] as number[], decodeMs: [] as number[] },
  };
  const compare = async (id: string, form: keyof typeof compared): Promise<string[]> => {
    let started = performance.now();
    const text = await answerText(
      id,
      form === 'full' ? FULL_ID_QUERY : NEIGHBORHOOD_QUERY,
      overHeld,
    );
    compared[form].ms.push(performance.now() - started);
    compared[form].bytes.push(text.length);
    started = performance.now();
    const slice = asGraphSlice(
      (JSON.parse(text) as { data: { neighborhood: unknown } }).data.neighborhood,
    );
    compared[form].decodeMs.push(performance.now() - started);
    return slice.edges.map((edge) => edge.id);
  };
  // Warm the plans and the page cache once: the figures are for a response-cache miss.
  for (const id of seeds) {
    await uncachedRepositories.explore.neighborhood(request(id));
    await viaEndpoint(id);
  }
  const times = new Map<string, number[]>();
  const rows = new Map<string, number[]>();
  const whole: number[] = [];
  const viaApi: number[] = [];
  const bytes: number[] = [];
  const nodes: number[] = [];
  const edges: number[] = [];
  for (const id of seeds) {
    let started = performance.now();
    const slice = await readTransaction((tx) =>
      neighborhoodIn(timed(tx, times, rows), request(id)),
    );
    whole.push(performance.now() - started);
    nodes.push(slice?.nodes.length ?? 0);
    edges.push(slice?.edges.length ?? 0);
    started = performance.now();
    bytes.push(await viaEndpoint(id));
    viaApi.push(performance.now() - started);
    if (slice === undefined) continue;
    held.set(id, slice);
    // Alternate which form goes first, so neither always meets a warmer heap.
    const [a, b] =
      bytes.length % 2 === 0 ? (['full', 'positions'] as const) : (['positions', 'full'] as const);
    const [first, second] = [await compare(id, a), await compare(id, b)];
    if (first.join('\n') !== second.join('\n')) throw new Error(`edge ids differ: ${id}`);
    held.delete(id);
  }
  const lines = [
    `neighbourhood miss, depth ${DEPTH}, limit ${LIMIT}, ${seeds.length} best-connected seeds, one at a time`,
    `${'step'.padEnd(34)} | ${'p50'.padStart(8)} | ${'p95'.padStart(8)}`,
    ...[...times.entries()].map(([name, values]) => row(name, values)),
    ...[...rows.entries()].map(([name, values]) => row(`  rows: ${name}`, values, 'rows')),
    row('repository (one transaction)', whole),
    row('endpoint in process, uncached', viaApi),
    row('  answer size', bytes, 'bytes'),
    row('  nodes', nodes, ''),
    row('  edges', edges, ''),
    ...(['full', 'positions'] as const).flatMap((form) => [
      row(`over the read slice, ${form === 'full' ? 'full ids' : 'positions'}`, compared[form].ms),
      row('  answer size', compared[form].bytes, 'bytes'),
      row('  client decode', compared[form].decodeMs),
    ]),
  ];
  console.log(lines.join('\n'));
}

runProfile(main);
