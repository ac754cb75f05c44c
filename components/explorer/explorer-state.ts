import type { RelationType } from '@/model/graph-model';
import type { GlobalId } from '@/model/graph-slice';
import { NEIGHBOR_GROUP_LIMITS, parseNeighborGroupId } from '@/model/neighbor-groups';
import {
  EMPTY_VIEW_STATE,
  VIEW_STATE_LIMITS,
  decodeViewState,
  encodeViewState,
  expansionIds,
  type CitationViewState,
  type Expansion,
  type NodeExpansion,
  type LayoutName,
  type ViewFilters,
  type ViewState,
} from '@/model/view-state';

/**
 * The explorer's state machine: exploration steps as a pure reducer with undo/redo. The present
 * is a `ViewState`, so serializing it is the view-state codec and nothing else.
 */

/** How many steps undo remembers. */
export const HISTORY_LIMIT = 100;

export interface ExplorerState {
  readonly present: ViewState;
  /** Older states, most recent last. */
  readonly past: readonly ViewState[];
  /** Undone states, next redo last. */
  readonly future: readonly ViewState[];
}

export type ExplorerAction =
  | { readonly type: 'addSeeds'; readonly ids: readonly GlobalId[] }
  | {
      readonly type: 'expand';
      readonly id: GlobalId;
      readonly depth?: number;
      readonly relationTypes?: readonly RelationType[];
    }
  /**
   * Expands several nodes by one hop as one step (a box selection's Expand): one group expansion,
   * fetched by one request, of the nodes not expanded yet.
   */
  | { readonly type: 'expandAll'; readonly ids: readonly GlobalId[] }
  | { readonly type: 'findPaths'; readonly from: GlobalId; readonly to: GlobalId }
  /**
   * Opens a hub's neighbour group after the `skip` members already drawn, or its next page when
   * it is open already.
   */
  | { readonly type: 'openGroup'; readonly id: string; readonly skip?: number }
  | { readonly type: 'hide'; readonly ids: readonly GlobalId[] }
  | { readonly type: 'unhide'; readonly ids?: readonly GlobalId[] }
  | { readonly type: 'pin'; readonly ids: readonly GlobalId[] }
  | { readonly type: 'unpin'; readonly ids: readonly GlobalId[] }
  | { readonly type: 'togglePin'; readonly id: GlobalId }
  | { readonly type: 'remove'; readonly ids: readonly GlobalId[] }
  | { readonly type: 'setFilters'; readonly filters: ViewFilters }
  | { readonly type: 'setLayout'; readonly layout: LayoutName }
  /** Opens the graph or the Citations view (Back returns to the other). */
  | { readonly type: 'setView'; readonly view: 'graph' | 'citations' }
  /** The Citations view's filters and selected link. */
  | { readonly type: 'setCitations'; readonly citations: CitationViewState }
  | { readonly type: 'clear' }
  // Not undoable: selection and the search box are where you look, not what you explored.
  | { readonly type: 'select'; readonly id: GlobalId | undefined }
  | { readonly type: 'setQuery'; readonly query: string }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** Replace the present without history (URL navigation, back/forward). */
  | { readonly type: 'load'; readonly state: ViewState };

/** Explorer state starting at `present` with empty history. */
export function initExplorerState(present: ViewState = EMPTY_VIEW_STATE): ExplorerState {
  return { present, past: [], future: [] };
}

function addUnique(list: readonly GlobalId[], ids: readonly GlobalId[]): readonly GlobalId[] {
  const out = [...list];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  // The codec caps list length; states the reducer makes must always encode and decode.
  return out.slice(0, VIEW_STATE_LIMITS.listLength);
}

function without(list: readonly GlobalId[], ids: readonly GlobalId[]): readonly GlobalId[] {
  const drop = new Set(ids);
  return list.filter((id) => !drop.has(id));
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  return (
    sameList(a.nodeKinds, b.nodeKinds) &&
    sameList(a.relationTypes, b.relationTypes) &&
    sameList(a.sources, b.sources) &&
    a.from === b.from &&
    a.to === b.to
  );
}

/** Drops undefined keys so the state stays canonical (and equal to its decoded form). */
function cleanFilters(filters: ViewFilters): ViewFilters {
  const out: {
    -readonly [K in keyof ViewFilters]: ViewFilters[K];
  } = {};
  if (filters.nodeKinds !== undefined) out.nodeKinds = [...new Set(filters.nodeKinds)];
  if (filters.relationTypes !== undefined) out.relationTypes = [...new Set(filters.relationTypes)];
  if (filters.sources !== undefined) out.sources = [...new Set(filters.sources)];
  if (filters.from !== undefined && filters.from !== '') out.from = filters.from;
  if (filters.to !== undefined && filters.to !== '') out.to = filters.to;
  // A reversed range is a brush dragged right-to-left: normalize instead of rejecting.
  if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
    [out.from, out.to] = [out.to, out.from];
  }
  return out;
}

/** Canonical Citations view state: no empty lists, no default minCount, a sorted window. */
function cleanCitations(c: CitationViewState): CitationViewState {
  const out: { -readonly [K in keyof CitationViewState]: CitationViewState[K] } = {};
  if (c.from !== undefined && c.from !== '') out.from = c.from;
  if (c.to !== undefined && c.to !== '') out.to = c.to;
  if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
    [out.from, out.to] = [out.to, out.from];
  }
  if (c.sources !== undefined && c.sources.length > 0) out.sources = [...new Set(c.sources)];
  if (c.stances !== undefined && c.stances.length > 0) out.stances = [...new Set(c.stances)];
  const sections = [...new Set((c.sections ?? []).map((x) => x.trim().toLowerCase()))]
    .filter((x) => x !== '' && x.length <= VIEW_STATE_LIMITS.sectionLength)
    .slice(0, VIEW_STATE_LIMITS.sections);
  if (sections.length > 0) out.sections = sections;
  if (c.minCount !== undefined && Number.isInteger(c.minCount) && c.minCount > 1)
    out.minCount = Math.min(c.minCount, VIEW_STATE_LIMITS.minCount);
  if (c.link !== undefined) out.link = c.link;
  return out;
}

/** The path requests that do not end at a removed node, as a spreadable field. */
function withoutPathsTo(
  paths: ViewState['paths'],
  ids: readonly GlobalId[],
): { paths?: NonNullable<ViewState['paths']> } {
  const kept = (paths ?? []).filter((p) => !ids.includes(p.from) && !ids.includes(p.to));
  return kept.length > 0 ? { paths: kept } : {};
}

/** Splits a list into runs of at most `size`. */
function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** An expansion of `ids`: a node expansion for one id, a group for more. */
function expansionOf(ids: readonly GlobalId[], rest: Omit<Expansion, 'id' | 'ids'>): Expansion {
  const [only] = ids;
  return ids.length === 1 && only !== undefined ? { ...rest, id: only } : { ...rest, ids };
}

/**
 * An expansion without the removed nodes: a group keeps expanding the rest of its nodes (a node
 * expansion when one is left); nothing is left when all its nodes go.
 */
function expansionWithout(x: Expansion, removed: readonly GlobalId[]): Expansion[] {
  const ids = expansionIds(x);
  const kept = ids.filter((id) => !removed.includes(id));
  if (kept.length === ids.length) return [x];
  if (kept.length === 0) return [];
  const { depth, relationTypes } = x;
  return [expansionOf(kept, relationTypes === undefined ? { depth } : { depth, relationTypes })];
}

/** The next ViewState for a step, or the same object when the step changes nothing. */
function step(s: ViewState, action: ExplorerAction): ViewState {
  switch (action.type) {
    case 'addSeeds': {
      const ids = action.ids.filter((id) => !s.seeds.includes(id));
      const unhide = action.ids.filter((id) => s.hidden.includes(id));
      if (ids.length === 0 && unhide.length === 0) return s;
      return { ...s, seeds: addUnique(s.seeds, ids), hidden: without(s.hidden, unhide) };
    }
    case 'expand': {
      const depth = Math.min(
        Math.max(Math.trunc(action.depth ?? 1), 1),
        VIEW_STATE_LIMITS.maxDepth,
      );
      const next: NodeExpansion =
        action.relationTypes === undefined
          ? { id: action.id, depth }
          : { id: action.id, depth, relationTypes: [...new Set(action.relationTypes)] };
      // Only a node expansion counts: a group shares its budget, so its share of a node's
      // neighbourhood may be smaller than what expanding the node alone shows.
      const existing = s.expansions.find(
        (x) => !('ids' in x) && x.id === next.id && sameList(x.relationTypes, next.relationTypes),
      );
      if (existing !== undefined && existing.depth >= next.depth) return s;
      const expansions = [...s.expansions.filter((x) => x !== existing), next];
      if (expansions.length > VIEW_STATE_LIMITS.listLength) return s;
      return { ...s, expansions };
    }
    case 'expandAll': {
      // Nodes already expanded by a hop along every relation (alone or in a group) have their
      // neighbours drawn; the step asks for the others only.
      const done = new Set(
        s.expansions.filter((x) => x.relationTypes === undefined).flatMap(expansionIds),
      );
      const ids = [...new Set(action.ids)].filter((id) => !done.has(id));
      if (ids.length === 0) return s;
      // More nodes than one API call takes: one request per run of them, still one step.
      const expansions = [
        ...s.expansions,
        ...chunks(ids, VIEW_STATE_LIMITS.groupLength).map((run) => expansionOf(run, { depth: 1 })),
      ];
      if (expansions.length > VIEW_STATE_LIMITS.listLength) return s;
      return { ...s, expansions };
    }
    case 'findPaths': {
      if (action.from === action.to) return s;
      const paths = s.paths ?? [];
      const same = (p: { from: GlobalId; to: GlobalId }) =>
        (p.from === action.from && p.to === action.to) ||
        (p.from === action.to && p.to === action.from);
      if (paths.some(same) || paths.length >= VIEW_STATE_LIMITS.listLength) return s;
      return { ...s, paths: [...paths, { from: action.from, to: action.to }] };
    }
    case 'openGroup': {
      const groups = s.groups ?? [];
      const open = groups.find((g) => g.id === action.id);
      if (open === undefined) {
        if (
          groups.length >= VIEW_STATE_LIMITS.openGroups ||
          parseNeighborGroupId(action.id) === undefined
        )
          return s;
        const skip = Math.min(
          Math.max(Math.floor(action.skip ?? 0), 0),
          NEIGHBOR_GROUP_LIMITS.maxTop,
        );
        return { ...s, groups: [...groups, { id: action.id, pages: 1, skip }] };
      }
      if (open.pages >= NEIGHBOR_GROUP_LIMITS.maxPages) return s;
      return {
        ...s,
        groups: groups.map((g) => (g === open ? { ...g, pages: g.pages + 1 } : g)),
      };
    }
    case 'hide': {
      const ids = action.ids.filter((id) => !s.hidden.includes(id));
      if (ids.length === 0) return s;
      const selected =
        s.selected !== undefined && ids.includes(s.selected) ? undefined : s.selected;
      const next: ViewState = { ...s, hidden: addUnique(s.hidden, ids) };
      return withSelected(next, selected);
    }
    case 'unhide': {
      if (s.hidden.length === 0) return s;
      const hidden = action.ids === undefined ? [] : without(s.hidden, action.ids);
      return hidden.length === s.hidden.length ? s : { ...s, hidden };
    }
    case 'pin': {
      const ids = action.ids.filter((id) => !s.pinned.includes(id));
      return ids.length === 0 ? s : { ...s, pinned: addUnique(s.pinned, ids) };
    }
    case 'unpin': {
      const pinned = without(s.pinned, action.ids);
      return pinned.length === s.pinned.length ? s : { ...s, pinned };
    }
    case 'togglePin':
      return step(s, { type: s.pinned.includes(action.id) ? 'unpin' : 'pin', ids: [action.id] });
    case 'remove': {
      // Removing undoes the steps that brought the node in, and hides it in case another
      // expansion still reaches it.
      const ids = action.ids;
      if (ids.length === 0) return s;
      const { paths: _paths, groups: _groups, ...rest } = s;
      // A removed hub's groups close with it.
      const groups = (s.groups ?? []).filter(
        (g) => !ids.includes(parseNeighborGroupId(g.id)?.hub ?? ''),
      );
      const next: ViewState = {
        ...rest,
        ...(groups.length > 0 ? { groups } : {}),
        seeds: without(s.seeds, ids),
        expansions: s.expansions.flatMap((x) => expansionWithout(x, ids)),
        ...withoutPathsTo(s.paths, ids),
        pinned: without(s.pinned, ids),
        hidden: addUnique(s.hidden, ids),
      };
      return withSelected(
        next,
        s.selected !== undefined && ids.includes(s.selected) ? undefined : s.selected,
      );
    }
    case 'setFilters': {
      const filters = cleanFilters(action.filters);
      return sameFilters(filters, s.filters) ? s : { ...s, filters };
    }
    case 'setLayout':
      return action.layout === s.layout ? s : { ...s, layout: action.layout };
    case 'setView': {
      if ((s.view ?? 'graph') === action.view) return s;
      const { view: _view, ...rest } = s;
      return action.view === 'citations' ? { ...rest, view: 'citations' } : rest;
    }
    case 'setCitations': {
      const citations = cleanCitations(action.citations);
      if (
        encodeViewState({ ...EMPTY_VIEW_STATE, citations }) ===
        encodeViewState({ ...EMPTY_VIEW_STATE, ...(s.citations ? { citations: s.citations } : {}) })
      )
        return s;
      const { citations: _old, ...rest } = s;
      return Object.keys(citations).length > 0 ? { ...rest, citations } : rest;
    }
    case 'clear':
      return s.seeds.length === 0 &&
        s.expansions.length === 0 &&
        s.hidden.length === 0 &&
        (s.paths ?? []).length === 0 &&
        (s.groups ?? []).length === 0
        ? s
        : { ...EMPTY_VIEW_STATE, layout: s.layout, filters: s.filters };
    case 'select':
      return action.id === s.selected ? s : withSelected(s, action.id);
    case 'setQuery': {
      const query = action.query.slice(0, VIEW_STATE_LIMITS.queryLength);
      if ((s.query ?? '') === query) return s;
      if (query === '') {
        const { query: _dropped, ...rest } = s;
        return rest;
      }
      return { ...s, query };
    }
    case 'undo':
    case 'redo':
    case 'load':
      return s;
  }
}

function withSelected(s: ViewState, selected: GlobalId | undefined): ViewState {
  if (selected === undefined) {
    const { selected: _dropped, ...rest } = s;
    return rest;
  }
  return { ...s, selected };
}

/** True for steps that go into undo history. */
export function isUndoable(action: ExplorerAction): boolean {
  return action.type !== 'select' && action.type !== 'setQuery' && action.type !== 'load';
}

/** The reducer: pure, returns the same object when nothing changed. */
export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'undo': {
      const previous = state.past.at(-1);
      if (previous === undefined) return state;
      return {
        // Selection is not history: keep it where the analyst is looking if the node survives.
        present: keepTransient(previous, state.present),
        past: state.past.slice(0, -1),
        future: [...state.future, state.present],
      };
    }
    case 'redo': {
      const next = state.future.at(-1);
      if (next === undefined) return state;
      return {
        present: keepTransient(next, state.present),
        past: [...state.past, state.present].slice(-HISTORY_LIMIT),
        future: state.future.slice(0, -1),
      };
    }
    case 'load':
      return state.present === action.state ? state : { ...state, present: action.state };
    default: {
      const present = step(state.present, action);
      if (present === state.present) return state;
      if (!isUndoable(action)) return { ...state, present };
      return { present, past: [...state.past, state.present].slice(-HISTORY_LIMIT), future: [] };
    }
  }
}

function keepTransient(target: ViewState, current: ViewState): ViewState {
  let out = withSelected(target, current.selected);
  if (current.query !== undefined) out = { ...out, query: current.query };
  else if (out.query !== undefined) {
    const { query: _dropped, ...rest } = out;
    out = rest;
  }
  return out;
}

/** True when undo would do something. */
export function canUndo(state: ExplorerState): boolean {
  return state.past.length > 0;
}

/** True when redo would do something. */
export function canRedo(state: ExplorerState): boolean {
  return state.future.length > 0;
}

/** The `?s=` value for the present state. */
export function serializeExplorerState(state: ExplorerState): string {
  return encodeViewState(state.present);
}

/**
 * Explorer state from a `?s=` value; an absent or invalid value gives the empty state and the
 * reason, so a broken link opens an empty explorer with a notice instead of an error page.
 */
export function deserializeExplorerState(encoded: string | null | undefined): {
  readonly state: ExplorerState;
  readonly error?: string;
} {
  if (encoded === null || encoded === undefined || encoded === '') {
    return { state: initExplorerState() };
  }
  try {
    return { state: initExplorerState(decodeViewState(encoded)) };
  } catch (error) {
    return {
      state: initExplorerState(),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

// The fetch plan is part of the model: the server (graph-db) answers the same plan for first paints
// and snapshots, so the client's cache accepts what the server read.
export { fetchPlan, type FetchPlanItem } from '@/model/view-state';
