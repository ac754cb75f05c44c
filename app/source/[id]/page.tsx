import { repositories } from '@/graph-db/repositories';
import { entityPage, LinkList, nodeLinks } from '@/app/_lib/entity-page';
import { OutletCitations } from '@/app/_lib/outlet-citations';

export const dynamic = 'force-dynamic';

const page = entityPage('Source', {
  label: (row) => row.name,
  view: async ({ ref }) => {
    const nodes = repositories.nodes;
    const [articles, articleCount, topActors] = await Promise.all([
      nodes.listPage('sourceArticles', ref.key, 0, 50),
      nodes.listCount('sourceArticles', ref.key),
      nodes.listPage('sourceTopActors', ref.key, 0, 20),
    ]);
    return {
      facts: [{ label: 'Articles', value: articleCount.toLocaleString('en') }],
      watch: false,
      sections: (
        <>
          <LinkList
            title="Latest articles"
            items={nodeLinks(
              articles,
              (node) => node.title,
              (a) => a.node.date ?? 'undated',
            )}
            total={articleCount}
            empty="No articles from this source yet."
            testId="source-articles"
          />
          <LinkList
            title="Actors it names most"
            items={nodeLinks(
              topActors,
              (node) => node.name,
              (a) => `in ${a.count} article${a.count === 1 ? '' : 's'}`,
            )}
            empty="Its articles name no known actor."
          />
          <OutletCitations outlet={{ kind: 'Source', key: ref.key }} />
        </>
      ),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.EntityPage;
