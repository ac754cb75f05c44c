import { feedRepository } from '../../graph-db/repositories/feed-repository';
import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import type { CollectSettings } from '../../ingest/collect/collect-config';
import type { CollectStore } from '../../ingest/collect/collector';

/** The collector's database side: feed state in Feed nodes, entries through the ingest writer. */
export const collectStore: CollectStore = {
  claimDue: (now, dueBy, leaseMs, limit) => feedRepository.claimDue(now, dueBy, leaseMs, limit),
  release: (keys) => feedRepository.release(keys),
  storedKeys: (keys) => feedRepository.storedKeys(keys),
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
      origin: 'config' as const,
    })),
  );
}
