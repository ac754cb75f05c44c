/**
 * Where a search cache miss spends its time, step by step, for distinct two-word searches from the
 * bench graph's titles, one at a time: an empty round trip and the data-version read (the deployed
 * server makes one at most every NARRAGRAPH_DATA_VERSION_MAX_AGE_MS) for scale, the first Lucene tier alone (ids and scores), the repository's
 * page of hits (the same query with each hit's projection, article text included, over Bolt),
 * snippet building in Node, the `totalCount` query, and the whole GraphQL endpoint in process
 * (uncached: admission, context, Apollo, serialization) without and with `totalCount`, and as the
 * production server builds it (read and response caches on): the first request a miss, the same
 * again a hit. Each step also reports this process's CPU time per call, which load from other
 * processes does not inflate as it does latency. With
 * BENCH_PROFILE_PORT, also over HTTP from a running production server (which should run with
 * NARRAGRAPH_READ_CACHE_MB=0, or the repeats hit).
 *
 *   BENCH_ARTICLES=3000 npx tsx bench/search-profile.ts
 *
 * Env: BENCH_PROFILE_SEARCHES (200), BENCH_PROFILE_PORT, and bench-graph.ts's BENCH_* settings.
 */
import os from 'node:os';
import { HeaderMap } from '@apollo/server';
import { readCacheBytes, readDataVersionMaxAgeMs } from '@/config/server';
import { closeDriver, localWriteCount, readStatement } from '@/graph-db/driver';
import { createReadCache } from '@/graph-db/read-cache';
import { uncachedRepositories, withReadCache } from '@/graph-db/repositories/process-repositories';
import { int } from '@/graph-db/neo4j-values';
import { luceneTiersOf } from '@/graph-db/repositories/search-repository';
import { SEARCH_QUERY } from '@/components/explorer/graph-client';
import { createGraphQLEndpoint } from '@/graphql/http/endpoint';
import { highlightTerms, toSearchResult } from '@/graphql/models/search-results';
import { ensureBenchGraph, envNumber, log, startBenchNeo4j } from './lib/bench-graph';
import { readVocabulary } from './lib/operation-mix';
import { percentiles } from './lib/stats';

const ARTICLES = envNumber('BENCH_ARTICLES', 100_000);
const SEARCHES = envNumber('BENCH_PROFILE_SEARCHES', 200);
const PORT = process.env.BENCH_PROFILE_PORT;
const FIRST = 20;
const NO_FILTERS = { kinds: null, sourceKeys: null, from: null, to: null };

const WITH_TOTAL = SEARCH_QUERY.replace('{ edges {', '{ totalCount edges {');

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j();
  try {
    await ensureBenchGraph(ARTICLES);
    const vocabulary = await readVocabulary(SEARCHES * 2);
    // Two-word searches only, as analysts type them; the most common ones first.
    const terms = vocabulary.terms.filter((t) => t.includes(' ')).slice(0, SEARCHES);
    const endpoint = createGraphQLEndpoint({ db: uncachedRepositories });
    // As scripts/serve.ts builds it, with caches of its own: a fresh one for the measured pass, so
    // its first request for each search is a miss (the warm-up pass fills the other).
    const deployedEndpoint = () => {
      const cache = createReadCache({
        maxBytes: readCacheBytes(),
        readVersion: () => uncachedRepositories.analytics.dataVersion(),
        versionMaxAgeMs: readDataVersionMaxAgeMs(),
        localWrites: localWriteCount,
      });
      return createGraphQLEndpoint({
        db: withReadCache(uncachedRepositories, cache),
        readCache: cache,
      });
    };
    let deployed = deployedEndpoint();
    const viaEndpoint = async (query: string, term: string, via = endpoint) => {
      const answer = await via({
        method: 'POST',
        search: '',
        headers: new HeaderMap([['content-type', 'application/json']]),
        body: JSON.stringify({ query, variables: { query: term, first: FIRST } }),
      });
      if (answer.body.kind !== 'complete' || answer.body.string.includes('"errors"'))
        throw new Error(`search failed: ${term}`);
      return answer.body.string.length;
    };
    const viaHttp = async (query: string, term: string, gzip: boolean) => {
      const response = await fetch(`http://127.0.0.1:${PORT}/api/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': gzip ? 'gzip' : 'identity',
        },
        body: JSON.stringify({ query, variables: { query: term, first: FIRST } }),
      });
      return (await response.text()).length;
    };
    const steps: [string, (term: string) => Promise<number>][] = [
      [
        'round trip (RETURN 1)',
        () => readStatement(async (tx) => (await tx.run('RETURN 1 AS one')).records.length),
      ],
      [
        'data version read',
        () => uncachedRepositories.analytics.dataVersion().then((v) => v.length),
      ],
      [
        'lucene ids+scores, first tier',
        (term) =>
          readStatement(async (tx) => {
            const result = await tx.run(
              "CALL db.index.fulltext.queryNodes('search_entities', $lucene, {limit: $limit}) YIELD node, score RETURN elementId(node) AS id, score",
              { lucene: luceneTiersOf(term)[0], limit: int(FIRST + 1) },
            );
            return result.records.length;
          }),
      ],
      [
        'page of hits (repository)',
        (term) =>
          uncachedRepositories.search
            .search(term, NO_FILTERS, 0, FIRST + 1)
            .then((rows) => JSON.stringify(rows).length),
      ],
      ['totalCount query', (term) => uncachedRepositories.search.count(term, NO_FILTERS)],
      ['endpoint, explorer query', (term) => viaEndpoint(SEARCH_QUERY, term)],
      ['endpoint, with totalCount', (term) => viaEndpoint(WITH_TOTAL, term)],
      ['endpoint as deployed, miss', (term) => viaEndpoint(SEARCH_QUERY, term, deployed)],
      ['endpoint as deployed, hit', (term) => viaEndpoint(SEARCH_QUERY, term, deployed)],
      ...(PORT === undefined
        ? []
        : ([
            ['HTTP, explorer query', (term: string) => viaHttp(SEARCH_QUERY, term, true)],
            ['HTTP, without gzip', (term: string) => viaHttp(SEARCH_QUERY, term, false)],
          ] as [string, (term: string) => Promise<number>][])),
    ];
    // Warm the index and the plans once; the figures are for a response-cache miss, not for a
    // cold database.
    for (const term of terms) for (const [, step] of steps) await step(term);
    deployed = deployedEndpoint();
    const times = new Map<string, number[]>(steps.map(([name]) => [name, []]));
    const cpu = new Map<string, number[]>(steps.map(([name]) => [name, []]));
    const sizes = new Map<string, number[]>(steps.map(([name]) => [name, []]));
    const snippetTimes: number[] = [];
    const snippetCpu: number[] = [];
    for (const term of terms) {
      for (const [name, step] of steps) {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const size = await step(term);
        const used = process.cpuUsage(cpuBefore);
        times.get(name)?.push(performance.now() - started);
        cpu.get(name)?.push((used.user + used.system) / 1000);
        sizes.get(name)?.push(size);
      }
      const rows = await uncachedRepositories.search.search(term, NO_FILTERS, 0, FIRST + 1);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const highlight = highlightTerms(term);
      for (const row of rows.slice(0, FIRST)) toSearchResult(row.node, row.score, highlight);
      const used = process.cpuUsage(cpuBefore);
      snippetTimes.push(performance.now() - started);
      snippetCpu.push((used.user + used.system) / 1000);
    }
    console.log(
      `\nSearch miss profile: ${terms.length} distinct two-word searches, one at a time, first ${FIRST}, ${ARTICLES} synthetic articles + corpus`,
    );
    console.log(
      `step | p50 ms | p95 ms | mean ms | Node CPU mean ms | mean size (rows, or JSON chars); load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
    const mean = (values: readonly number[]) =>
      values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
    const line = (
      name: string,
      samples: readonly number[],
      cpuMs: readonly number[],
      size?: readonly number[],
    ) => {
      const p = percentiles(samples);
      const meanSize = size === undefined ? '' : mean(size).toFixed(0);
      console.log(
        `${name} | ${p.p50.toFixed(2)} | ${p.p95.toFixed(2)} | ${mean(samples).toFixed(2)} | ${mean(cpuMs).toFixed(2)} | ${meanSize}`,
      );
    };
    for (const [name] of steps)
      line(name, times.get(name) ?? [], cpu.get(name) ?? [], sizes.get(name));
    line('snippets in Node (20 hits)', snippetTimes, snippetCpu);
    log('done');
  } finally {
    await closeDriver();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
