import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { repositories } from '@/graph-db/repositories';
import { rowId } from '@/model/node-rows';
import { EntityCard } from '@/components/entities/entity-card';
import { EvidenceList, type EvidenceEntry } from '@/components/entities/evidence-list';
import { LocalGraph } from '@/app/_lib/local-graph';
import { formatLag } from '@/app/_lib/format';
import { loadEntity } from '@/app/_lib/load-entity';

export const dynamic = 'force-dynamic';

interface Props {
  readonly params: Promise<{ id: string }>;
}

const load = (segment: string) => loadEntity(segment, 'Event');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found ? `Event of ${found.row.date}` : 'Event not found' };
}

export default async function EventPage({ params }: Props) {
  const found = await load((await params).id);
  if (found === undefined) notFound();
  const { ref, row } = found;
  const nodes = repositories.nodes;
  const [involves, citedBy, citedCount] = await Promise.all([
    nodes.listPage('eventInvolves', ref.key, 0, 50),
    nodes.listPage('eventCitedBy', ref.key, 0, 50),
    nodes.listCount('eventCitedBy', ref.key),
  ]);
  const involvesEntries: EvidenceEntry[] = involves.map((i) => ({
    node: { id: rowId(i.node), kind: 'Actor', label: i.node.name },
    relation: i.node.actorKind,
    sentence: i.evidence.sentence,
  }));
  const citedEntries: EvidenceEntry[] = citedBy.map((c) => ({
    node: { id: rowId(c.node), kind: 'Article', label: c.node.title },
    relation: c.node.date ?? 'undated',
    note: [c.dateText ? `“${c.dateText}”` : null, formatLag(c.lagDays)]
      .filter((x) => x !== null)
      .join(', '),
    sentence: c.evidence.sentence,
  }));

  return (
    <main className="entity-page">
      <div>
        <EntityCard
          id={ref.id}
          kind="Event"
          title={row.description}
          subtype={`${row.precision} precision`}
          level={1}
          linked={false}
          facts={[
            { label: 'Happened', value: row.dateEnd ? `${row.date} – ${row.dateEnd}` : row.date },
            { label: 'Cited by', value: `${citedCount.toLocaleString('en')} article(s)` },
          ]}
        />
        <EvidenceList
          title="Cited by"
          entries={citedEntries}
          total={citedCount}
          empty="No article cites this event."
          testId="event-cited-by"
        />
        <EvidenceList
          title="Actors involved"
          entries={involvesEntries}
          empty="No actors recorded."
        />
      </div>
      <LocalGraph id={ref.id} label={row.description} />
    </main>
  );
}
