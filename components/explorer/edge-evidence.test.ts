import { describe, expect, it } from 'vitest';
import { edge, node } from '@/components/graph/test-slices';
import type { EvidenceItem, GraphSlice } from '@/model/graph-slice';
import { inspectedEdges, missingEvidence, withEvidence } from './edge-evidence';

const item: EvidenceItem = {
  sentence: 'The US staged drills.',
  start: 0,
  end: 21,
  extractor: 'rules',
  confidence: 0.9,
  articleId: 'Article:a1',
  articleTitle: 'Drills',
};

const slice: GraphSlice = {
  nodes: [node('Article:a1', { label: 'Drills' }), node('Actor:us'), node('Source:kcna')],
  edges: [
    edge('MENTIONS', 'Article:a1', 'Actor:us', { evidenceCount: 1 }),
    edge('PUBLISHED_BY', 'Article:a1', 'Source:kcna', { evidenceCount: 0 }),
  ],
  truncated: false,
};

describe('edge evidence on demand', () => {
  it('asks for the sentences an inspected article lacks, and puts fetched ones in place', () => {
    const wanted = inspectedEdges(slice, { type: 'node', id: 'Article:a1' });
    const missing = missingEvidence(slice, wanted);
    const filled = withEvidence(slice, new Map([[missing[0] ?? '', [item]]]));
    expect({
      missing,
      evidence: filled.edges.map((e) => e.evidence.length),
      unchanged: withEvidence(filled, new Map([[missing[0] ?? '', [item]]])) === filled,
      afterwards: missingEvidence(filled, wanted),
      actor: [...inspectedEdges(slice, { type: 'node', id: 'Actor:us' })],
    }).toEqual({
      missing: ['MENTIONS:Article:a1->Actor:us'],
      evidence: [1, 0],
      unchanged: true,
      afterwards: [],
      actor: [],
    });
  });
});
