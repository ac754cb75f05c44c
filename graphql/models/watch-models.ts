/** The TypeScript values behind the watch and alert GraphQL types (codegen `mappers`). */
import type { AlertRow } from '@/model/watches';
import type { WatchRow } from '@/model/watches';
import type { ConnectionModel, EdgeModel } from './models';

export type { AlertRow, WatchRow };
export type WatchEdgeModel = EdgeModel<WatchRow>;
export type WatchConnectionModel = ConnectionModel<WatchEdgeModel>;
export type AlertEdgeModel = EdgeModel<AlertRow>;
export type AlertConnectionModel = ConnectionModel<AlertEdgeModel>;
