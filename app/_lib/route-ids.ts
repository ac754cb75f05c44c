import { parseGlobalId } from '@/model/graph-slice';
import type { NodeKind } from '@/model/graph-model';
import { sitePath } from '@/components/ui/safe-href';

/**
 * The node a route segment names: `/actor/Actor%3Acountry%3Achina` → Actor `country:china`.
 * Next may hand the segment over still percent-encoded or already decoded; the raw form wins
 * when it already parses, so a key that itself holds `%` (URL keys) is never decoded twice.
 */
export function nodeRefFromSegment(
  segment: string,
  kind: NodeKind,
): { readonly id: string; readonly kind: NodeKind; readonly key: string } | undefined {
  const candidates = [segment];
  try {
    candidates.push(decodeURIComponent(segment));
  } catch {
    // A malformed escape is simply not an id.
  }
  for (const id of candidates) {
    const ref = parseGlobalId(id);
    if (ref?.kind === kind) return { id, kind, key: ref.key };
  }
  return undefined;
}

/** Link to a node's page (same rule as the explorer's inspector). */
export function nodePath(kind: NodeKind, id: string): string {
  return sitePath(`/${kind.toLowerCase()}/${encodeURIComponent(id)}`);
}
