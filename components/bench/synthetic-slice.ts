import { NODE_KINDS, RELATION_TYPES } from '@/model/graph-model';
import type { GraphSlice, SliceEdge, SliceNode } from '@/model/graph-slice';
import { mulberry32 } from '@/model/seeded-random';

/**
 * A synthetic slice of `n` nodes and `edgeFactor * n` distinct edges for benchmarks. Edges prefer
 * low-numbered nodes (a few hubs, a long tail) like the real graph, rather than a uniform mesh.
 */
export function syntheticSlice(n: number, edgeFactor = 3): GraphSlice {
  const random = mulberry32(n * 7919 + 17);
  const nodes: SliceNode[] = [];
  for (let i = 0; i < n; i += 1) {
    const kind = NODE_KINDS[i % NODE_KINDS.length] ?? 'Article';
    nodes.push({
      id: `${kind}:bench-${i}`,
      kind,
      label: `${kind} ${i}`,
      date: kind === 'Article' || kind === 'Event' ? `2021-0${1 + (i % 9)}-1${i % 10}` : null,
      subtype: null,
      degree: 1 + Math.floor(random() * 40),
    });
  }
  const edges: SliceEdge[] = [];
  const seen = new Set<string>();
  const target = Math.min(edgeFactor * n, (n * (n - 1)) / 2);
  while (edges.length < target) {
    const a = Math.floor(random() * n);
    // Squaring skews targets towards hubs.
    const b = Math.floor(random() * random() * n);
    if (a === b) continue;
    const source = nodes[a];
    const dest = nodes[b];
    if (source === undefined || dest === undefined) continue;
    const type = RELATION_TYPES[(a + b) % RELATION_TYPES.length] ?? 'MENTIONS';
    const id = `${type}:${source.id}->${dest.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({
      id,
      type,
      source: source.id,
      target: dest.id,
      weight: 1,
      quote: null,
      evidenceCount: 0,
      evidence: [],
    });
  }
  return { nodes, edges, truncated: false };
}
