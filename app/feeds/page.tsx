import type { Metadata } from 'next';
import { repositories } from '@/graph-db/repositories';
import type { FeedRow } from '@/model/feeds';
import { MAX_FEEDS } from '@/ingest/collect/collect-config';
import { safeHref } from '@/components/ui/safe-href';
import { formatCount } from '../_lib/format';
import './feeds.css';

export const metadata: Metadata = { title: 'Feeds' };
export const dynamic = 'force-dynamic';

const STATUS_WORDS: Readonly<Record<FeedRow['status'], string>> = {
  new: 'not polled yet',
  ok: 'ok',
  'not-modified': 'not modified (304)',
  error: 'failing',
};

/** ISO date-time as `2026-12-06 16:05 UTC`, or a dash. */
function when(value: string | null): string {
  return value === null ? '—' : `${value.slice(0, 16).replace('T', ' ')} UTC`;
}

const KIND_WORDS: Readonly<Record<FeedRow['kind'], string>> = {
  feed: 'feed',
  page: 'page',
  folder: 'folder',
};

function statusText(feed: FeedRow): string {
  if (feed.paused) return `paused (${STATUS_WORDS[feed.status]})`;
  if (feed.status === 'error' && feed.kind === 'folder') return `failing ${feed.failures}×`;
  if (feed.status === 'error')
    return `failing ${feed.failures}× (HTTP ${feed.lastHttpStatus ?? '—'})`;
  if (feed.status === 'not-modified' && feed.kind !== 'feed') return 'unchanged';
  return STATUS_WORDS[feed.status];
}

export default async function FeedsPage() {
  const feeds = await repositories.feeds.list(MAX_FEEDS);
  return (
    <main>
      <h1>Feeds</h1>
      {feeds.length === 0 ? (
        <div className="notice" data-testid="feeds-empty">
          <p>
            No feeds yet. Add one under <code>collect.feeds</code> (or a page under{' '}
            <code>collect.pages</code>, a folder under <code>collect.folders</code>) in{' '}
            <code>narragraph.config.json</code> (or the file <code>NARRAGRAPH_CONFIG</code> names),
            or with the <code>addFeed(url: …)</code> mutation and a write key, then run{' '}
            <code>npm run collect</code> (or restart <code>npm start</code>).
          </p>
        </div>
      ) : (
        <table className="feed-table" data-testid="feeds">
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Last fetch</th>
              <th scope="col">Next</th>
              <th scope="col">Last poll: new / unchanged / rejected</th>
              <th scope="col">Stored</th>
              <th scope="col">Rejected</th>
              <th scope="col">Last error</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((feed) => (
              <tr key={feed.key} data-status={feed.status}>
                <td>
                  {feed.kind === 'folder' ? (
                    <code>{feed.url}</code>
                  ) : (
                    <a href={safeHref(feed.url)} rel="noopener noreferrer nofollow">
                      {feed.title ?? feed.url}
                    </a>
                  )}
                  {feed.title && feed.kind !== 'folder' ? <div>{feed.url}</div> : null}
                </td>
                <td>{KIND_WORDS[feed.kind]}</td>
                <td>{statusText(feed)}</td>
                <td>{when(feed.lastFetchAt)}</td>
                <td>{feed.paused ? '—' : when(feed.nextDueAt)}</td>
                <td className="count">
                  {formatCount(feed.lastNew)} / {formatCount(feed.lastUnchanged)} /{' '}
                  {formatCount(feed.lastRejected)}
                </td>
                <td className="count">{formatCount(feed.itemsStored)}</td>
                <td className="count">{formatCount(feed.itemsRejected)}</td>
                <td className="feed-error">
                  {feed.lastError ? `${when(feed.lastErrorAt)}: ${feed.lastError}` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
