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
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
