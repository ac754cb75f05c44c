import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { repositories } from '@/graph-db/repositories';
import { rowId } from '@/model/node-rows';
import { WatchForm } from '@/components/watches/watch-form';
import { watchKindsFor } from '@/components/watches/watches-client';
import { EntityCard, entityHref } from '@/components/entities/entity-card';
import { EvidenceList, type EvidenceEntry } from '@/components/entities/evidence-list';
import { LocalGraph } from '@/app/_lib/local-graph';
import { loadEntity } from '@/app/_lib/load-entity';
import { OutletCitations } from '@/app/_lib/outlet-citations';

export const dynamic = 'force-dynamic';

interface Props {
  readonly params: Promise<{ id: string }>;
}

const LIST_SIZE = 50;

const load = (segment: string) => loadEntity(segment, 'Actor');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found?.row.name ?? 'Actor not found' };
}

export default async function ActorPage({ params }: Props) {
  const found = await load((await params).id);
  if (found === undefined) notFound();
  const { ref, row } = found;
  const nodes = repositories.nodes;
  const [parents, mentioned, mentionedCount, quoted, quotedCount, coMentions] = await Promise.all([
    nodes.actorParents([ref.key]),
    nodes.listPage('actorMentionedIn', ref.key, 0, LIST_SIZE),
    nodes.listCount('actorMentionedIn', ref.key),
    nodes.listPage('actorQuotedIn', ref.key, 0, LIST_SIZE),
    nodes.listCount('actorQuotedIn', ref.key),
    nodes.listPage('actorCoMentions', ref.key, 0, 15),
  ]);
  const parent = parents.get(ref.key);

  const mentionEntries: EvidenceEntry[] = mentioned.map((m) => ({
    node: { id: rowId(m.node), kind: 'Article', label: m.node.title },
    relation: m.node.date ?? 'undated',
    note: m.count > 1 ? `${m.count} mentions` : null,
    sentence: m.evidence.sentence,
  }));
  const quoteEntries: EvidenceEntry[] = quoted.map((q) => ({
    node: { id: rowId(q.node), kind: 'Article', label: q.node.title },
    relation: q.type === 'QUOTES' ? 'quoted' : 'words attributed',
    note: q.node.date,
    sentence: q.evidence.sentence,
  }));

  return (
    <main className="entity-page">
      <div>
        <EntityCard
          id={ref.id}
          kind="Actor"
          title={row.name}
          subtype={row.actorKind}
          level={1}
          linked={false}
          facts={[
            ...(row.aliases.length > 0
              ? [{ label: 'Also named', value: row.aliases.join(', ') }]
              : []),
            ...(parent
              ? [
                  {
                    label: 'Part of',
                    value: (
                      <Link href={entityHref('Actor', rowId(parent))} prefetch={false}>
                        {parent.name}
                      </Link>
                    ),
                  },
                ]
              : []),
            { label: 'Articles naming it', value: mentionedCount.toLocaleString('en') },
            { label: 'Quotes', value: quotedCount.toLocaleString('en') },
            ...(row.placeholder
              ? [{ label: 'Note', value: 'Inferred as a parent of another actor, never named.' }]
              : []),
          ]}
        />
        <WatchForm kinds={watchKindsFor(ref.id)} targetId={ref.id} defaultName={row.name} />
        <EvidenceList
          title="Mentioned in"
          entries={mentionEntries}
          total={mentionedCount}
          empty="No article names this actor."
          testId="actor-mentioned-in"
        />
        <EvidenceList
          title="Quoted in"
          entries={quoteEntries}
          total={quotedCount}
          empty="No quotes of this actor."
        />
        <section className="entity-section">
          <h2>Named together with</h2>
          {coMentions.length === 0 ? (
            <p className="muted">No other actor shares an article with this one.</p>
          ) : (
            <ul>
              {coMentions.map((c) => (
                <li key={c.node.key}>
                  <Link href={entityHref('Actor', rowId(c.node))} prefetch={false}>
                    {c.node.name}
                  </Link>{' '}
                  <span className="muted">
                    {c.count} shared article{c.count === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <OutletCitations outlet={{ kind: 'Actor', key: ref.key }} />
      </div>
      <LocalGraph id={ref.id} label={row.name} />
    </main>
  );
}
