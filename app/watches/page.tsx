import type { Metadata } from 'next';
import Link from 'next/link';
import { repositories } from '@/graph-db/repositories';
import { sitePath } from '@/components/ui/safe-href';
import { WatchForm } from '@/components/watches/watch-form';

export const metadata: Metadata = { title: 'Watches' };
export const dynamic = 'force-dynamic';

/** Watches listed; more are reached by the API's `watches` pages. */
const SHOWN = 200;

const KIND_NAMES: Readonly<Record<string, string>> = {
  search: 'search',
  narrative: 'narrative',
  actor: 'actor',
  outlet: 'outlet',
  citation: 'anyone citing',
  article: 'text reuse of',
};

export default async function WatchesPage() {
  const watches = await repositories.watches.list(SHOWN);
  return (
    <main>
      <h1>Watches</h1>
      <p className="muted">
        A watch raises alerts as articles are ingested, each with the sentence that shows it. Watch
        a narrative, actor, outlet or article from its page, or words here.
      </p>
      <WatchForm kinds={['SEARCH']} />
      {watches.length === 0 ? (
        <p className="notice" data-testid="watches-empty">
          No watches yet.
        </p>
      ) : (
        <ul data-testid="watches">
          {watches.map((watch) => (
            <li key={watch.id}>
              <Link href={sitePath(`/watches/${encodeURIComponent(watch.id)}`)}>{watch.name}</Link>{' '}
              <span className="muted">
                {KIND_NAMES[watch.kind] ?? watch.kind} {watch.query ?? watch.target}
              </span>{' '}
              {watch.unreadCount > 0 ? (
                <strong data-testid="watch-unread">{watch.unreadCount} new</strong>
              ) : (
                <span className="muted">nothing new</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
