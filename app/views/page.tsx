import type { Metadata } from 'next';
import Link from 'next/link';
import { repositories } from '@/graph-db/repositories';
import { sitePath } from '@/components/ui/safe-href';

export const metadata: Metadata = { title: 'Saved views' };
export const dynamic = 'force-dynamic';

export default async function SavedViewsPage() {
  const views = await repositories.savedViews.list(200);
  return (
    <main>
      <h1>Saved views</h1>
      {views.length === 0 ? (
        <p className="notice" data-testid="saved-views-empty">
          No saved views yet. Explore the graph and press “Save view” to share a link to exactly
          what you see.
        </p>
      ) : (
        <ul data-testid="saved-views">
          {views.map((view) => (
            <li key={view.slug}>
              <Link href={sitePath(`/v/${encodeURIComponent(view.slug)}`)}>{view.name}</Link> —{' '}
              {view.nodeCount} nodes, {view.mode}, saved {view.createdAt.slice(0, 10)}
              {view.description ? <p>{view.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
