import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { feedRepository } from '../../graph-db/repositories/feed-repository';
import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import type { CollectSettings } from '../../ingest/collect/collect-config';
import type { CollectStore } from '../../ingest/collect/collector';

/** Lease owners are `<host>:<pid>`, so a collector can tell a dead one on its own machine. */
const HOST_PREFIX = `${hostname()}:`;
const OWNER = `${HOST_PREFIX}${process.pid}`;

/**
 * A killed process whose parent never reaps it stays a zombie, and signal 0 still reaches it
 * (a container's PID 1 often reaps nothing): on Linux its state in /proc says it is dead.
 */
function zombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !zombie(pid);
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
