import { describe, expect, it } from 'vitest';
import {
  decodeViewState,
  encodeViewState,
  EMPTY_VIEW_STATE,
  VIEW_STATE_LIMITS,
} from '@/model/view-state';
import {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  deserializeExplorerState,
  explorerReducer,
  fetchPlan,
  initExplorerState,
  serializeExplorerState,
  type ExplorerAction,
  type ExplorerState,
} from './explorer-state';

const run = (actions: ExplorerAction[], start: ExplorerState = initExplorerState()) =>
  actions.reduce(explorerReducer, start);

describe('explorerReducer', () => {
  it('opens the Citations view and back as undoable steps, keeping its filters canonical', () => {
    const s = run([
      { type: 'setView', view: 'citations' },
      {
        type: 'setCitations',
        citations: {
          from: '2024-05-01',
          to: '2024-01-01',
          stances: ['hostile', 'hostile'],
          sections: [' Top News ', '', 'top news'],
          sources: [],
          minCount: 1,
        },
      },
    ]);
    expect(s.present.view).toBe('citations');
    expect(s.present.citations).toEqual({
      from: '2024-01-01',
      to: '2024-05-01',
      stances: ['hostile'],
      sections: ['top news'],
    });
    expect(decodeViewState(encodeViewState(s.present))).toEqual(s.present);
    const back = run([{ type: 'undo' }, { type: 'undo' }], s);
    expect(back.present).toEqual(EMPTY_VIEW_STATE);
    const graph = run([{ type: 'setView', view: 'graph' }], s);
    expect(graph.present.view).toBeUndefined();
    expect(graph.present.citations).toEqual(s.present.citations);
    expect(run([{ type: 'setCitations', citations: { ...s.present.citations } }], s)).toBe(s);
  });

  it('adds seeds once and unhides re-added nodes', () => {
    const s = run([
      { type: 'addSeeds', ids: ['Actor:us', 'Actor:us'] },
      { type: 'hide', ids: ['Actor:rok'] },
      { type: 'addSeeds', ids: ['Actor:rok', 'Actor:us'] },
    ]);
    expect(s.present.seeds).toEqual(['Actor:us', 'Actor:rok']);
    expect(s.present.hidden).toEqual([]);
  });

  it('records expansions, keeping the deepest per id and relation set', () => {
    const s = run([
      { type: 'expand', id: 'Actor:us' },
      { type: 'expand', id: 'Actor:us', depth: 2 },
      { type: 'expand', id: 'Actor:us', depth: 1 },
      { type: 'expand', id: 'Actor:us', depth: 9, relationTypes: ['QUOTES', 'QUOTES'] },
    ]);
    expect(s.present.expansions).toEqual([
      { id: 'Actor:us', depth: 2 },
      { id: 'Actor:us', depth: 3, relationTypes: ['QUOTES'] },
    ]);
    expect(s.past).toHaveLength(3); // the no-op depth-1 expansion made no history entry
  });

  it('expands, hides, pins and removes a selection of nodes as one undoable step each', () => {
    const ids = ['Actor:a', 'Actor:b', 'Actor:c'];
    const start = run([{ type: 'addSeeds', ids: ['Actor:a'] }]);
    const expanded = run([{ type: 'expandAll', ids }], start);
    expect(expanded.present.expansions).toEqual([{ ids, depth: 1 }]);
    expect(expanded.past).toHaveLength(start.past.length + 1);
    expect(run([{ type: 'undo' }], expanded).present).toEqual(start.present);
    expect(run([{ type: 'expandAll', ids }], expanded)).toBe(expanded);
    const pinned = run([{ type: 'pin', ids }], expanded);
    expect(pinned.present.pinned).toEqual(ids);
    const hidden = run([{ type: 'hide', ids: ['Actor:b', 'Actor:c'] }], pinned);
    expect(hidden.present.hidden).toEqual(['Actor:b', 'Actor:c']);
    const removed = run([{ type: 'remove', ids }], pinned);
    expect(removed.present).toMatchObject({ seeds: [], expansions: [], pinned: [], hidden: ids });
    expect(run([{ type: 'undo' }], removed).present).toEqual(pinned.present);
  });

  it('expands a selection as one group, of the nodes not expanded yet', () => {
    const start = run([
      { type: 'addSeeds', ids: ['Narrative:n'] },
      { type: 'expand', id: 'Article:a' },
      { type: 'expand', id: 'Article:q', relationTypes: ['QUOTES'] },
    ]);
    const selection = ['Narrative:n', 'Article:a', 'Article:b', 'Article:c', 'Article:q'];
    const s = run([{ type: 'expandAll', ids: [...selection, 'Article:b'] }], start);
    // Article:a has its one-hop neighbourhood already; Article:q only along QUOTES.
    expect(s.present.expansions.slice(2)).toEqual([
      { ids: ['Narrative:n', 'Article:b', 'Article:c', 'Article:q'], depth: 1 },
    ]);
    // Members of a group count as expanded for the next selection: one new node, one node expansion.
    const more = run([{ type: 'expandAll', ids: ['Article:b', 'Article:d'] }], s);
    expect(more.present.expansions.at(-1)).toEqual({ id: 'Article:d', depth: 1 });
    expect(more.present).toEqual(run([{ type: 'expand', id: 'Article:d' }], s).present);
    expect(run([{ type: 'expandAll', ids: ['Article:b', 'Article:c'] }], s)).toBe(s);
    expect(decodeViewState(encodeViewState(more.present))).toEqual(more.present);
  });

  it('splits a selection larger than one API call into groups, still one step', () => {
    const ids = Array.from(
      { length: VIEW_STATE_LIMITS.groupLength * 2 + 1 },
      (_, i) => `Actor:${i}`,
    );
    const s = run([{ type: 'expandAll', ids }]);
    expect(s.present.expansions).toEqual([
      { ids: ids.slice(0, VIEW_STATE_LIMITS.groupLength), depth: 1 },
      { ids: ids.slice(VIEW_STATE_LIMITS.groupLength, -1), depth: 1 },
      { id: ids.at(-1), depth: 1 },
    ]);
    expect(s.past).toHaveLength(1);
    expect(decodeViewState(encodeViewState(s.present))).toEqual(s.present);
  });

  it('keeps single-node expand as it was, also for a node of a group', () => {
    const grouped = run([{ type: 'expandAll', ids: ['Actor:a', 'Actor:b'] }]);
    const s = run([{ type: 'expand', id: 'Actor:a' }], grouped);
    // The group shares its budget among its nodes; alone, a node gets the whole budget.
    expect(s.present.expansions).toEqual([
      { ids: ['Actor:a', 'Actor:b'], depth: 1 },
      { id: 'Actor:a', depth: 1 },
    ]);
    expect(run([{ type: 'expand', id: 'Actor:a' }], s)).toBe(s);
  });

  it('removing nodes of a group keeps the rest of the group expanded', () => {
    const ids = ['Actor:a', 'Actor:b', 'Actor:c'];
    const grouped = run([
      { type: 'addSeeds', ids: ['Actor:z'] },
      { type: 'expandAll', ids },
      { type: 'expand', id: 'Actor:x', depth: 2 },
    ]);
    const once = run([{ type: 'remove', ids: ['Actor:b'] }], grouped);
    expect(once.present.expansions).toEqual([
      { ids: ['Actor:a', 'Actor:c'], depth: 1 },
      { id: 'Actor:x', depth: 2 },
    ]);
    expect(once.present.hidden).toEqual(['Actor:b']);
    const twice = run([{ type: 'remove', ids: ['Actor:c'] }], once);
    expect(twice.present.expansions).toEqual([
      { id: 'Actor:a', depth: 1 },
      { id: 'Actor:x', depth: 2 },
    ]);
    const all = run([{ type: 'remove', ids }], grouped);
    expect(all.present.expansions).toEqual([{ id: 'Actor:x', depth: 2 }]);
    expect(run([{ type: 'undo' }], once).present).toEqual(grouped.present);
  });

  it('hides, pins, toggles and removes', () => {
    const s = run([
      { type: 'addSeeds', ids: ['Actor:a', 'Actor:b'] },
      { type: 'expand', id: 'Actor:a' },
      { type: 'pin', ids: ['Actor:a'] },
      { type: 'togglePin', id: 'Actor:b' },
      { type: 'togglePin', id: 'Actor:b' },
      { type: 'select', id: 'Actor:a' },
      { type: 'remove', ids: ['Actor:a'] },
    ]);
    expect(s.present).toMatchObject({
      seeds: ['Actor:b'],
      expansions: [],
      pinned: [],
      hidden: ['Actor:a'],
    });
    expect(s.present.selected).toBeUndefined();
  });

  it('hiding the selected node clears the selection; unhide all restores', () => {
    const s = run([
      { type: 'select', id: 'Actor:a' },
      { type: 'hide', ids: ['Actor:a', 'Actor:b'] },
    ]);
    expect(s.present.selected).toBeUndefined();
    expect(run([{ type: 'unhide', ids: ['Actor:a'] }], s).present.hidden).toEqual(['Actor:b']);
    expect(run([{ type: 'unhide' }], s).present.hidden).toEqual([]);
  });

  it('normalizes filters and ignores unchanged ones', () => {
    const s = run([
      {
        type: 'setFilters',
        filters: { from: '2024-05-01', to: '2024-01-01', nodeKinds: ['Actor', 'Actor'] },
      },
      {
        type: 'setFilters',
        filters: { from: '2024-01-01', to: '2024-05-01', nodeKinds: ['Actor'] },
      },
    ]);
    expect(s.present.filters).toEqual({
      from: '2024-01-01',
      to: '2024-05-01',
      nodeKinds: ['Actor'],
    });
    expect(s.past).toHaveLength(1);
    expect(run([{ type: 'setFilters', filters: { from: '' } }]).present.filters).toEqual({});
  });

  it('undoes and redoes steps but not selection or query', () => {
    let s = run([
      { type: 'addSeeds', ids: ['Actor:a'] },
      { type: 'setLayout', layout: 'timeline' },
      { type: 'select', id: 'Actor:a' },
      { type: 'setQuery', query: 'kcna' },
    ]);
    expect(s.past).toHaveLength(2);
    s = explorerReducer(s, { type: 'undo' });
    expect(s.present.layout).toBe('fcose');
    expect(s.present.selected).toBe('Actor:a');
    expect(s.present.query).toBe('kcna');
    expect(canRedo(s)).toBe(true);
    s = explorerReducer(s, { type: 'redo' });
    expect(s.present.layout).toBe('timeline');
    s = explorerReducer(explorerReducer(s, { type: 'undo' }), { type: 'hide', ids: ['Actor:a'] });
    expect(canRedo(s)).toBe(false); // a new step forks history
    const empty = initExplorerState();
    expect(explorerReducer(empty, { type: 'undo' })).toBe(empty);
    expect(explorerReducer(empty, { type: 'redo' })).toBe(empty);
    expect(canUndo(empty)).toBe(false);
  });

  it('caps history', () => {
    let s = initExplorerState();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      s = explorerReducer(s, { type: 'addSeeds', ids: [`Actor:${i}`] });
    expect(s.past).toHaveLength(HISTORY_LIMIT);
  });

  it('returns the same object for no-op steps', () => {
    const s = initExplorerState();
    for (const a of [
      { type: 'setLayout', layout: 'fcose' },
      { type: 'unpin', ids: ['Actor:x'] },
      { type: 'unhide' },
      { type: 'clear' },
      { type: 'select', id: undefined },
      { type: 'setQuery', query: '' },
      { type: 'remove', ids: [] },
    ] as ExplorerAction[]) {
      expect(explorerReducer(s, a), a.type).toBe(s);
    }
  });

  it('loads a state without history', () => {
    const loaded = { ...EMPTY_VIEW_STATE, seeds: ['Actor:z'] };
    const s = explorerReducer(run([{ type: 'addSeeds', ids: ['Actor:a'] }]), {
      type: 'load',
      state: loaded,
    });
    expect(s.present).toBe(loaded);
    expect(s.past).toHaveLength(1);
  });

  it('produces states the codec round-trips after any steps', () => {
    const s = run([
      { type: 'addSeeds', ids: ['Actor:a', 'Article:x'] },
      { type: 'expand', id: 'Actor:a', depth: 2, relationTypes: ['MENTIONS'] },
      { type: 'hide', ids: ['Source:kcna'] },
      { type: 'pin', ids: ['Actor:a'] },
      { type: 'setFilters', filters: { to: '2024-01-01', sources: ['Source:kcna'] } },
      { type: 'setLayout', layout: 'breadthfirst' },
      { type: 'select', id: 'Actor:a' },
      { type: 'setQuery', query: 'nuclear' },
      { type: 'select', id: undefined },
      { type: 'setQuery', query: '' },
    ]);
    expect(decodeViewState(encodeViewState(s.present))).toEqual(s.present);
    const back = deserializeExplorerState(serializeExplorerState(s));
    expect(back.state.present).toEqual(s.present);
    expect(back.error).toBeUndefined();
  });
});

describe('deserializeExplorerState', () => {
  it('opens empty for missing or broken links, with the reason', () => {
    expect(deserializeExplorerState(null).state.present).toEqual(EMPTY_VIEW_STATE);
    const broken = deserializeExplorerState('%%%');
    expect(broken.state.present).toEqual(EMPTY_VIEW_STATE);
    expect(broken.error).toBeTruthy();
  });
});

describe('fetchPlan', () => {
  it('asks for the seeds once and each expansion with a stable key', () => {
    const plan = fetchPlan({
      ...EMPTY_VIEW_STATE,
      seeds: ['Actor:b', 'Actor:a'],
      expansions: [{ id: 'Actor:a', depth: 2, relationTypes: ['QUOTES', 'MENTIONS'] }],
    });
    expect(plan).toEqual([
      { key: 'seeds:Actor:a|Actor:b', ids: ['Actor:a', 'Actor:b'], depth: 1, grouped: true },
      {
        key: 'expand:Actor:a:2:MENTIONS,QUOTES',
        ids: ['Actor:a'],
        depth: 2,
        relationTypes: ['MENTIONS', 'QUOTES'],
      },
    ]);
    expect(fetchPlan(EMPTY_VIEW_STATE)).toEqual([]);
    const seedExpanded = {
      ...EMPTY_VIEW_STATE,
      seeds: ['Actor:a'],
      expansions: [{ id: 'Actor:a', depth: 1 }],
    };
    expect(fetchPlan(seedExpanded).map((p) => p.key)).toEqual(['seeds:Actor:a']);
  });

  it("asks for a box selection's Expand with one request, however many nodes it holds", () => {
    const ids = ['Article:c', 'Narrative:n', 'Article:a', 'Article:b'];
    const s = run([
      { type: 'addSeeds', ids: ['Narrative:n'] },
      { type: 'expandAll', ids },
    ]);
    expect(fetchPlan(s.present)).toEqual([
      { key: 'seeds:Narrative:n', ids: ['Narrative:n'], depth: 1, grouped: true },
      {
        key: 'expand:Article:a|Article:b|Article:c:1:*',
        ids: ['Article:a', 'Article:b', 'Article:c'],
        depth: 1,
        grouped: true,
      },
    ]);
  });
});

describe('path searches', () => {
  it('are steps: added once either way round, planned, undone, dropped with their ends', () => {
    const s = run([
      { type: 'addSeeds', ids: ['Actor:us', 'Actor:cn'] },
      { type: 'findPaths', from: 'Actor:us', to: 'Actor:cn' },
      { type: 'findPaths', from: 'Actor:cn', to: 'Actor:us' },
      { type: 'findPaths', from: 'Actor:us', to: 'Actor:us' },
    ]);
    expect(s.present.paths).toEqual([{ from: 'Actor:us', to: 'Actor:cn' }]);
    expect(s.past).toHaveLength(2);
    expect(fetchPlan(s.present).at(-1)).toEqual({
      key: 'paths:Actor:us|Actor:cn',
      ids: ['Actor:us', 'Actor:cn'],
      depth: 0,
      paths: true,
    });
    expect(decodeViewState(encodeViewState(s.present))).toEqual(s.present);
    expect(explorerReducer(s, { type: 'undo' }).present.paths).toBeUndefined();
    const removed = explorerReducer(s, { type: 'remove', ids: ['Actor:cn'] });
    expect(removed.present.paths).toBeUndefined();
    expect(explorerReducer(s, { type: 'clear' }).present.paths).toBeUndefined();
  });

  it('reject malformed path requests in links', () => {
    const encode = (wire: unknown) => Buffer.from(JSON.stringify(wire)).toString('base64url');
    expect(() => decodeViewState(encode({ v: 1, w: [['Actor:a']] }))).toThrow(/from, to/);
    expect(() => decodeViewState(encode({ v: 1, w: [['Actor:a', 'Actor:a']] }))).toThrow(/itself/);
    expect(decodeViewState(encode({ v: 1, w: [['Actor:a', 'Actor:b']] })).paths).toEqual([
      { from: 'Actor:a', to: 'Actor:b' },
    ]);
  });
});
