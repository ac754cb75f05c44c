import { repositories } from '@/graph-db/repositories';
import { rowId } from '@/model/node-rows';
import { EvidenceList, type EvidenceEntry } from '@/components/entities/evidence-list';
import { entityPage } from '@/app/_lib/entity-page';
import { formatLag } from '@/app/_lib/format';

export const dynamic = 'force-dynamic';

const page = entityPage('Event', {
  label: (row) => row.description,
  metadataTitle: (row) => `Event of ${row.date}`,
  view: async ({ ref, row }) => {
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
    return {
      subtype: `${row.precision} precision`,
      facts: [
        { label: 'Happened', value: row.dateEnd ? `${row.date} – ${row.dateEnd}` : row.date },
        { label: 'Cited by', value: `${citedCount.toLocaleString('en')} article(s)` },
      ],
      watch: false,
      sections: (
        <>
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
        </>
      ),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.EntityPage;
