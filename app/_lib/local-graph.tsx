import { EMPTY_VIEW_STATE, type ViewState } from '@/model/view-state';
import { Explorer } from '@/components/explorer/explorer';
import { localSlice, settle } from './slices';

/**
 * An entity page's local graph: the explorer seeded with the node, compact, not mirrored in the
 * URL (the page's own URL names the node). Expanding from here works as in the main explorer.
 */
export async function LocalGraph({ id, label }: { readonly id: string; readonly label: string }) {
  const state: ViewState = { ...EMPTY_VIEW_STATE, seeds: [id], selected: id };
  const slice = await settle(localSlice(id));
  return (
    <section
      className="entity-section"
      aria-label={`Local graph of ${label}`}
      data-testid="local-graph"
    >
      <h2>Local graph</h2>
      <Explorer
        compact
        syncUrl={false}
        initialState={state}
        {...(slice !== undefined ? { initialSlice: slice } : {})}
      />
    </section>
  );
}
