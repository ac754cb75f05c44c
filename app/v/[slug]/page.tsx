import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EMPTY_VIEW_STATE, tryDecodeViewState } from '@/model/view-state';
import { repositories } from '@/graph-db/repositories';
import { Explorer } from '@/components/explorer/explorer';
import { SavedViewActions } from '@/components/views/saved-view-actions';
import { parsePositions, parseSnapshot, parseViewport } from '@/app/_lib/saved-view-payload';
import { settle, sliceForState } from '@/app/_lib/slices';

export const dynamic = 'force-dynamic';

interface Props {
  readonly params: Promise<{ slug: string }>;
}

/** Slugs are 12 base64url characters; anything else cannot exist, so it is not looked up. */
const SLUG = /^[A-Za-z0-9_-]{1,64}$/;

async function load(slug: string) {
  return SLUG.test(slug) ? repositories.savedViews.get(slug) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await load((await params).slug);
  return { title: view?.name ?? 'View not found' };
}

export default async function SavedViewPage({ params }: Props) {
  const { slug } = await params;
  const view = await load(slug);
  if (view === undefined) notFound();
  const decoded = tryDecodeViewState(view.state);
  const state = decoded.ok ? decoded.state : EMPTY_VIEW_STATE;
  const positions = parsePositions(view.positions);
  const viewport = parseViewport(view.viewport);
  const live = view.mode.toLowerCase() === 'live';
  // A snapshot draws the elements stored with it and never re-runs the exploration.
  const snapshot = live ? undefined : parseSnapshot(view.snapshot);
  const [slice, stats] = await Promise.all([
    snapshot !== undefined ? snapshot : settle(sliceForState(state)),
    settle(repositories.analytics.stats()),
  ]);
  const dataChanged =
    live &&
    stats !== undefined &&
    view.dataVersion !== null &&
    view.dataVersion !== stats.dataVersion;

  return (
    <main className="saved-view">
      <header className="view-header">
        <h1 data-testid="saved-view-name">{view.name}</h1>
        {view.description !== '' ? <p>{view.description}</p> : null}
        <p className="muted">
          {live
            ? 'Live view: replays its steps against the current graph'
            : 'Snapshot view: the elements as they were saved'}{' '}
          · {view.nodeCount} nodes · saved {view.createdAt.slice(0, 10)}
          {view.updatedAt !== view.createdAt ? `, changed ${view.updatedAt.slice(0, 10)}` : ''}
        </p>
        {dataChanged ? (
          <p className="notice" role="status" data-testid="data-changed">
            The graph has changed since this view was saved (articles were added or updated): it may
            show nodes that were not there, and new ones are laid out around the saved positions.
          </p>
        ) : null}
        {!live && snapshot === undefined ? (
          <p className="notice" role="status" data-testid="snapshot-missing">
            This snapshot was saved without its elements (before snapshots stored them, or they
            could not be read): it shows its steps replayed against the current graph.
          </p>
        ) : null}
        {!decoded.ok ? (
          <p className="notice error" role="alert">
            This view&apos;s state could not be read ({decoded.error.message}).
          </p>
        ) : null}
        <SavedViewActions
          slug={view.slug}
          name={view.name}
          fields={{
            name: view.name,
            description: view.description,
            state: view.state,
            positions: view.positions,
            viewport: view.viewport,
            mode: live ? 'LIVE' : 'SNAPSHOT',
            dataVersion: view.dataVersion,
          }}
        />
      </header>
      <Explorer
        syncUrl={false}
        initialState={state}
        initialPositions={positions}
        {...(slice !== undefined ? { initialSlice: slice } : {})}
        {...(viewport !== undefined ? { initialViewport: viewport } : {})}
        {...(stats !== undefined ? { dataVersion: stats.dataVersion } : {})}
      />
    </main>
  );
}
