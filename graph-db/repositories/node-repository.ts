import type { NodeKind } from '../../model/graph-model';
import { readTransaction } from '../driver';
import {
  readListCount,
  readListPage,
  type ListName,
  type LIST_DEFINITIONS,
} from '../queries/lists.cypher';
import type { ListEdgeRow, ListFilters } from '../../model/lists';
import type { ActorRow, NodeRow, SourceRow } from '../../model/node-rows';
import {
  readActorParents,
  readArticleSources,
  readNarrativeFirstSeen,
  readNodesByKey,
} from '../queries/nodes.cypher';

export type { ListName };

type ListNode<L extends ListName> = Extract<
  NodeRow,
  { kind: (typeof LIST_DEFINITIONS)[L]['nodeKind'] }
>;

/** Point reads of nodes and the lists hanging off them. Batch methods take every key at once. */
export interface NodeRepository {
  /** Nodes of one kind by key; missing keys are absent from the map. */
  byKeys(kind: NodeKind, keys: readonly string[]): Promise<Map<string, NodeRow>>;
  /** Source of each article, by article key. */
  articleSources(articleKeys: readonly string[]): Promise<Map<string, SourceRow>>;
  /** Parent actor of each actor, by child key. */
  actorParents(actorKeys: readonly string[]): Promise<Map<string, ActorRow>>;
  /** Earliest article date of each narrative, by narrative key. */
  narrativeFirstSeen(narrativeKeys: readonly string[]): Promise<Map<string, string>>;
  /** `limit` items of a list from offset `skip`. */
  listPage<L extends ListName>(
    list: L,
    key: string,
    skip: number,
    limit: number,
    filters?: ListFilters,
  ): Promise<ListEdgeRow<ListNode<L>>[]>;
  /** Number of items of a list. */
  listCount(list: ListName, key: string, filters?: ListFilters): Promise<number>;
}

export const nodeRepository: NodeRepository = {
  byKeys: (kind, keys) => readTransaction((tx) => readNodesByKey(tx, kind, keys)),
  articleSources: (keys) => readTransaction((tx) => readArticleSources(tx, keys)),
  actorParents: (keys) => readTransaction((tx) => readActorParents(tx, keys)),
  narrativeFirstSeen: (keys) => readTransaction((tx) => readNarrativeFirstSeen(tx, keys)),
  listPage: (list, key, skip, limit, filters) =>
    readTransaction((tx) => readListPage(tx, list, key, skip, limit, filters)),
  listCount: (list, key, filters) => readTransaction((tx) => readListCount(tx, list, key, filters)),
};
