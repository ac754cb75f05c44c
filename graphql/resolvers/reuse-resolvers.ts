import type { ReuseDirection } from '@/model/reuse';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { pageWindow, toConnection } from '../execution/pagination';

/** A page of an article's REUSES edges in one direction (rows fetched one past the page). */
async function reuseConnection(
  context: GraphQLContext,
  direction: ReuseDirection,
  key: string,
  args: { first?: number | null; after?: string | null },
) {
  const window = pageWindow(args);
  const rows = await context.db.reuse.page(direction, key, window.offset, window.first + 1);
  return toConnection(
    window,
    rows,
    (row, cursor) => ({ ...row, cursor }),
    () => context.db.reuse.count(direction, key),
  );
}

/** `Article.reuses` and `Article.reusedBy` (docs/text-reuse.md). */
export const reuseResolvers: Resolvers = {
  Article: {
    reuses: (row, args, context) => reuseConnection(context, 'reuses', row.key, args),
    reusedBy: (row, args, context) => reuseConnection(context, 'reusedBy', row.key, args),
  },
  TextReuseConnection: {
    totalCount: (parent) => parent.totalCount(),
  },
  TextReuseEdge: {
    passages: (edge) => [...edge.passages],
  },
};
