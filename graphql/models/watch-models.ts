/** The TypeScript values behind the watch and alert GraphQL types (codegen `mappers`). */
import type { AlertRow } from '@/graph-db/queries/alerts.cypher';
import type { WatchRow } from '@/graph-db/queries/watches.cypher';
import type { ConnectionModel, EdgeModel } from './models';

export type { AlertRow, WatchRow };
export type WatchEdgeModel = EdgeModel<WatchRow>;
export type WatchConnectionModel = ConnectionModel<WatchEdgeModel>;
export type AlertEdgeModel = EdgeModel<AlertRow>;
export type AlertConnectionModel = ConnectionModel<AlertEdgeModel>;
