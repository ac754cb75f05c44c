/** The TypeScript values behind the feed types (codegen `mappers`). */
import type { FeedRow } from '@/model/feeds';
import type { ConnectionModel, EdgeModel } from './models';

export type { FeedRow };
export type FeedEdgeModel = EdgeModel<FeedRow>;
export type FeedConnectionModel = ConnectionModel<FeedEdgeModel>;
