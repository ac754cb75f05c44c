import { hostname } from 'node:os';
import { feedRepository } from '../../graph-db/repositories/feed-repository';
import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import { processAlive } from '../../graph-db/server/local-neo4j';
import type { CollectSettings } from '../../ingest/collect/collect-config';
import type { CollectStore } from '../../ingest/collect/collector';

/** Lease owners are `<host>:<pid>`, so a collector can tell a dead one on its own machine. */
const HOST_PREFIX = `${hostname()}:`;
const OWNER = `${HOST_PREFIX}${process.pid}`;

/**
 * The collector's database side: feed state in Feed nodes, entries through the ingest writer. A
 * collector killed mid-poll (SIGKILL, power loss) keeps its leases; the next one started on the
 * same machine ends them at once instead of waiting for them to run out.
 */
export const collectStore: CollectStore = {
  claimDue: (now, dueBy, leaseMs, limit) =>
    feedRepository.claimDue(now, dueBy, leaseMs, limit, OWNER),
  release: (keys) => feedRepository.release(keys),
  releaseAbandoned: async (now) => {
    for (const owner of await feedRepository.leaseOwners(HOST_PREFIX, now)) {
      const pid = Number(owner.slice(HOST_PREFIX.length));
      if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) {
        await feedRepository.releaseOwner(owner);
      }
    }
  },
  storedKeys: (keys) => feedRepository.storedKeys(keys),
  folderFiles: (key) => feedRepository.folderFiles(key),
  write: (batch) => ingestRepository.writeBatch(batch),
  recordPoll: (key, record) => feedRepository.recordPoll(key, record),
};

/** Adds the config file's feeds (new ones due at once) and sets their intervals. */
export async function syncConfiguredFeeds(settings: CollectSettings): Promise<void> {
  if (settings.feeds.length === 0) return;
  await feedRepository.upsert(
    settings.feeds.map((feed) => ({
      key: feed.key,
      url: feed.url,
      intervalMinutes: feed.intervalMinutes,
      kind: feed.kind,
      origin: 'config' as const,
    })),
  );
}
