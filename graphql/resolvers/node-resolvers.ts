import { globalId } from '@/model/graph-slice';
import { isRelationType, type RelationType } from '@/model/graph-model';
import type { ListName } from '@/graph-db/repositories/node-repository';
import type { ListFilters } from '@/model/lists';
import type { ArticleRow } from '@/model/node-rows';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { parseDateRange, parseId, parseIds } from '../inputs';
import { loaders } from '../execution/loaders';
import type { ConnectionModel, ListEdgeModel } from '../models/models';
import { pageWindow, toConnection } from '../execution/pagination';

type PageArgs = { first?: number | null; after?: string | null };

/** A page of one of graph-db's node lists as a connection (rows fetched one past the page). */
async function listConnection<L extends ListName>(
  context: GraphQLContext,
  list: L,
  key: string,
  args: PageArgs,
  filters?: ListFilters,
) {
  const window = pageWindow(args);
  const rows = await context.db.nodes.listPage(list, key, window.offset, window.first + 1, filters);
  return toConnection(
    window,
    rows,
    (row, cursor) => ({ ...row, cursor }),
    () => context.db.nodes.listCount(list, key, filters),
  );
}

/** A list whose edges carry nothing but the article. */
function articlesOnly(
  connection: ConnectionModel<ListEdgeModel<ArticleRow>>,
): ConnectionModel<{ cursor: string; node: ArticleRow }> {
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node })),
  };
}

const total = {
  totalCount: (parent: { totalCount: () => Promise<number> }) => parent.totalCount(),
};
const relationType = {
  type: (parent: { type: string }): RelationType =>
    isRelationType(parent.type) ? parent.type : 'QUOTES',
};

/** Node types, their lists, `node` and `nodes`. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, context) => {
      parseId(id, 'id');
      return loaders(context)
        .node.load(id)
        .then((row) => row ?? null);
    },
    nodes: (_parent, { ids }, context) => {
      parseIds(ids, 'ids');
      return Promise.all(
        ids.map((id) =>
          loaders(context)
            .node.load(id)
            .then((row) => row ?? null),
        ),
      );
    },
  },
  Node: {
    __resolveType: (row) => row.kind,
  },
  Article: {
    id: (row) => globalId('Article', row.key),
    source: (row, _args, context) =>
      loaders(context)
        .articleSource.load(row.key)
        .then((source) => source ?? null),
    mentions: (row, args, context) => listConnection(context, 'articleMentions', row.key, args),
    quotes: (row, args, context) => listConnection(context, 'articleQuotes', row.key, args),
    citedEvents: (row, args, context) =>
      listConnection(context, 'articleCitedEvents', row.key, args),
    narratives: (row, args, context) => listConnection(context, 'articleNarratives', row.key, args),
    related: async (row, args, context) =>
      articlesOnly(await listConnection(context, 'articleRelated', row.key, args)),
  },
  Source: {
    id: (row) => globalId('Source', row.key),
    articles: async (row, args, context) =>
      articlesOnly(
        await listConnection(
          context,
          'sourceArticles',
          row.key,
          args,
          parseDateRange(args.from, args.to),
        ),
      ),
    topActors: (row, args, context) => listConnection(context, 'sourceTopActors', row.key, args),
  },
  Actor: {
    id: (row) => globalId('Actor', row.key),
    kind: (row) => row.actorKind,
    aliases: (row) => [...row.aliases],
    partOf: (row, _args, context) =>
      loaders(context)
        .actorParent.load(row.key)
        .then((parent) => parent ?? null),
    mentionedIn: (row, args, context) => listConnection(context, 'actorMentionedIn', row.key, args),
    quotedIn: (row, args, context) => listConnection(context, 'actorQuotedIn', row.key, args),
    coMentions: (row, args, context) => listConnection(context, 'actorCoMentions', row.key, args),
  },
  Event: {
    id: (row) => globalId('Event', row.key),
    involves: (row, args, context) => listConnection(context, 'eventInvolves', row.key, args),
    citedBy: (row, args, context) => listConnection(context, 'eventCitedBy', row.key, args),
  },
  Narrative: {
    id: (row) => globalId('Narrative', row.key),
    kind: (row) => row.narrativeKind,
    firstSeen: (row, _args, context) =>
      loaders(context)
        .narrativeFirstSeen.load(row.key)
        .then((date) => date ?? null),
    articles: (row, args, context) => listConnection(context, 'narrativeArticles', row.key, args),
  },
  Evidence: {
    article: async (row, _args, context) => {
      if (row.articleKey === null) return null;
      const found = await loaders(context).node.load(globalId('Article', row.articleKey));
      return found?.kind === 'Article' ? found : null;
    },
  },
  ArticleConnection: total,
  ActorCountConnection: total,
  ArticleMentionConnection: total,
  ActorMentionConnection: total,
  ArticleQuoteConnection: total,
  ActorQuoteConnection: total,
  CitedEventConnection: total,
  CitationConnection: total,
  NarrativeUseConnection: total,
  NarrativeArticleConnection: total,
  InvolvementConnection: total,
  ArticleQuoteEdge: { ...relationType, text: (e) => e.text ?? '', cue: (e) => e.cue ?? '' },
  ActorQuoteEdge: { ...relationType, text: (e) => e.text ?? '', cue: (e) => e.cue ?? '' },
  CitedEventEdge: { dateText: (e) => e.dateText ?? '' },
  CitationEdge: { dateText: (e) => e.dateText ?? '' },
};
