import { describe, expect, it } from 'vitest';
import { encodeViewState, type ViewState } from '@/model/view-state';
import { explorerReducer, initExplorerState, type ExplorerAction } from './explorer-state';
import { UrlStateSync } from './url-sync';

const NARRATIVE = 'Narrative:hacking-empire';
const ARTICLE = 'Article:https://example.test/a';
const ACTOR = 'Actor:us';

/**
 * The explorer, its address bar and Next's router (useSearchParams), which learns of each
 * pushState/replaceState later, in a transition of its own, and reports each URL in turn.
 */
function harness() {
  let explorer = initExplorerState();
  const sync = new UrlStateSync(explorer.present);
  let address: string | null = null;
  const routerQueue: (string | null)[] = [];
  const history: string[] = [];
  const afterRender = () => {
    const write = sync.write(explorer.present);
    if (write === undefined) return;
    address = write.encoded;
    if (write.mode === 'push') history.push(write.encoded);
    else history[history.length - 1] = write.encoded;
    routerQueue.push(write.encoded);
  };
  sync.read(null, null);
  return {
    act(action: ExplorerAction) {
      explorer = explorerReducer(explorer, action);
      afterRender();
    },
    /** The router's next update lands and the URL → state effect runs. */
    routerCatchesUp() {
      const value = routerQueue.shift();
      if (value === undefined) throw new Error('no router update pending');
      const read = sync.read(value, address);
      if (read?.type === 'load') explorer = explorerReducer(explorer, read);
      afterRender();
    },
    /** Back: the address bar changes first, then the router reports it. */
    back() {
      history.pop();
      address = history.at(-1) ?? null;
      routerQueue.push(address);
    },
    get present(): ViewState {
      return explorer.present;
    },
    get address() {
      return address;
    },
  };
}

describe('UrlStateSync', () => {
  it('keeps an expansion when the router reports an older URL of ours after it', () => {
    const h = harness();
    h.act({ type: 'addSeeds', ids: [NARRATIVE] });
    h.routerCatchesUp();
    // Select, then Expand before the router has heard of the selection's replaceState.
    h.act({ type: 'select', id: ARTICLE });
    h.act({ type: 'expand', id: ARTICLE });
    h.routerCatchesUp();
    // A third step before the router reaches the expansion's URL.
    h.act({ type: 'pin', ids: [ACTOR] });
    h.routerCatchesUp();
    h.routerCatchesUp();
    expect({ expansions: h.present.expansions, pinned: h.present.pinned }).toEqual({
      expansions: [{ id: ARTICLE, depth: 1 }],
      pinned: [ACTOR],
    });
    expect(h.address).toBe(encodeViewState(h.present));
  });

  it('still loads the state of Back and Forward, down to the empty start', () => {
    const h = harness();
    h.act({ type: 'addSeeds', ids: [NARRATIVE] });
    h.act({ type: 'expand', id: ARTICLE });
    h.routerCatchesUp();
    h.routerCatchesUp();
    h.back();
    h.routerCatchesUp();
    const oneBack = { seeds: h.present.seeds, expansions: h.present.expansions };
    h.back();
    h.routerCatchesUp();
    expect({ oneBack, twoBack: h.present.seeds }).toEqual({
      oneBack: { seeds: [NARRATIVE], expansions: [] },
      twoBack: [],
    });
  });

  it('reports an undecodable link instead of loading it', () => {
    const sync = new UrlStateSync(initExplorerState().present);
    expect(sync.read('%%%', '%%%')).toMatchObject({ type: 'invalid' });
  });
});
