import { isNodeKind, isRelationType, type NodeKind } from '@/model/graph-model';
import {
  edgeId,
  parseGlobalId,
  type EvidenceItem,
  type GlobalId,
  type GraphSlice,
  type SliceEdge,
  type SliceNode,
} from '@/model/graph-slice';
import { groupedTop, parseNeighborGroupId, type NeighborGroup } from '@/model/neighbor-groups';

/**
 * The explorer's thin, typed GraphQL client. Components get a `GraphClient` injected (tests and
 * stories pass fakes); `createGraphClient()` makes the real one over `fetch` to /api/graphql.
 */

/**
 * Fields of a GraphSlice, shared by every operation that returns one. Edges come with their
 * evidence count only: the sentences are most of a large slice's bytes and are shown one edge (or
 * article) at a time, so they are fetched then (`edgeEvidence`). Edges name their ends by position
 * in `nodes` (`s`, `t`), and `asGraphSlice` rebuilds their ids, ends and the nodes' kinds: the
 * long global ids are sent once, with their nodes.
 */
export const GRAPH_SLICE_FIELDS = `
  nodes { id label date subtype degree }
  edges { type s: sourceIndex t: targetIndex qualifier weight quote evidenceCount }
  truncated`;

export const EDGE_EVIDENCE_QUERY = `query ExplorerEdgeEvidence($ids: [ID!]!, $first: Int) {
  edgeEvidence(ids: $ids, first: $first) {
    edgeId evidence { sentence start end extractor confidence articleId articleTitle }
  }
}`;

/** Edge ids per `edgeEvidence` request, and the evidence items it may return (the API's bounds). */
export const EVIDENCE_BATCH = 100;

export const SEARCH_QUERY = `query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) { edges { node { id kind label snippet } } }
}`;

export const NEIGHBORHOOD_QUERY = `query ExplorerNeighborhood(
  $ids: [ID!]!, $depth: Int, $relationTypes: [String!], $nodeKinds: [String!], $limit: Int
) {
  neighborhood(ids: $ids, depth: $depth, relationTypes: $relationTypes, nodeKinds: $nodeKinds, limit: $limit) {${GRAPH_SLICE_FIELDS}
  }
}`;

/** A slice with its neighbour groups (the grouped reads). */
const GROUPED_SLICE_FIELDS = `${GRAPH_SLICE_FIELDS}
  groups { id count shown folded }`;

export const GROUPED_NEIGHBORHOOD_QUERY = `query ExplorerGroupedNeighborhood(
  $ids: [ID!]!, $limit: Int, $depth: Int
) {
  groupedNeighborhood(ids: $ids, limit: $limit, depth: $depth) {${GROUPED_SLICE_FIELDS}
  }
}`;

export const NEIGHBOR_GROUP_QUERY = `query ExplorerNeighborGroup(
  $id: ID!, $first: Int, $offset: Int, $from: String, $to: String
) {
  neighborGroup(id: $id, first: $first, offset: $offset, from: $from, to: $to) {${GROUPED_SLICE_FIELDS}
  }
}`;

export const PATHS_QUERY = `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) {${GRAPH_SLICE_FIELDS}
  }
}`;

export const SAVE_VIEW_MUTATION = `mutation ExplorerSaveView($input: SaveViewInput!) {
  saveView(input: $input) { slug editToken }
}`;

export interface SearchHit {
  readonly id: GlobalId;
  readonly kind: NodeKind;
  readonly label: string;
  readonly snippet: string | null;
}

export interface NeighborhoodArgs {
  readonly ids: readonly GlobalId[];
  readonly depth?: number;
  readonly relationTypes?: readonly string[];
  readonly nodeKinds?: readonly string[];
  readonly limit?: number;
}

export interface GroupPageArgs {
  readonly id: string;
  readonly offset: number;
  readonly first: number;
  readonly from?: string;
  readonly to?: string;
}

export interface SaveViewInput {
  readonly name: string;
  readonly description?: string;
  /** `encodeViewState` output. */
  readonly state: string;
  /** JSON of `{ [id]: {x, y} }`. */
  readonly positions: string;
  /** JSON of `{ zoom, pan: {x, y} }`. */
  readonly viewport: string;
  readonly mode: 'LIVE' | 'SNAPSHOT';
  /** `stats.dataVersion` of the graph the view was made on: live views warn when it changed. */
  readonly dataVersion?: string;
}

export interface SavedViewRef {
  readonly slug: string;
  readonly editToken: string;
}

/** Posts one GraphQL operation and returns its `data`. */
export type FetchGraph = <T>(
  query: string,
  variables: Readonly<Record<string, unknown>>,
  signal?: AbortSignal,
) => Promise<T>;

/** What the explorer needs from the API. */
export interface GraphClient {
  search(query: string, first?: number, signal?: AbortSignal): Promise<readonly SearchHit[]>;
  neighborhood(args: NeighborhoodArgs, signal?: AbortSignal): Promise<GraphSlice>;
  /**
   * The neighbourhood of a few nodes (`depth` hops, 1 by default), hubs as their strongest
   * neighbours and groups, hop after hop.
   */
  groupedNeighborhood(
    ids: readonly GlobalId[],
    depth?: number,
    signal?: AbortSignal,
  ): Promise<GraphSlice>;
  /** One page of a neighbour group's members, with the hub. */
  neighborGroup(args: GroupPageArgs, signal?: AbortSignal): Promise<GraphSlice>;
  paths(from: GlobalId, to: GlobalId, maxHops?: number, signal?: AbortSignal): Promise<GraphSlice>;
  /** Evidence sentences of the given edges (any number; sent in batches), by edge id. */
  edgeEvidence(
    ids: readonly string[],
    signal?: AbortSignal,
  ): Promise<ReadonlyMap<string, readonly EvidenceItem[]>>;
  saveView(input: SaveViewInput): Promise<SavedViewRef>;
}

/** An HTTP, GraphQL or shape error from the API, with a message fit for the UI. */
export class GraphClientError extends Error {
  override readonly name = 'GraphClientError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** How often a request the server refused with 429 is sent again, and the longest wait. */
export const RATE_LIMIT_RETRIES = 3;
const MAX_RETRY_WAIT_MS = 10_000;

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
function waitFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/** The wait a 429 asks for (`Retry-After` seconds), bounded; 1 s when it names none. */
export function retryDelayMs(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds * 1000, MAX_RETRY_WAIT_MS)
    : 1000;
}

/**
 * `FetchGraph` over HTTP POST (JSON) to `endpoint`. A request refused for the caller's rate
 * budget or a busy server (429) is sent again after its Retry-After, a few times: several
 * expansions in quick succession may outrun the budget for a moment, and waiting a second is
 * better than an error for something the analyst asked for.
 */
export function createFetchGraph(
  endpoint = '/api/graphql',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  wait: (ms: number, signal?: AbortSignal) => Promise<void> = waitFor,
): FetchGraph {
  return async <T>(
    query: string,
    variables: Readonly<Record<string, unknown>>,
    signal?: AbortSignal,
  ) => {
    const send = () =>
      fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        ...(signal !== undefined ? { signal } : {}),
      });
    let response = await send();
    for (let retry = 0; response.status === 429 && retry < RATE_LIMIT_RETRIES; retry += 1) {
      await wait(retryDelayMs(response), signal);
      response = await send();
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new GraphClientError(
        `The API answered ${response.status} without JSON.`,
        response.status,
      );
    }
    const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors : [];
    if (errors.length > 0) {
      const first: unknown = errors[0];
      const message =
        isRecord(first) && typeof first.message === 'string' ? first.message : 'GraphQL error';
      throw new GraphClientError(message, response.status);
    }
    if (!response.ok || !isRecord(body) || !isRecord(body.data)) {
      throw new GraphClientError(`The API answered ${response.status}.`, response.status);
    }
    return body.data as T;
  };
}

/** The client over a `FetchGraph` (default: POST to /api/graphql). */
export function createGraphClient(fetchGraph: FetchGraph = createFetchGraph()): GraphClient {
  return {
    async search(query, first = 20, signal) {
      const data = await fetchGraph<{ search?: { edges?: unknown } }>(
        SEARCH_QUERY,
        { query, first },
        signal,
      );
      const edges = Array.isArray(data.search?.edges) ? (data.search.edges as unknown[]) : [];
      return edges.flatMap((e): SearchHit[] => {
        const n = isRecord(e) ? e.node : undefined;
        const base = nodeBase(n);
        if (!base || !isRecord(n)) return [];
        return [{ ...base, snippet: typeof n.snippet === 'string' ? n.snippet : null }];
      });
    },
    async neighborhood(args, signal) {
      const data = await fetchGraph<{ neighborhood?: unknown }>(
        NEIGHBORHOOD_QUERY,
        { ...args },
        signal,
      );
      return asGraphSlice(data.neighborhood);
    },
    async groupedNeighborhood(ids, depth = 1, signal) {
      const data = await fetchGraph<{ groupedNeighborhood?: unknown }>(
        GROUPED_NEIGHBORHOOD_QUERY,
        { ids, depth, limit: groupedTop(depth) },
        signal,
      );
      return asGraphSlice(data.groupedNeighborhood);
    },
    async neighborGroup(args, signal) {
      const data = await fetchGraph<{ neighborGroup?: unknown }>(
        NEIGHBOR_GROUP_QUERY,
        { ...args },
        signal,
      );
      return asGraphSlice(data.neighborGroup);
    },
    async paths(from, to, maxHops, signal) {
      const data = await fetchGraph<{ paths?: unknown }>(
        PATHS_QUERY,
        { from, to, ...(maxHops !== undefined ? { maxHops } : {}) },
        signal,
      );
      return asGraphSlice(data.paths);
    },
    async edgeEvidence(ids, signal) {
      const found = new Map<string, EvidenceItem[]>();
      for (let at = 0; at < ids.length; at += EVIDENCE_BATCH) {
        const data = await fetchGraph<{ edgeEvidence?: unknown }>(
          EDGE_EVIDENCE_QUERY,
          { ids: ids.slice(at, at + EVIDENCE_BATCH), first: EVIDENCE_BATCH },
          signal,
        );
        const rows = Array.isArray(data.edgeEvidence) ? (data.edgeEvidence as unknown[]) : [];
        for (const row of rows) {
          if (!isRecord(row) || typeof row.edgeId !== 'string') continue;
          const item = asEvidenceItem(row.evidence);
          if (item) found.set(row.edgeId, [...(found.get(row.edgeId) ?? []), item]);
        }
      }
      return found;
    },
    async saveView(input) {
      const data = await fetchGraph<{ saveView?: unknown }>(SAVE_VIEW_MUTATION, { input });
      return asSavedViewRef(data.saveView, 'saveView');
    },
  };
}

/** The `{ slug editToken }` a saving mutation (`field`) answered, or a GraphClientError. */
export function asSavedViewRef(value: unknown, field: string): SavedViewRef {
  if (!isRecord(value) || typeof value.slug !== 'string' || typeof value.editToken !== 'string') {
    throw new GraphClientError(`${field} returned no slug.`);
  }
  return { slug: value.slug, editToken: value.editToken };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * id, kind and label of a node from the wire, the kind read from the id when not sent; undefined
 * when it lacks an id or a known kind.
 */
function nodeBase(value: unknown): Pick<SliceNode, 'id' | 'kind' | 'label'> | undefined {
  if (!isRecord(value) || typeof value.id !== 'string') return undefined;
  const kind = typeof value.kind === 'string' ? value.kind : parseGlobalId(value.id)?.kind;
  if (kind === undefined || !isNodeKind(kind)) return undefined;
  return {
    id: value.id,
    kind,
    label: typeof value.label === 'string' ? value.label : value.id,
  };
}

/**
 * An edge's id and ends from the wire: as sent (`id`, `source`, `target`: stored snapshots, other
 * clients), or rebuilt from its ends' positions in the answer's nodes (`s`, `t`, as
 * GRAPH_SLICE_FIELDS asks) and its qualifier, exactly as the server names it.
 */
function edgeEnds(
  e: Record<string, unknown>,
  type: string,
  nodeIds: readonly unknown[],
): Pick<SliceEdge, 'id' | 'source' | 'target'> | undefined {
  if (typeof e.id === 'string' && typeof e.source === 'string' && typeof e.target === 'string')
    return { id: e.id, source: e.source, target: e.target };
  const source = typeof e.s === 'number' ? nodeIds[e.s] : undefined;
  const target = typeof e.t === 'number' ? nodeIds[e.t] : undefined;
  if (typeof source !== 'string' || typeof target !== 'string') return undefined;
  const qualifier = typeof e.qualifier === 'string' ? e.qualifier : null;
  return { id: edgeId(type, source, target, qualifier), source, target };
}

/** An evidence item from the wire; undefined without a sentence or an article. */
function asEvidenceItem(ev: unknown): EvidenceItem | undefined {
  if (!isRecord(ev) || typeof ev.sentence !== 'string' || typeof ev.articleId !== 'string')
    return undefined;
  return {
    sentence: ev.sentence,
    start: typeof ev.start === 'number' ? ev.start : 0,
    end: typeof ev.end === 'number' ? ev.end : 0,
    extractor: typeof ev.extractor === 'string' ? ev.extractor : '',
    confidence: typeof ev.confidence === 'number' ? ev.confidence : 0,
    articleId: ev.articleId,
    articleTitle: typeof ev.articleTitle === 'string' ? ev.articleTitle : '',
  };
}

/**
 * Checks a GraphSlice from the wire, dropping malformed nodes and edges instead of letting them
 * crash the canvas (a kind the UI does not know yet, a missing id).
 */
export function asGraphSlice(value: unknown): GraphSlice {
  if (!isRecord(value)) throw new GraphClientError('The API returned no graph.');
  const wireNodes = Array.isArray(value.nodes) ? (value.nodes as unknown[]) : [];
  const nodeIds = wireNodes.map((n) => (isRecord(n) ? n.id : undefined));
  const nodes = wireNodes.flatMap((n): SliceNode[] => {
    const base = nodeBase(n);
    if (!base || !isRecord(n)) return [];
    return [
      {
        ...base,
        date: typeof n.date === 'string' ? n.date : null,
        subtype: typeof n.subtype === 'string' ? n.subtype : null,
        degree: typeof n.degree === 'number' ? n.degree : 0,
      },
    ];
  });
  const edges = (Array.isArray(value.edges) ? (value.edges as unknown[]) : []).flatMap(
    (e): SliceEdge[] => {
      if (!isRecord(e) || typeof e.type !== 'string' || !isRelationType(e.type)) return [];
      const ends = edgeEnds(e, e.type, nodeIds);
      if (ends === undefined) return [];
      const evidence = (Array.isArray(e.evidence) ? (e.evidence as unknown[]) : []).flatMap(
        (ev) => asEvidenceItem(ev) ?? [],
      );
      return [
        {
          ...ends,
          type: e.type,
          weight: typeof e.weight === 'number' ? e.weight : 1,
          quote: typeof e.quote === 'string' ? e.quote : null,
          evidenceCount:
            typeof e.evidenceCount === 'number'
              ? Math.max(e.evidenceCount, evidence.length)
              : evidence.length,
          evidence,
        },
      ];
    },
  );
  const groups = (Array.isArray(value.groups) ? (value.groups as unknown[]) : []).flatMap(
    (g): NeighborGroup[] => {
      if (!isRecord(g) || typeof g.id !== 'string') return [];
      const parts = parseNeighborGroupId(g.id);
      if (parts === undefined || typeof g.count !== 'number' || typeof g.shown !== 'number')
        return [];
      const folded = typeof g.folded === 'string' ? { folded: g.folded } : {};
      return [{ id: g.id, ...parts, count: g.count, shown: g.shown, ...folded }];
    },
  );
  return {
    nodes,
    edges,
    truncated: value.truncated === true,
    ...(groups.length > 0 ? { groups } : {}),
  };
}

// Pure slice helpers live with the model so the server can use them too.
export { EMPTY_SLICE, mergeSlices } from '@/model/graph-slice';
