/**
 * The hubs `bench:ui` opens as overviews: actors that the same `n` neighbours link to (articles
 * that mention them, every tenth an event that involves them), so each run opens a hub of the
 * same shape whose read no cache has seen. Written once per size (MERGE on keys, in batches) and
 * kept for later runs.
 */
import { runAutoCommit, writeTransaction } from '@/graph-db/driver';
import { toNumber } from '@/graph-db/neo4j-values';
import { globalId, type GlobalId } from '@/model/graph-slice';

const BATCH = 5_000;
const EVIDENCE = `r.sentence = 'evidence', r.start = 0, r.end = 8, r.extractor = 'bench', r.confidence = 0.9`;

function hubKey(n: number, hub: number): string {
  return `bench-overview-${n}-${hub}`;
}

/** The global id of overview hub number `hub` (0-based) of size `n`. */
export function overviewHubId(n: number, hub: number): GlobalId {
  return globalId('Actor', hubKey(n, hub));
}

/** Writes `hubs` hubs of `n` neighbours each unless the last one is complete already. */
export async function ensureOverviewHubs(
  n: number,
  hubs: number,
  log: (line: string) => void,
): Promise<void> {
  const keys = Array.from({ length: hubs }, (_, i) => hubKey(n, i));
  const last = await runAutoCommit(
    'OPTIONAL MATCH (h:Actor {key: $key}) RETURN COUNT { (h)--() } AS degree',
    { key: keys.at(-1) },
  );
  if (toNumber(last.records[0]?.get('degree')) >= n) return;
  log(`writing ${hubs} overview hubs of ${n} neighbours (kept for later runs)`);
  await writeTransaction(async (tx) => {
    await tx.run(
      `UNWIND $keys AS key
       MERGE (h:Actor {key: key}) SET h.name = 'Overview hub ' + key, h.kind = 'country'`,
      { keys },
    );
  });
  for (let from = 0; from < n; from += BATCH) {
    await writeTransaction(async (tx) => {
      await tx.run(
        `MATCH (h:Actor) WHERE h.key IN $keys
         WITH collect(h) AS hubs
         UNWIND range($from, $to - 1) AS i
         WITH hubs, i, $prefix + i AS key,
              toString(date('2010-01-01') + duration({days: i % 5000})) AS day
         CALL (hubs, i, key, day) {
           WITH hubs, i, key, day WHERE i % 10 <> 0
           MERGE (a:Article {key: key})
           SET a.title = 'Overview article ' + i, a.date = day, a.stub = false
           WITH hubs, a, i
           UNWIND hubs AS h
           MERGE (a)-[r:MENTIONS]->(h) SET r.count = 1 + i % 7, ${EVIDENCE}
         }
         CALL (hubs, i, key, day) {
           WITH hubs, i, key, day WHERE i % 10 = 0
           MERGE (e:Event {key: key})
           SET e.description = 'Overview event ' + i, e.date = day, e.precision = 'day'
           WITH hubs, e
           UNWIND hubs AS h
           MERGE (e)-[r:INVOLVES]->(h) SET ${EVIDENCE}
         }`,
        { keys, from, to: Math.min(from + BATCH, n), prefix: `bench-overview-${n}-` },
      );
    });
  }
}
