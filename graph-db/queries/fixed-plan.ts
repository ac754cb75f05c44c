/**
 * Prefix of the write path's statements whose plan cannot depend on the graph's statistics
 * (lookups by unique key or element id only). Without it Neo4j plans them again whenever the
 * counts have changed enough, which an ingest into a growing graph does every few batches (the
 * profile that found it is in docs/benchmarks.md).
 * Statements whose plan does depend on them (range seeks on dates or sequence numbers) go without.
 */
export const FIXED_PLAN = 'CYPHER replan=skip';
