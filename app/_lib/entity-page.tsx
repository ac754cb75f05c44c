import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import type { NodeKind } from '@/model/graph-model';
import { rowId, type NodeRow } from '@/model/node-rows';
import { EntityCard, entityHref, type EntityFact } from '@/components/entities/entity-card';
import { WatchForm } from '@/components/watches/watch-form';
import { watchKindsFor } from '@/components/watches/watches-client';
import { LocalGraph } from './local-graph';
import { loadEntity } from './load-entity';

/** The node a page shows, as loaded from its `[id]` segment. */
export type LoadedEntity<K extends NodeKind> = NonNullable<
  Awaited<ReturnType<typeof loadEntity<K>>>
>;

/** What differs between entity pages: the card's subtype and facts, and the sections below it. */
export interface EntityView {
  readonly subtype?: string | null;
  readonly facts: readonly EntityFact[];
  /** Offers a watch form (events cannot be watched). */
  readonly watch: boolean;
  readonly sections: ReactNode;
}

interface Props {
  readonly params: Promise<{ id: string }>;
}

/**
 * An entity page: the node's card, its watch form, the page's own sections and its local graph;
 * 404 when the segment names no such node. `label` titles the card and the graph; `metadataTitle`
 * the browser tab when it differs.
 */
export function entityPage<K extends NodeKind>(
  kind: K,
  page: {
    readonly label: (row: LoadedEntity<K>['row']) => string;
    readonly metadataTitle?: (row: LoadedEntity<K>['row']) => string;
    readonly view: (entity: LoadedEntity<K>) => Promise<EntityView>;
  },
) {
  const load = (segment: string) => loadEntity(segment, kind);
  const title = page.metadataTitle ?? page.label;

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const found = await load((await params).id);
    return { title: found ? title(found.row) : `${kind} not found` };
  }

  async function EntityPage({ params }: Props) {
    const found = await load((await params).id);
    if (found === undefined) notFound();
    const { ref, row } = found;
    const label = page.label(row);
    const view = await page.view(found);
    return (
      <main className="entity-page">
        <div>
          <EntityCard
            id={ref.id}
            kind={kind}
            title={label}
            subtype={view.subtype ?? null}
            level={1}
            linked={false}
            facts={view.facts}
          />
          {view.watch ? (
            <WatchForm kinds={watchKindsFor(ref.id)} targetId={ref.id} defaultName={label} />
          ) : null}
          {view.sections}
        </div>
        <LocalGraph id={ref.id} label={label} />
      </main>
    );
  }

  return { generateMetadata, EntityPage };
}

export interface LinkItem {
  readonly key: string;
  readonly href: string;
  readonly label: string;
  readonly note: string;
}

/** Link items for list rows of one kind of node. */
export function nodeLinks<R extends { readonly node: NodeRow; readonly count: number }>(
  rows: readonly R[],
  label: (node: R['node']) => string,
  note: (row: R) => string,
): LinkItem[] {
  return rows.map((row) => ({
    key: row.node.key,
    href: entityHref(row.node.kind, rowId(row.node)),
    label: label(row.node),
    note: note(row),
  }));
}

/** A section listing linked nodes with a muted note each (counts, dates). */
export function LinkList({
  title,
  items,
  empty,
  total,
  testId,
}: {
  readonly title: string;
  readonly items: readonly LinkItem[];
  readonly empty: string;
  /** Items in all pages, shown when more exist than are listed. */
  readonly total?: number;
  readonly testId?: string;
}) {
  return (
    <section className="entity-section" data-testid={testId}>
      <h2>
        {title}
        {total === undefined ? null : (
          <>
            {' '}
            <span className="muted">
              ({items.length < total ? `${items.length} of ${total}` : total})
            </span>
          </>
        )}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <Link href={item.href} prefetch={false}>
                {item.label}
              </Link>{' '}
              <span className="muted">{item.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
