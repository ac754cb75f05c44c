import type { GraphSlice, SliceEdge, SliceNode } from '@/model/graph-slice';

/** Small fixture slices shared by the graph and explorer unit tests. */

export function node(id: string, extra: Partial<SliceNode> = {}): SliceNode {
  const kind = id.slice(0, id.indexOf(':')) as SliceNode['kind'];
  return {
    id,
    kind,
    label: id.slice(id.indexOf(':') + 1),
    date: null,
    subtype: null,
    degree: 1,
    ...extra,
  };
}

export function edge(
  type: SliceEdge['type'],
  source: string,
  target: string,
  extra: Partial<SliceEdge> = {},
): SliceEdge {
  return {
    id: `${type}:${source}->${target}`,
    type,
    source,
    target,
    weight: 1,
    quote: null,
    evidence: [],
    ...extra,
    evidenceCount: extra.evidenceCount ?? extra.evidence?.length ?? 0,
  };
}

/** Two KCNA articles naming the US and citing the Korean War. */
export const SAMPLE_SLICE: GraphSlice = {
  nodes: [
    node('Source:kcna', { label: 'KCNA', degree: 40 }),
    node('Article:a1', { label: 'US warmongers escalate tension', date: '2024-01-02', degree: 4 }),
    node('Article:a2', { label: 'Anniversary of victory', date: '2024-07-27', degree: 3 }),
    node('Actor:us', { label: 'United States', subtype: 'country', degree: 120 }),
    node('Event:korean-war', { label: 'Korean War', date: '1950-06-25', degree: 12 }),
    node('Narrative:aggression', { label: 'US aggression', subtype: 'theme' }),
  ],
  edges: [
    edge('PUBLISHED_BY', 'Article:a1', 'Source:kcna'),
    edge('PUBLISHED_BY', 'Article:a2', 'Source:kcna'),
    edge('MENTIONS', 'Article:a1', 'Actor:us', {
      weight: 3,
      evidence: [
        {
          sentence: 'The United States is escalating tension on the peninsula.',
          start: 0,
          end: 57,
          extractor: 'gazetteer',
          confidence: 0.9,
          articleId: 'Article:a1',
          articleTitle: 'US warmongers escalate tension',
        },
      ],
    }),
    edge('CITES', 'Article:a2', 'Event:korean-war'),
    edge('ADVANCES', 'Article:a1', 'Narrative:aggression'),
  ],
  truncated: false,
};
