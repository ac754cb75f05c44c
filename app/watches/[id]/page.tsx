import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { globalId } from '@/model/graph-slice';
import { repositories } from '@/graph-db/repositories';
import { entityHref } from '@/components/entities/entity-card';
import { sitePath } from '@/components/ui/safe-href';
import { FeedTokenButton } from '@/components/watches/feed-token-button';
import { MarkReadButton } from '@/components/watches/mark-read-button';
import type { LastDelivery } from '@/model/watches';

export const dynamic = 'force-dynamic';

/** Alerts shown; the Atom feed and the API's `alerts` pages reach the rest. */
const SHOWN = 100;
const WATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;

interface Props {
  readonly params: Promise<{ id: string }>;
}

async function load(id: string) {
  return WATCH_ID.test(id) ? repositories.watches.get(id) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const watch = await load((await params).id);
  return { title: watch ? `Watch: ${watch.name}` : 'Watch not found' };
}

const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function deliveryText(delivery: LastDelivery): string {
  const tries = `${delivery.attempts} attempt${delivery.attempts === 1 ? '' : 's'}`;
  const at = minute(delivery.at);
  if (delivery.state === 'delivered') return `Webhook: last alert delivered ${at} (${tries})`;
  const why = delivery.error ? ` (${delivery.error})` : '';
  if (delivery.state === 'pending') {
    return `Webhook: failing since ${at}${why}, ${tries}; next try ${minute(delivery.nextAttemptAt ?? at)}`;
  }
  return `Webhook: gave up ${at}${why} after ${tries}`;
}

export default async function WatchPage({ params }: Props) {
  const watch = await load((await params).id);
  if (watch === undefined) notFound();
  const alerts = await repositories.alerts.list(watch.id, null, SHOWN);
  const feed = sitePath(`/feeds/watches/${encodeURIComponent(watch.id)}.atom`);
  return (
    <main>
      <h1>{watch.name}</h1>
      <p className="muted">
        {watch.kind} {watch.query ?? watch.target} · {watch.unreadCount} new since{' '}
        {watch.lastReadAt ? watch.lastReadAt.slice(0, 16).replace('T', ' ') : 'creation'} ·{' '}
        <a href={feed}>Atom feed</a> <FeedTokenButton watchId={watch.id} />{' '}
        <MarkReadButton watchId={watch.id} />
      </p>
      {watch.lastDelivery ? (
        <p className="muted" data-testid="watch-delivery">
          {deliveryText(watch.lastDelivery)}
        </p>
      ) : null}
      {alerts.length === 0 ? (
        <p className="notice" data-testid="alerts-empty">
          No alerts yet: they are raised as new articles are ingested.
        </p>
      ) : (
        <ol className="alerts" data-testid="alerts">
          {alerts.map((alert) => (
            <li key={alert.key} data-unread={alert.unread || undefined}>
              <p>
                {alert.unread ? <strong>new · </strong> : null}
                <span data-testid="alert-title">{alert.title}</span>{' '}
                <span className="muted">{alert.createdAt.slice(0, 16).replace('T', ' ')}</span>
              </p>
              <blockquote data-testid="alert-evidence">{alert.sentence}</blockquote>
              <p className="muted">
                in{' '}
                <Link
                  href={entityHref('Article', globalId('Article', alert.articleKey))}
                  prefetch={false}
                >
                  {alert.articleTitle || alert.articleKey}
                </Link>
                , characters {alert.start}–{alert.end}
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
