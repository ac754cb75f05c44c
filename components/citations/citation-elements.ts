import type { ElementDefinition } from 'cytoscape';
import type { CitationStance } from '@/graph-db/model/citation-vocabulary';
import { citationLinkId, type CitationLinkRef } from '@/graph-db/model/view-state';
import { edgeWidth, KIND_STYLES } from '@/components/graph/stylesheet';
import type { NetworkLink, NetworkOutlet } from './citation-client';

/**
 * The citation network as Cytoscape elements: one node per outlet (a Source that is also cited is
 * one node), one directed edge per link, its width from the count and its colour from the stance
 * most of its citations take. Pure, so it is unit-tested without a canvas.
 */

/** Okabe–Ito colours, as the explorer's stylesheet: readable under colour-vision deficiencies. */
export const STANCE_COLORS: Readonly<Record<CitationStance, string>> = Object.freeze({
  endorsing: '#009E73',
  neutral: '#8A949E',
  hostile: '#D55E00',
});

/** The stance most citations of a link take (ties: hostile, then endorsing, then neutral). */
export function dominantStance(link: Pick<NetworkLink, 'stances'>): CitationStance {
  const rank: readonly CitationStance[] = ['hostile', 'endorsing', 'neutral'];
  let best: CitationStance = 'neutral';
  let bestCount = -1;
  for (const stance of rank) {
    const count = link.stances.find((s) => s.stance === stance)?.count ?? 0;
    if (count > bestCount) {
      best = stance;
      bestCount = count;
    }
  }
  return best;
}

export function linkRef(link: Pick<NetworkLink, 'citing' | 'cited'>): CitationLinkRef {
  return { citing: link.citing.id, cited: link.cited.id };
}

/** Nodes of every outlet at either end of a link, each once, with its citation totals. */
export function networkOutlets(
  links: readonly NetworkLink[],
): (NetworkOutlet & { readonly cites: number; readonly citedBy: number })[] {
  const byId = new Map<string, NetworkOutlet & { cites: number; citedBy: number }>();
  const entry = (o: NetworkOutlet) => {
    let e = byId.get(o.id);
    if (e === undefined) byId.set(o.id, (e = { ...o, cites: 0, citedBy: 0 }));
    return e;
  };
  for (const link of links) {
    entry(link.citing).cites += link.count;
    entry(link.cited).citedBy += link.count;
  }
  return [...byId.values()];
}

export function citationElements(links: readonly NetworkLink[]): ElementDefinition[] {
  const nodes: ElementDefinition[] = networkOutlets(links).map((o) => ({
    group: 'nodes',
    data: {
      id: o.id,
      label: o.name,
      kind: o.kind,
      color: KIND_STYLES[o.kind].color,
      shape: KIND_STYLES[o.kind].shape,
      // Outlets that cite or are cited more are bigger, logarithmically like the explorer's nodes.
      size: Math.min(64, Math.round(20 + 6 * Math.log2(1 + o.cites + o.citedBy))),
    },
  }));
  const edges: ElementDefinition[] = links.map((link) => {
    const stance = dominantStance(link);
    return {
      group: 'edges',
      data: {
        id: citationLinkId(linkRef(link)),
        source: link.citing.id,
        target: link.cited.id,
        count: link.count,
        stance,
        width: edgeWidth(link.count) + 1,
        color: STANCE_COLORS[stance],
        label: String(link.count),
      },
    };
  });
  return [...nodes, ...edges];
}
