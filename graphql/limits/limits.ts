/**
 * Every bound the API enforces, in one place (docs/api.md documents the same numbers).
 *
 * Cost model (static, before execution): every selected field costs 1; a field taking `first`
 * or `limit` multiplies the cost of everything selected under it by that value (or its default).
 * So `search(first: 100) { edges { node { id label } } }` costs about 100 × 5 and
 * `neighborhood(limit: 500)` with all slice fields about 500 × 25. `SavedView.snapshot`, a slice
 * without a size argument, multiplies like a neighbourhood of 500 (complexity.ts FIXED_SIZES).
 * Nesting pages multiplies: 100 actors × 100 articles each is refused. `__typename` costs 1.
 * Fragments count at every spread, as if expanded (complexity.ts measures each once).
 * Introspection (`__schema`, `__type`) has its own budget: the same model, with each introspection
 * list (`types`, `fields`, `args`, …) charged as the longest such list in the schema; its depth is
 * not counted, its aliases are.
 */
export const LIMITS = Object.freeze({
  /** Deepest field nesting of an operation (introspection excluded). */
  maxDepth: 8,
  /** Most aliased fields in one operation. */
  maxAliases: 15,
  /** Highest static cost of one operation. */
  maxCost: 25_000,
  /**
   * Highest introspection cost of one operation: about twice GraphiQL's full introspection query
   * (complexity.test.ts checks that it fits).
   */
  maxIntrospectionCost: 2_000_000,
  /**
   * Time budget of one request from Apollo receiving it: past it, no further resolver starts
   * (request-deadline.ts). Generous, because a single read may take the Neo4j read timeout.
   */
  maxRequestMs: 10_000,
  /** Most lexical tokens in one document; the parser stops beyond it. */
  maxTokens: 2_000,
  /** Largest request body in bytes (POST) and query string (GET). */
  maxBodyBytes: 100 * 1024,
  /** Page sizes of connections: `first` must be in 1..maxPageSize. */
  maxPageSize: 100,
  defaultPageSize: 25,
  /** Deepest offset a cursor may point to; narrow the query instead of paging further. */
  maxOffset: 10_000,
  /** Ids per `nodes` / `neighborhood` call. */
  maxIds: 100,
  /** Neighbourhood node budget. */
  maxNeighborhoodLimit: 500,
  defaultNeighborhoodLimit: 200,
  /** Paths: hops and number of paths. */
  maxPathHops: 6,
  maxPaths: 10,
  /** Articles per `ingestArticles`. */
  maxIngestArticles: 100,
  /** Characters of one page given to `ingestPage`. */
  maxPageChars: 90_000,
  /** Saved view payloads, in UTF-8 bytes. */
  maxViewStateBytes: 20 * 1024,
  maxViewPositionsBytes: 64 * 1024,
  maxViewViewportBytes: 2 * 1024,
  /** A snapshot view's stored elements (GraphSlice JSON with evidence). */
  maxViewSnapshotBytes: 1024 * 1024,
  maxViewNameChars: 200,
  maxViewDescriptionChars: 2_000,
  /** A search watch's words as typed (at most 8 words are kept, alert-rules.ts). */
  maxWatchQueryChars: 200,
});
