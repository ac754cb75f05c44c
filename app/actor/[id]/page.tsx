import Link from 'next/link';
import { repositories } from '@/graph-db/repositories';
import { rowId } from '@/model/node-rows';
import { entityHref } from '@/components/entities/entity-card';
import { EvidenceList, type EvidenceEntry } from '@/components/entities/evidence-list';
import { entityPage, LinkList, nodeLinks } from '@/app/_lib/entity-page';
import { OutletCitations } from '@/app/_lib/outlet-citations';

export const dynamic = 'force-dynamic';

const LIST_SIZE = 50;

const page = entityPage('Actor', {
  label: (row) => row.name,
  view: async ({ ref, row }) => {
    const nodes = repositories.nodes;
    const [parents, mentioned, mentionedCount, quoted, quotedCount, coMentions] = await Promise.all(
      [
        nodes.actorParents([ref.key]),
        nodes.listPage('actorMentionedIn', ref.key, 0, LIST_SIZE),
        nodes.listCount('actorMentionedIn', ref.key),
        nodes.listPage('actorQuotedIn', ref.key, 0, LIST_SIZE),
        nodes.listCount('actorQuotedIn', ref.key),
        nodes.listPage('actorCoMentions', ref.key, 0, 15),
      ],
    );
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
    return {
      subtype: row.actorKind,
      facts: [
        ...(row.aliases.length > 0 ? [{ label: 'Also named', value: row.aliases.join(', ') }] : []),
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
      ],
      watch: true,
      sections: (
        <>
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
          <LinkList
            title="Named together with"
            items={nodeLinks(
              coMentions,
              (node) => node.name,
              (c) => `${c.count} shared article${c.count === 1 ? '' : 's'}`,
            )}
            empty="No other actor shares an article with this one."
          />
          <OutletCitations outlet={{ kind: 'Actor', key: ref.key }} />
        </>
      ),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.EntityPage;
