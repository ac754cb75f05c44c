/**
 * The benchmarks' operations: real reads of the bench graph, each as the explorer (or a GraphQL
 * client) asks for it and as the resolver then calls the repository, so the driver baseline does
 * the same read. Pools are built from the graph's own vocabulary (words of article titles, actors
 * by degree, pairs of actors, narratives by use) and ranked by popularity; sequences draw from a
 * pool with Zipf weights, as analysts converge on the same hubs and words, until a given number of
 * distinct operations has been drawn.
 */
import { runAutoCommit } from '@/graph-db/driver';
import { RELATION_TYPES, type NodeKind } from '@/model/graph-model';
import { int, toStringValue } from '@/graph-db/neo4j-values';
import { analyticsRepository } from '@/graph-db/repositories/analytics-repository';
import {
  exploreRepository,
  UNFILTERED,
  type NeighborhoodRequest,
  type PathsRequest,
} from '@/graph-db/repositories/explore-repository';
import { searchRepository } from '@/graph-db/repositories/search-repository';
import { stableKey } from '@/graph-db/read-cache';
import { NEIGHBORHOOD_QUERY, PATHS_QUERY, SEARCH_QUERY } from '@/components/explorer/graph-client';
import { prng, zipfSampler } from '../synthetic-graph';
import { citationNetworkPool } from './citation-scenario';

export const SCENARIOS = [
  'search',
  'neighborhood',
  'paths',
  'timeline',
  'citationNetwork',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOperation {
  readonly scenario: ScenarioName;
  /** Identity: two operations with the same key are the same request. */
  readonly key: string;
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
  /** The repository call the resolver makes for these variables; undefined when there is none. */
  readonly driver?: () => Promise<unknown>;
}

/** What the explorer's search box asks for (graph-client's default page). */
const SEARCH_FIRST = 20;
/** The explorer's deepest, largest neighbourhood: the latency target is set for it. */
const NEIGHBORHOOD_DEPTH = 2;
const NEIGHBORHOOD_LIMIT = 500;
/** `paths` defaults (explore-resolvers): 4 hops, 3 paths. */
const PATH_HOPS = 4;
const PATHS = 3;
const BUCKETS = ['MONTH', 'YEAR', 'WEEK'] as const;

const TIMELINE_QUERY = `query BenchTimeline($filter: TimelineFilter, $bucket: TimeBucket) {
  timeline(filter: $filter, bucket: $bucket) {
    totalArticles buckets { start articles citedEvents medianLagDays } lag { citations medianDays }
  }
}`;

/** Words too common to make a search anyone types. */
const STOPWORDS = new Set(
  'the and for with from that this was were are has have had its his her their our into over under about after before between against other than then when where which while who whom why how not but all any one two three report said says'.split(
    ' ',
  ),
);

export interface Vocabulary {
  /** Two-word and one-word searches from article titles, most frequent first. */
  readonly terms: readonly string[];
  /** Global ids of neighbourhood seeds, best connected first (actors, then narratives, events). */
  readonly seeds: readonly string[];
  /** Actor global ids, best connected first. */
  readonly actors: readonly string[];
  /** Narrative keys, most advanced first. */
  readonly narratives: readonly string[];
  /** Source keys, most published first. */
  readonly sources: readonly string[];
  /** First and last article years. */
  readonly years: readonly [number, number];
}

async function column(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const result = await runAutoCommit(cypher, params);
  return result.records.map((record) => toStringValue(record.get(0)));
}

/** Words of a title: letters only, lower case, without stopwords and short words. */
function titleWords(title: string): string[] {
  return (title.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
    (word) => word.length >= 3 && !STOPWORDS.has(word),
  );
}

/** Adjacent word pairs, then single words, each ranked by how many titles use it. */
export function searchTerms(titles: readonly string[]): string[] {
  const pairs = new Map<string, number>();
  const words = new Map<string, number>();
  for (const title of titles) {
    const list = titleWords(title);
    for (const term of new Set(list)) words.set(term, (words.get(term) ?? 0) + 1);
    const seen = new Set<string>();
    for (let i = 1; i < list.length; i += 1) seen.add(`${list[i - 1]} ${list[i]}`);
    for (const term of seen) pairs.set(term, (pairs.get(term) ?? 0) + 1);
  }
  const ranked = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([term]) => term);
  return [...ranked(pairs), ...ranked(words)];
}

/** Reads the vocabulary the pools are built from (a few seconds at 1,000,000 articles). */
export async function readVocabulary(poolSize: number): Promise<Vocabulary> {
  const limit = Math.max(1, Math.round(poolSize));
  const titles = await column(
    'MATCH (a:Article) WHERE a.title IS NOT NULL RETURN a.title LIMIT $n',
    { n: int(limit * 10) },
  );
  const ranked = (label: NodeKind, degree: string) =>
    column(
      `MATCH (x:${label}) WITH x, ${degree} AS degree ORDER BY degree DESC, x.key LIMIT $n RETURN x.key`,
      { n: int(limit) },
    );
  const actors = (await ranked('Actor', 'COUNT { (x)--() }')).map((key) => `Actor:${key}`);
  const narratives = await ranked('Narrative', 'COUNT { (x)<-[:ADVANCES]-() }');
  const events = (await ranked('Event', 'COUNT { (x)<-[:CITES]-() }')).map((key) => `Event:${key}`);
  const sources = await ranked('Source', 'COUNT { (x)<-[:PUBLISHED_BY]-() }');
  const range = await runAutoCommit(
    'MATCH (a:Article) WHERE a.date IS NOT NULL RETURN min(a.date) AS first, max(a.date) AS last',
  );
  const year = (name: string, fallback: number) => {
    const value: unknown = range.records[0]?.get(name);
    return value === null || value === undefined
      ? fallback
      : Number(toStringValue(value).slice(0, 4)) || fallback;
  };
  const last = year('last', new Date().getUTCFullYear());
  return {
    terms: searchTerms(titles),
    seeds: [...actors, ...narratives.map((key) => `Narrative:${key}`), ...events],
    actors,
    narratives,
    sources,
    years: [Math.min(year('first', last), last), last],
  };
}

function refOf(id: string): { kind: NodeKind; key: string } {
  const colon = id.indexOf(':');
  return { kind: id.slice(0, colon) as NodeKind, key: id.slice(colon + 1) };
}

function operation(
  scenario: ScenarioName,
  query: string,
  variables: Record<string, unknown>,
  driver?: () => Promise<unknown>,
): BenchOperation {
  return {
    scenario,
    key: `${scenario}\u0000${stableKey(variables)}`,
    query,
    variables,
    ...(driver ? { driver } : {}),
  };
}

function searchOperation(term: string): BenchOperation {
  return operation('search', SEARCH_QUERY, { query: term, first: SEARCH_FIRST }, () =>
    searchRepository.search(
      term,
      { kinds: null, sourceKeys: null, from: null, to: null },
      0,
      SEARCH_FIRST + 1,
    ),
  );
}

/** The repository request the resolver makes for a neighbourhood operation's variables. */
export function neighborhoodRequest(
  variables: Readonly<Record<string, unknown>>,
): NeighborhoodRequest {
  return {
    seeds: (variables.ids as readonly string[]).map(refOf),
    depth: NEIGHBORHOOD_DEPTH,
    limit: NEIGHBORHOOD_LIMIT,
    filters: UNFILTERED,
    // As the resolver decides: sentences are read only when the query selects them.
    evidence: /\bevidence\s*\{/.test(NEIGHBORHOOD_QUERY),
  };
}

function neighborhoodOperation(id: string): BenchOperation {
  const variables = { ids: [id], depth: NEIGHBORHOOD_DEPTH, limit: NEIGHBORHOOD_LIMIT };
  return operation('neighborhood', NEIGHBORHOOD_QUERY, variables, () =>
    exploreRepository.neighborhood(neighborhoodRequest(variables)),
  );
}

/** The repository request the resolver makes for a paths operation's variables. */
export function pathsRequest(variables: Readonly<Record<string, unknown>>): PathsRequest {
  return {
    from: refOf(String(variables.from)),
    to: refOf(String(variables.to)),
    relationTypes: [...RELATION_TYPES],
    maxHops: PATH_HOPS,
    limit: PATHS,
  };
}

function pathsOperation(from: string, to: string): BenchOperation {
  const variables = { from, to, maxHops: PATH_HOPS };
  return operation('paths', PATHS_QUERY, variables, () =>
    exploreRepository.paths(pathsRequest(variables)),
  );
}

interface TimelineChoice {
  readonly narrative: string | null;
  readonly actor: string | null;
  readonly source: string | null;
  readonly year: number | null;
  readonly bucket: (typeof BUCKETS)[number];
}

function timelineOperation(choice: TimelineChoice): BenchOperation {
  const from = choice.year === null ? null : `${choice.year}-01-01`;
  const to = choice.year === null ? null : `${choice.year}-12-31`;
  const filter: Record<string, unknown> = {};
  if (choice.narrative !== null) filter.narrative = `Narrative:${choice.narrative}`;
  if (choice.actor !== null) filter.ids = [choice.actor];
  if (choice.source !== null) filter.sources = [`Source:${choice.source}`];
  if (from !== null) Object.assign(filter, { from, to });
  return operation('timeline', TIMELINE_QUERY, { filter, bucket: choice.bucket }, () =>
    analyticsRepository.timeline({
      ids: choice.actor === null ? null : [refOf(choice.actor)],
      kinds: null,
      sourceKeys: choice.source === null ? null : [choice.source],
      narrativeKey: choice.narrative,
      from,
      to,
      bucket: choice.bucket,
    }),
  );
}

/** Distinct operations of a scenario, most popular first; at most `size`. */
export function scenarioPool(
  scenario: ScenarioName,
  vocabulary: Vocabulary,
  size: number,
): BenchOperation[] {
  const random = prng(4242);
  switch (scenario) {
    case 'search':
      return vocabulary.terms.slice(0, size).map(searchOperation);
    case 'neighborhood':
      return vocabulary.seeds.slice(0, size).map(neighborhoodOperation);
    case 'paths': {
      // Pairs of actors by popularity rank: the more popular an actor, the likelier in a pair.
      const { actors } = vocabulary;
      const pick = zipfSampler(actors.length, 0.8, random);
      const pairs = new Map<string, BenchOperation>();
      for (let tries = 0; pairs.size < size && tries < size * 20 && actors.length > 1; tries += 1) {
        const from = actors[pick()] ?? '';
        const to = actors[pick()] ?? '';
        if (from !== to && !pairs.has(`${from}|${to}`))
          pairs.set(`${from}|${to}`, pathsOperation(from, to));
      }
      return [...pairs.values()];
    }
    case 'timeline': {
      const [first, last] = vocabulary.years;
      const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
      const ops = new Map<string, BenchOperation>();
      const pickNarrative = zipfSampler(Math.max(1, vocabulary.narratives.length), 1, random);
      const pickActor = zipfSampler(Math.max(1, vocabulary.actors.length), 1, random);
      const pickSource = zipfSampler(Math.max(1, vocabulary.sources.length), 1, random);
      for (let tries = 0; ops.size < size && tries < size * 20; tries += 1) {
        // A narrative's timeline most often; an actor's or a source's, and a year, sometimes.
        const roll = random();
        const choice: TimelineChoice = {
          narrative: roll < 0.6 ? (vocabulary.narratives[pickNarrative()] ?? null) : null,
          actor: roll >= 0.6 && roll < 0.9 ? (vocabulary.actors[pickActor()] ?? null) : null,
          source:
            roll >= 0.9 || random() < 0.15 ? (vocabulary.sources[pickSource()] ?? null) : null,
          year: random() < 0.3 ? (years[Math.floor(random() * years.length)] ?? null) : null,
          bucket: BUCKETS[random() < 0.7 ? 0 : random() < 0.7 ? 1 : 2] ?? 'MONTH',
        };
        const op = timelineOperation(choice);
        if (!ops.has(op.key)) ops.set(op.key, op);
      }
      return [...ops.values()];
    }
    case 'citationNetwork':
      return citationNetworkPool(vocabulary, size);
  }
}

/**
 * Draws from `pool` (most popular first) with Zipf weights of exponent `s` until `distinct`
 * different operations were drawn (or 20 × `distinct` draws): the first request for each is a
 * cache miss, every repeat a chance for a hit.
 */
export function zipfSequence(
  pool: readonly BenchOperation[],
  distinct: number,
  s: number,
  seed: number,
): BenchOperation[] {
  if (pool.length === 0) return [];
  const random = prng(seed);
  const draw = zipfSampler(pool.length, s, random);
  const want = Math.min(distinct, pool.length);
  const seen = new Set<number>();
  const sequence: BenchOperation[] = [];
  while (seen.size < want && sequence.length < distinct * 20) {
    const index = draw();
    seen.add(index);
    sequence.push(pool[index] as BenchOperation);
  }
  return sequence;
}

/** Each distinct operation of `sequence` once, in the order of its first occurrence. */
export function firstOccurrences(sequence: readonly BenchOperation[]): BenchOperation[] {
  const seen = new Set<string>();
  return sequence.filter((op) => !seen.has(op.key) && seen.add(op.key));
}

/** Weights of the scenarios in bench:load's mixed traffic (out of 100). */
export const LOAD_WEIGHTS: Readonly<Record<Exclude<ScenarioName, 'citationNetwork'>, number>> = {
  search: 45,
  neighborhood: 25,
  paths: 10,
  timeline: 20,
};

/** An endless mixed stream: a scenario by its weight, then an operation of it by Zipf rank. */
export function mixedStream(
  pools: ReadonlyMap<string, readonly BenchOperation[]>,
  weights: Readonly<Record<string, number>>,
  s: number,
  seed: number,
): () => BenchOperation {
  const random = prng(seed);
  const entries = [...pools].filter(([name, pool]) => pool.length > 0 && (weights[name] ?? 0) > 0);
  if (entries.length === 0) throw new Error('no operations to mix');
  const samplers = new Map(
    entries.map(([name, pool]) => [name, zipfSampler(pool.length, s, random)]),
  );
  const total = entries.reduce((sum, [name]) => sum + (weights[name] ?? 0), 0);
  return () => {
    let roll = random() * total;
    for (const [name, pool] of entries) {
      roll -= weights[name] ?? 0;
      if (roll < 0) return pool[samplers.get(name)?.() ?? 0] as BenchOperation;
    }
    const [, pool] = entries[0] as [string, readonly BenchOperation[]];
    return pool[0] as BenchOperation;
  };
}
