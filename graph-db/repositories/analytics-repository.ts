import type { NodeKind, TimeBucketName } from '../../model/graph-model';
import { TIME_BUCKET_UNITS } from '../../model/graph-model';
import { readTransaction } from '../driver';
import {
  readDataVersion,
  readNarrativeSpread,
  readStats,
  readTimeline,
} from '../queries/analytics.cypher';
import type { NarrativeSpreadRow, StatsRow, TimelineRow } from '../../model/analytics';
import { readSeeds } from '../queries/graph-slice.cypher';

/** What a timeline counts: node refs are resolved to element ids inside the same transaction. */
export interface TimelineRequest {
  readonly ids: readonly { kind: NodeKind; key: string }[] | null;
  readonly kinds: readonly NodeKind[] | null;
  readonly sourceKeys: readonly string[] | null;
  readonly narrativeKey: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly bucket: TimeBucketName;
}

export interface AnalyticsRepository {
  timeline(request: TimelineRequest): Promise<TimelineRow>;
  narrativeSpread(key: string, bucket: TimeBucketName): Promise<NarrativeSpreadRow>;
  stats(): Promise<StatsRow>;
  /** The data version `stats` reports, read far more cheaply. */
  dataVersion(): Promise<string>;
}

export const analyticsRepository: AnalyticsRepository = {
  timeline: (request) =>
    readTransaction(async (tx) => {
      const elementIds =
        request.ids === null ? null : (await readSeeds(tx, request.ids)).map((seed) => seed.eid);
      return readTimeline(
        tx,
        {
          elementIds,
          kinds: request.kinds,
          sourceKeys: request.sourceKeys,
          narrativeKey: request.narrativeKey,
          from: request.from,
          to: request.to,
        },
        TIME_BUCKET_UNITS[request.bucket],
      );
    }),
  narrativeSpread: (key, bucket) =>
    readTransaction((tx) => readNarrativeSpread(tx, key, TIME_BUCKET_UNITS[bucket])),
  stats: () => readTransaction(readStats),
  dataVersion: () => readTransaction(readDataVersion),
};
