/**
 * The graph's vocabulary as plain constants: safe to import from client code.
 * Labels and relationship types used in Cypher come only from these allow-lists.
 */

export const NODE_KINDS = ['Article', 'Source', 'Actor', 'Event', 'Narrative'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_TYPES = [
  'PUBLISHED_BY',
  'MENTIONS',
  'QUOTES',
  'ATTRIBUTES',
  'CITES',
  'INVOLVES',
  'ADVANCES',
  'RELATED_TO',
  'PART_OF',
  'CITES_SOURCE',
  'SAME_AS',
  'REUSES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** Time bucket widths of timelines; each maps to a Cypher `date.truncate` unit. */
export const TIME_BUCKETS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type TimeBucketName = (typeof TIME_BUCKETS)[number];
export const TIME_BUCKET_UNITS: Readonly<
  Record<TimeBucketName, 'day' | 'week' | 'month' | 'year'>
> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** Expansion depths of a neighbourhood. */
export const NEIGHBORHOOD_DEPTHS = [1, 2, 3] as const;
export type NeighborhoodDepth = (typeof NEIGHBORHOOD_DEPTHS)[number];

/** Path lengths `paths` may search; interpolated into Cypher quantifiers, so only these. */
export const PATH_HOPS = [1, 2, 3, 4, 5, 6] as const;
export type PathHops = (typeof PATH_HOPS)[number];

/** Relationship types whose start node is always an Article (their evidence comes from it). */
export const ARTICLE_RELATION_TYPES: readonly RelationType[] = [
  'PUBLISHED_BY',
  'MENTIONS',
  'QUOTES',
  'ATTRIBUTES',
  'CITES',
  'ADVANCES',
  'RELATED_TO',
  'CITES_SOURCE',
];
