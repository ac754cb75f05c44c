import Link from 'next/link';
import { repositories } from '@/graph-db/repositories';
import { rowId } from '@/model/node-rows';
import { entityHref } from '@/components/entities/entity-card';
import { EvidenceList, type EvidenceEntry } from '@/components/entities/evidence-list';
import { entityPage } from '@/app/_lib/entity-page';
import { settle } from '@/app/_lib/slices';

export const dynamic = 'force-dynamic';

const page = entityPage('Narrative', {
  label: (row) => row.label,
  metadataTitle: (row) => `“${row.label}”`,
  view: async ({ ref, row }) => {
    const nodes = repositories.nodes;
    const [firstSeen, articles, articleCount, spread] = await Promise.all([
      nodes.narrativeFirstSeen([ref.key]),
      nodes.listPage('narrativeArticles', ref.key, 0, 50),
      nodes.listCount('narrativeArticles', ref.key),
      // The spread is a bonus: the page stands without it.
      settle(repositories.analytics.narrativeSpread(ref.key, 'MONTH')),
    ]);
    const entries: EvidenceEntry[] = articles.map((a) => ({
      node: { id: rowId(a.node), kind: 'Article', label: a.node.title },
      relation: a.node.date ?? 'undated',
      sentence: a.evidence.sentence,
    }));
    return {
      subtype: row.narrativeKind,
      facts: [
        { label: 'First seen', value: firstSeen.get(ref.key) ?? 'unknown' },
        { label: 'Articles', value: articleCount.toLocaleString('en') },
      ],
      watch: true,
      sections: (
        <>
          {spread !== undefined && spread.sources.length > 0 ? (
            <section className="entity-section" data-testid="narrative-spread">
              <h2>Spread across sources</h2>
              <ol>
                {spread.sources.map((s) => (
                  <li key={s.source?.key ?? `none-${s.firstArticle.key}`}>
                    {s.source ? (
                      <Link href={entityHref('Source', rowId(s.source))} prefetch={false}>
                        {s.source.name}
                      </Link>
                    ) : (
                      <span className="muted">unknown source</span>
                    )}{' '}
                    first on {s.firstArticle.date ?? 'an unknown date'} in{' '}
                    <Link href={entityHref('Article', rowId(s.firstArticle))} prefetch={false}>
                      {s.firstArticle.title}
                    </Link>{' '}
                    <span className="muted">
                      ({s.count} article{s.count === 1 ? '' : 's'})
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <EvidenceList
            title="Advanced by"
            entries={entries}
            total={articleCount}
            empty="No article advances this narrative."
            testId="narrative-articles"
          />
        </>
      ),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.EntityPage;
