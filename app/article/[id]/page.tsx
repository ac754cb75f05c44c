import Link from 'next/link';
import { repositories } from '@/graph-db/repositories';
import { rowId } from '@/model/node-rows';
import type { ArticleMention } from '@/components/explorer/mention-highlights';
import { ArticleText } from '@/components/entities/article-text';
import { entityHref } from '@/components/entities/entity-card';
import { EvidenceList, type EvidenceEntry } from '@/components/entities/evidence-list';
import { ReuseList, type ReuseEntry } from '@/components/entities/reuse-list';
import { entityPage } from '@/app/_lib/entity-page';
import { formatLag } from '@/app/_lib/format';
import { MIN_REUSED_WORDS } from '@/ingest/reuse/align';

export const dynamic = 'force-dynamic';

/** Items per list on the page; the counts say when there are more. */
const LIST_SIZE = 100;

const page = entityPage('Article', {
  label: (row) => row.title,
  view: async ({ ref, row }) => {
    const nodes = repositories.nodes;
    const reuse = repositories.reuse;
    const [
      sources,
      mentions,
      mentionCount,
      quotes,
      cited,
      narratives,
      related,
      reuses,
      reusesCount,
      reusedBy,
      reusedByCount,
    ] = await Promise.all([
      nodes.articleSources([ref.key]),
      nodes.listPage('articleMentions', ref.key, 0, LIST_SIZE),
      nodes.listCount('articleMentions', ref.key),
      nodes.listPage('articleQuotes', ref.key, 0, LIST_SIZE),
      nodes.listPage('articleCitedEvents', ref.key, 0, LIST_SIZE),
      nodes.listPage('articleNarratives', ref.key, 0, LIST_SIZE),
      nodes.listPage('articleRelated', ref.key, 0, LIST_SIZE),
      reuse.page('reuses', ref.key, 0, LIST_SIZE),
      reuse.count('reuses', ref.key),
      reuse.page('reusedBy', ref.key, 0, LIST_SIZE),
      reuse.count('reusedBy', ref.key),
    ]);
    const source = sources.get(ref.key);

    // Evidence sentences located by offsets; inside them the words that name the node are linked.
    const highlights: ArticleMention[] = [
      ...mentions.map((m) => ({
        nodeId: rowId(m.node),
        label: m.node.name,
        relation: 'MENTIONS',
        ...m.evidence,
      })),
      ...quotes.map((q) => ({
        nodeId: rowId(q.node),
        label: q.text ?? q.node.name,
        relation: q.type,
        ...q.evidence,
      })),
      ...cited.map((c) => ({
        nodeId: rowId(c.node),
        label: c.dateText ?? c.node.description,
        relation: 'CITES',
        ...c.evidence,
      })),
      ...narratives.map((n) => ({
        nodeId: rowId(n.node),
        label: n.node.label,
        relation: 'ADVANCES',
        ...n.evidence,
      })),
    ];

    const mentionEntries: EvidenceEntry[] = mentions.map((m) => ({
      node: { id: rowId(m.node), kind: 'Actor', label: m.node.name },
      relation: m.node.actorKind,
      note: m.count > 1 ? `${m.count} mentions` : null,
      sentence: m.evidence.sentence,
    }));
    const quoteEntries: EvidenceEntry[] = quotes.map((q) => ({
      node: { id: rowId(q.node), kind: 'Actor', label: q.node.name },
      relation: q.type === 'QUOTES' ? 'quoted' : 'words attributed',
      note: q.cue,
      sentence: q.evidence.sentence,
    }));
    const citedEntries: EvidenceEntry[] = cited.map((c) => ({
      node: { id: rowId(c.node), kind: 'Event', label: c.node.description },
      relation: `${c.node.date} (${c.node.precision})`,
      note: formatLag(c.lagDays),
      sentence: c.evidence.sentence,
    }));
    const narrativeEntries: EvidenceEntry[] = narratives.map((n) => ({
      node: { id: rowId(n.node), kind: 'Narrative', label: n.node.label },
      relation: n.node.narrativeKind,
      sentence: n.evidence.sentence,
    }));
    const relatedEntries: EvidenceEntry[] = related.map((r) => ({
      node: { id: rowId(r.node), kind: 'Article', label: r.node.title },
      relation: r.node.date ?? 'undated',
      note: r.node.stub ? 'known only from the related list' : null,
      sentence: '',
    }));

    const reuseEntries = (rows: typeof reuses): ReuseEntry[] =>
      rows.map((r) => ({
        node: { id: rowId(r.node), title: r.node.title, date: r.node.date },
        overlap: r.overlap,
        words: r.words,
        passages: r.passages,
      }));
    return {
      subtype: row.stub ? 'stub' : null,
      facts: [
        { label: 'Published', value: row.date ?? 'undated' },
        {
          label: 'Source',
          value: source ? (
            <Link href={entityHref('Source', rowId(source))} prefetch={false}>
              {source.name}
            </Link>
          ) : (
            'unknown'
          ),
        },
        ...(row.url
          ? [
              {
                label: 'Original',
                // Plain text, not a link: the original may be a hostile or defunct site.
                value: <code>{row.url}</code>,
              },
            ]
          : []),
        ...(row.language ? [{ label: 'Language', value: row.language }] : []),
        { label: 'Relations', value: row.degree.toLocaleString('en') },
      ],
      watch: true,
      sections: (
        <>
          <section className="entity-section">
            <h2>Text</h2>
            {row.stub ? (
              <p className="muted">
                Only the title of this article is known, from another article&apos;s related list.
                {row.teaser ? ` Teaser: “${row.teaser}”` : ''}
              </p>
            ) : row.text === '' ? (
              <p className="muted">No text was stored for this article.</p>
            ) : (
              <ArticleText text={row.text} mentions={highlights} />
            )}
          </section>
          <EvidenceList
            title="Actors mentioned"
            entries={mentionEntries}
            total={mentionCount}
            empty="No actors were recognized in this article."
            testId="article-mentions"
          />
          <EvidenceList title="Quotes" entries={quoteEntries} empty="No quotes found." />
          <EvidenceList
            title="Events cited"
            entries={citedEntries}
            empty="No dated events are cited."
          />
          <EvidenceList
            title="Narratives"
            entries={narrativeEntries}
            empty="No recurring narratives recognized."
          />
          <EvidenceList
            title="Related articles"
            entries={relatedEntries}
            empty="No related articles listed."
          />
          <section className="entity-section" data-testid="article-reuse">
            <h2>Text reuse</h2>
            <ReuseList
              title="Reuses text of earlier articles"
              direction="reuses"
              entries={reuseEntries(reuses)}
              total={reusesCount}
              empty={`No passage of ${MIN_REUSED_WORDS} words or more was found in an earlier article.`}
              testId="article-reuses"
            />
            <ReuseList
              title="Its text reappears in"
              direction="reusedBy"
              entries={reuseEntries(reusedBy)}
              total={reusedByCount}
              empty="No later article reuses its text."
              testId="article-reused-by"
            />
          </section>
        </>
      ),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.EntityPage;
