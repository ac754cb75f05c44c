import Link from 'next/link';
import { EMPTY_VIEW_STATE, encodeViewState, tryDecodeViewState } from '@/model/view-state';
import { repositories } from '@/graph-db/repositories';
import { KIND_STYLES } from '@/components/graph/stylesheet';
import { Explorer } from '@/components/explorer/explorer';
import { WhileNotExploring } from '@/components/explorer/while-not-exploring';
import { DatabaseStatus } from '@/components/ui/database-status';
import { settle, sliceForState } from '@/app/_lib/slices';

// Reads live graph data: never prerender at build time.
export const dynamic = 'force-dynamic';

/** Searches that show what the graph is for; the first is the seed page's headline epithet. */
const SUGGESTED_SEARCHES = ['hacking empire', 'United States', 'sanctions', 'Japan'] as const;

interface Props {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** A link that opens the explorer with the search box filled in (the `q` field of `?s=`). */
function searchLink(query: string): string {
  return `/?s=${encodeViewState({ ...EMPTY_VIEW_STATE, query })}`;
}

export default async function HomePage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = typeof params.s === 'string' ? params.s : undefined;
  const decoded = raw === undefined ? undefined : tryDecodeViewState(raw);
  const state = decoded?.ok === true ? decoded.state : EMPTY_VIEW_STATE;
  const initialError = decoded?.ok === false ? decoded.error.message : undefined;

  const health = await repositories.health.health().then(
    (row) => ({ ok: true as const, row }),
    (error: unknown) => ({
      ok: false as const,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
  const stats =
    health.ok && health.row.nodeCount > 0
      ? await settle(repositories.analytics.stats())
      : undefined;
  // Nodes without articles (API keys, saved views) leave nothing to search or draw.
  const empty = !health.ok || health.row.nodeCount === 0 || stats?.articles === 0;
  // The explorer can still fetch its slice itself if the server read fails.
  const slice = empty ? undefined : await settle(sliceForState(state));

  return (
    <main className="home">
      <div className="home-intro">
        <h1>Narragraph</h1>
        <WhileNotExploring>
          <p>
            Explore how state-media narratives travel: who is named, which past events are cited,
            which outlets quote which.
          </p>
        </WhileNotExploring>
        <DatabaseStatus health={health} articles={stats?.articles} />
        {!empty ? (
          <WhileNotExploring>
            <div className="start-points" data-testid="start-points">
              <div>
                <strong>Start with a search</strong>
                <ul>
                  {SUGGESTED_SEARCHES.map((q) => (
                    <li key={q}>
                      <Link href={searchLink(q)} prefetch={false}>
                        “{q}”
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
              {stats !== undefined ? (
                <div>
                  <strong>In the graph</strong>
                  <ul>
                    {stats.nodes
                      .filter((n) => n.count > 0)
                      .map((n) => (
                        <li key={n.kind}>
                          {n.count.toLocaleString('en')} {KIND_STYLES[n.kind].label.toLowerCase()}
                          {n.count === 1 ? '' : 's'}
                        </li>
                      ))}
                    {stats.firstDate !== null && stats.lastDate !== null ? (
                      <li>
                        articles from {stats.firstDate} to {stats.lastDate}
                      </li>
                    ) : null}
                  </ul>
                </div>
              ) : null}
              <div>
                <strong>Or</strong>
                <ul>
                  <li>
                    <Link href="/views">open a saved view</Link>
                  </li>
                  <li>
                    <Link href="/graphiql">query the graph with GraphQL</Link>
                  </li>
                </ul>
              </div>
            </div>
          </WhileNotExploring>
        ) : null}
      </div>
      {empty ? null : (
        <Explorer
          initialState={state}
          {...(slice !== undefined ? { initialSlice: slice } : {})}
          {...(initialError !== undefined ? { initialError } : {})}
          {...(stats !== undefined ? { dataVersion: stats.dataVersion } : {})}
        />
      )}
    </main>
  );
}
