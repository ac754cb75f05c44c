import Link from 'next/link';
import { EMPTY_VIEW_STATE, encodeViewState } from '@/model/view-state';
import { NO_CITATION_FILTERS, type CitationLinkRow } from '@/model/citations';
import { rowId } from '@/model/node-rows';
import { repositories } from '@/graph-db/repositories';
import type { OutletRef } from '@/graph-db/repositories/citation-repository';
import { entityHref } from '@/components/entities/entity-card';

/** Links listed per direction on an outlet's page. */
const LISTED = 20;

function LinkList({
  title,
  testId,
  rows,
  total,
  other,
  empty,
}: {
  readonly title: string;
  readonly testId: string;
  readonly rows: readonly CitationLinkRow[];
  readonly total: number;
  readonly other: (row: CitationLinkRow) => CitationLinkRow['cited'];
  readonly empty: string;
}) {
  return (
    <section className="entity-section" data-testid={testId}>
      <h2>
        {title}{' '}
        <span className="muted">
          ({rows.length < total ? `${rows.length} of ${total}` : total} outlet
          {total === 1 ? '' : 's'})
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {rows.map((row) => {
            const outlet = other(row);
            return (
              <li key={`${row.citing.key}>${row.citedActorKey}`}>
                <Link href={entityHref(outlet.kind, rowId(outlet))} prefetch={false}>
                  {outlet.name}
                </Link>{' '}
                <span className="muted">
                  {row.count} citation{row.count === 1 ? '' : 's'} ·{' '}
                  {row.stances.map((s) => `${s.stance} ${s.count}`).join(', ')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * What an outlet cites and who cites it, with counts, on its Source or Actor page; the Citations
 * view opens on the same outlet.
 */
export async function OutletCitations({ outlet }: { readonly outlet: OutletRef }) {
  const db = repositories.citations;
  const [cites, citesTotal, citedBy, citedByTotal] = await Promise.all([
    db.outletLinks(outlet, 'cites', NO_CITATION_FILTERS, 0, LISTED),
    db.outletLinkCount(outlet, 'cites', NO_CITATION_FILTERS),
    db.outletLinks(outlet, 'citedBy', NO_CITATION_FILTERS, 0, LISTED),
    db.outletLinkCount(outlet, 'citedBy', NO_CITATION_FILTERS),
  ]);
  if (outlet.kind === 'Actor' && citesTotal + citedByTotal === 0) return null;
  const view = encodeViewState({
    ...EMPTY_VIEW_STATE,
    view: 'citations',
    ...(outlet.kind === 'Source' && citesTotal > 0
      ? { citations: { sources: [`Source:${outlet.key}`] } }
      : {}),
  });
  return (
    <>
      <LinkList
        title="Cites"
        testId="outlet-cites"
        rows={cites}
        total={citesTotal}
        other={(row) => row.cited}
        empty="Its articles cite no outlet."
      />
      <LinkList
        title="Cited by"
        testId="outlet-cited-by"
        rows={citedBy}
        total={citedByTotal}
        other={(row) => row.citing}
        empty="No source here cites it."
      />
      <p>
        <Link href={`/?s=${view}`} prefetch={false}>
          Open the citation network
        </Link>
      </p>
    </>
  );
}
