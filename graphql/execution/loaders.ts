import { NODE_KINDS, type NodeKind } from '@/model/graph-model';
import { parseGlobalId } from '@/model/graph-slice';
import type { ActorRow, NodeRow, SourceRow } from '@/model/node-rows';
import { createBatcher, type Batcher } from './batcher';
import type { GraphQLContext } from '../context';

/**
 * Per-request batchers for single-valued reads (a node by id, an article's source, an actor's
 * parent): a page of 100 articles asking for `source` costs one query. Kept in a WeakMap keyed by
 * the context object, so the context stays `{ db }` and nothing outlives the request.
 */
export interface Loaders {
  readonly node: Batcher<string, NodeRow>;
  readonly articleSource: Batcher<string, SourceRow>;
  readonly actorParent: Batcher<string, ActorRow>;
  readonly narrativeFirstSeen: Batcher<string, string>;
}

const perRequest = new WeakMap<GraphQLContext, Loaders>();

/** The loaders of this request's context. */
export function loaders(context: GraphQLContext): Loaders {
  let found = perRequest.get(context);
  if (!found) {
    const { db } = context;
    found = {
      node: createBatcher(async (ids) => {
        const byKind = new Map<NodeKind, string[]>();
        for (const id of ids) {
          const ref = parseGlobalId(id);
          if (ref) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.key]);
        }
        const rows = new Map<string, NodeRow>();
        await Promise.all(
          NODE_KINDS.filter((kind) => byKind.has(kind)).map(async (kind) => {
            const found = await db.nodes.byKeys(kind, byKind.get(kind) ?? []);
            for (const [key, row] of found) rows.set(`${kind}:${key}`, row);
          }),
        );
        return rows;
      }),
      articleSource: createBatcher((keys) => db.nodes.articleSources(keys)),
      actorParent: createBatcher((keys) => db.nodes.actorParents(keys)),
      narrativeFirstSeen: createBatcher((keys) => db.nodes.narrativeFirstSeen(keys)),
    };
    perRequest.set(context, found);
  }
  return found;
}
