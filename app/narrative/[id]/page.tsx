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
import { settle } from '@/app/_lib/slices';
import { loadEntity } from '@/app/_lib/load-entity';

export const dynamic = 'force-dynamic';

interface Props {
  readonly params: Promise<{ id: string }>;
}

const load = (segment: string) => loadEntity(segment, 'Narrative');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found ? `“${found.row.label}”` : 'Narrative not found' };
}

export default async function NarrativePage({ params }: Props) {
  const found = await load((await params).id);
  if (found === undefined) notFound();
  const { ref, row } = found;
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

  return (
    <main className="entity-page">
      <div>
        <EntityCard
          id={ref.id}
          kind="Narrative"
          title={row.label}
          subtype={row.narrativeKind}
          level={1}
          linked={false}
          facts={[
            { label: 'First seen', value: firstSeen.get(ref.key) ?? 'unknown' },
            { label: 'Articles', value: articleCount.toLocaleString('en') },
          ]}
        />
        <WatchForm kinds={watchKindsFor(ref.id)} targetId={ref.id} defaultName={row.label} />
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
      </div>
      <LocalGraph id={ref.id} label={row.label} />
    </main>
  );
}
