import type { ElementDefinition } from 'cytoscape';
import type { CitationStance } from '@/model/citation-vocabulary';
import { citationLinkId, type CitationLinkRef } from '@/model/view-state';
import { edgeWidth } from '@/components/graph/stylesheet';
import type { NetworkLink, NetworkOutlet } from './citation-client';
import { byWeight } from './citation-layout';

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

/**
 * Node look by kind, in blues that no stance uses: colour on this canvas means stance only on
 * arrows. A Source publishes here (and may be cited too); an Actor outlet is only cited.
 */
export const OUTLET_STYLES: Readonly<
  Record<NetworkOutlet['kind'], { label: string; shape: 'hexagon' | 'ellipse'; color: string }>
> = Object.freeze({
  Source: { label: 'publishes here', shape: 'hexagon', color: '#0072B2' },
  Actor: { label: 'cited only', shape: 'ellipse', color: '#CFE2F3' },
});
/** Every node's outline: keeps the pale outlets visible on the white canvas. */
export const OUTLET_BORDER = '#0072B2';

/** Node diameter from its citations made and received: logarithmic, so a hub does not dwarf all. */
export function outletSize(citations: number): number {
  return Math.min(44, Math.round(10 + 3 * Math.log2(1 + Math.max(0, citations))));
}

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
  const outlets = networkOutlets(links).map((o) => ({
    ...o,
    size: outletSize(o.cites + o.citedBy),
  }));
  // rank: label priority, 0 the heaviest; the canvas draws labels in this order while they fit.
  const nodes: ElementDefinition[] = outlets.sort(byWeight).map((o, rank) => ({
    group: 'nodes',
    data: {
      id: o.id,
      label: o.name,
      kind: o.kind,
      color: OUTLET_STYLES[o.kind].color,
      shape: OUTLET_STYLES[o.kind].shape,
      size: o.size,
      cites: o.cites,
      citedBy: o.citedBy,
      rank,
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
