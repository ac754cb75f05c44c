import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { repositories } from '@/graph-db/repositories';
import { rowId } from '@/model/node-rows';
import { EntityCard, entityHref } from '@/components/entities/entity-card';
import { LocalGraph } from '@/app/_lib/local-graph';
import { loadEntity } from '@/app/_lib/load-entity';
import { OutletCitations } from '@/app/_lib/outlet-citations';

export const dynamic = 'force-dynamic';

interface Props {
  readonly params: Promise<{ id: string }>;
}

const load = (segment: string) => loadEntity(segment, 'Source');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found?.row.name ?? 'Source not found' };
}

export default async function SourcePage({ params }: Props) {
  const found = await load((await params).id);
  if (found === undefined) notFound();
  const { ref, row } = found;
  const nodes = repositories.nodes;
  const [articles, articleCount, topActors] = await Promise.all([
    nodes.listPage('sourceArticles', ref.key, 0, 50),
    nodes.listCount('sourceArticles', ref.key),
    nodes.listPage('sourceTopActors', ref.key, 0, 20),
  ]);

  return (
    <main className="entity-page">
      <div>
        <EntityCard
          id={ref.id}
          kind="Source"
          title={row.name}
          level={1}
          linked={false}
          facts={[{ label: 'Articles', value: articleCount.toLocaleString('en') }]}
        />
        <section className="entity-section" data-testid="source-articles">
          <h2>
            Latest articles{' '}
            <span className="muted">
              (
              {articles.length < articleCount
                ? `${articles.length} of ${articleCount}`
                : articleCount}
              )
            </span>
          </h2>
          {articles.length === 0 ? (
            <p className="muted">No articles from this source yet.</p>
          ) : (
            <ul>
              {articles.map((a) => (
                <li key={a.node.key}>
                  <Link href={entityHref('Article', rowId(a.node))} prefetch={false}>
                    {a.node.title}
                  </Link>{' '}
                  <span className="muted">{a.node.date ?? 'undated'}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="entity-section">
          <h2>Actors it names most</h2>
          {topActors.length === 0 ? (
            <p className="muted">Its articles name no known actor.</p>
          ) : (
            <ul>
              {topActors.map((a) => (
                <li key={a.node.key}>
                  <Link href={entityHref('Actor', rowId(a.node))} prefetch={false}>
                    {a.node.name}
                  </Link>{' '}
                  <span className="muted">
                    in {a.count} article{a.count === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <OutletCitations outlet={{ kind: 'Source', key: ref.key }} />
      </div>
      <LocalGraph id={ref.id} label={row.name} />
    </main>
  );
}
