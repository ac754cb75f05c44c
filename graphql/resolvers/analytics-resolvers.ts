import { globalId } from '@/model/graph-slice';
import type { ArticleRow, SourceRow } from '@/model/node-rows';
import { notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import { parseDateRange, parseIdOf, parseIds, parseKinds, parseSourceIds } from '../inputs';
import { loaders } from '../execution/loaders';

function daysBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function earlier(a: ArticleRow, b: ArticleRow): boolean {
  const ad = a.date ?? '9999';
  const bd = b.date ?? '9999';
  return ad < bd || (ad === bd && a.key < b.key);
}

/** `timeline`, `narrativeSpread` and `stats`. */
export const analyticsResolvers: Resolvers = {
  Query: {
    timeline: async (_parent, { filter, bucket }, { db }) => {
      const width = bucket ?? 'MONTH';
      const row = await db.analytics.timeline({
        ids: filter?.ids ? parseIds(filter.ids, 'filter.ids') : null,
        kinds: parseKinds(filter?.kinds, 'filter.kinds'),
        sourceKeys: parseSourceIds(filter?.sources, 'filter.sources'),
        narrativeKey:
          filter?.narrative === null || filter?.narrative === undefined
            ? null
            : parseIdOf(filter.narrative, 'Narrative', 'filter.narrative'),
        ...parseDateRange(filter?.from, filter?.to),
        bucket: width,
      });
      return { ...row, bucket: width };
    },
    narrativeSpread: async (_parent, { id, bucket }, context) => {
      const key = parseIdOf(id, 'Narrative', 'id');
      const narrative = await loaders(context).node.load(globalId('Narrative', key));
      if (narrative?.kind !== 'Narrative') throw notFound(`no narrative ${id}`);
      const row = await context.db.analytics.narrativeSpread(key, bucket ?? 'MONTH');
      let first: { article: ArticleRow; source: SourceRow | null } | undefined;
      for (const use of row.sources) {
        if (!first || earlier(use.firstArticle, first.article)) {
          first = { article: use.firstArticle, source: use.source };
        }
      }
      const sources = row.sources.flatMap((use) =>
        use.source === null
          ? []
          : [
              {
                source: use.source,
                firstArticle: use.firstArticle,
                firstDate: use.firstArticle.date,
                count: use.count,
              },
            ],
      );
      const chain = sources.slice(1).map((use, index) => {
        const previous = sources[index];
        if (!previous) throw new Error('chain index out of range');
        return {
          from: previous.source,
          to: use.source,
          fromDate: previous.firstDate,
          toDate: use.firstDate,
          lagDays: daysBetween(previous.firstDate, use.firstDate),
        };
      });
      return {
        narrative,
        firstArticle: first?.article ?? null,
        firstSource: first?.source ?? null,
        firstDate: first?.article.date ?? null,
        sources,
        buckets: row.buckets.map((b) => ({
          start: b.start,
          articles: b.articles,
          citedEvents: 0,
          medianLagDays: null,
        })),
        chain,
        totalArticles: row.totalArticles,
      };
    },
    stats: (_parent, _args, { db }) => db.analytics.stats(),
  },
  Timeline: {
    buckets: (timeline) => [...timeline.buckets],
  },
  Stats: {
    nodes: (stats) => [...stats.nodes],
    relations: (stats) => [...stats.relations],
  },
};
