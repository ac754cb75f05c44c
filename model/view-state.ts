import { CITATION_STANCES, type CitationStance } from './citation-vocabulary';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from './graph-model';
import { parseGlobalId, type GlobalId } from './graph-slice';
import { NEIGHBOR_GROUP_LIMITS, parseNeighborGroupId } from './neighbor-groups';

/**
 * The exploration state of the explorer as plain JSON, and its URL-safe codec (`?s=`).
 *
 * The state records *steps* (seeds, expansions, hides, pins, filters), not drawn elements: a
 * shared link replays the steps against the live graph. Pure: no server imports, runs in the
 * browser and in Node.
 */

/** Layouts the explorer knows; the codec rejects any other name. */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'timeline'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/**
 * Current codec version. Bump it (and keep a decoder for the old one) when the shape changes.
 * 2 added the Citations view (`m`, `c`); a version-1 state decodes as the graph view.
 */
export const VIEW_STATE_VERSION = 2;
/** Versions `decodeViewState` and `parseViewState` accept. */
const DECODABLE_VERSIONS: readonly unknown[] = [1, VIEW_STATE_VERSION];

/** Bounds on decoded input: a URL is attacker-controlled, so every list and string is capped. */
export const VIEW_STATE_LIMITS = Object.freeze({
  /** Longest accepted `?s=` value in characters: the API's `saveView` takes states up to 20 kB. */
  encodedLength: 20_000,
  /** Most ids in any one list (seeds, hidden, pinned, sources, expansions). */
  listLength: 2_000,
  /** Longest global id. */
  idLength: 512,
  /** Longest search query. */
  queryLength: 500,
  /** Most website sections a Citations view filters on, and their longest name (API bounds). */
  sections: 20,
  sectionLength: 100,
  /** Highest minimum citation count of a Citations view (the API's `minCount` bound). */
  minCount: 1_000_000,
  /** Deepest expansion. */
  maxDepth: 3,
  /**
   * Most ids in one group expansion: the API's ids per `neighborhood` call (graphql/limits/limits.ts
   * `maxIds`), since a group is fetched by one such call.
   */
  groupLength: 100,
  /** Most opened neighbour groups. */
  openGroups: 50,
  /** Longest neighbour group id: a global id and its group prefix. */
  groupIdLength: 600,
});

/** One node's neighbourhood (a double-click, or Expand in the inspector). */
export interface NodeExpansion {
  readonly id: GlobalId;
  /** Only follow these relation types; undefined means all. */
  readonly relationTypes?: readonly RelationType[];
  /** Hops from `id`, 1..VIEW_STATE_LIMITS.maxDepth. */
  readonly depth: number;
}

/**
 * The neighbourhood of several nodes as one step (a box selection's Expand): one request, whose
 * node budget the nodes share, instead of one full-size request per node.
 */
export interface GroupExpansion {
  /** 2..VIEW_STATE_LIMITS.groupLength distinct ids, in the order they were selected. */
  readonly ids: readonly GlobalId[];
  /** Only follow these relation types; undefined means all. */
  readonly relationTypes?: readonly RelationType[];
  /** Hops from the ids, 1..VIEW_STATE_LIMITS.maxDepth. */
  readonly depth: number;
}

export type Expansion = NodeExpansion | GroupExpansion;

/** The nodes an expansion starts from. */
export function expansionIds(x: Expansion): readonly GlobalId[] {
  return 'ids' in x ? x.ids : [x.id];
}

/** "Show paths between these two nodes": shortest and alternative paths become part of the view. */
export interface PathRequest {
  readonly from: GlobalId;
  readonly to: GlobalId;
}

/**
 * A hub's neighbour group opened on the canvas: `pages` pages of its members, strongest first,
 * after the `skip` strongest ones its hub's neighbourhood already drew.
 */
export interface OpenedGroup {
  /** The group's id (`neighborGroupId`). */
  readonly id: string;
  /** 1..NEIGHBOR_GROUP_LIMITS.maxPages pages of NEIGHBOR_GROUP_LIMITS.pageSize members. */
  readonly pages: number;
  /**
   * Members drawn before the group was opened (0..NEIGHBOR_GROUP_LIMITS.maxTop). A date range
   * reorders the members, so pages then start at the first member in the range instead.
   */
  readonly skip: number;
}

export interface ViewFilters {
  /** Show only these kinds; undefined means all. */
  readonly nodeKinds?: readonly NodeKind[];
  /** Show only these relation types; undefined means all. */
  readonly relationTypes?: readonly RelationType[];
  /** Global ids of `Source` nodes: show only articles published by them. */
  readonly sources?: readonly GlobalId[];
  /** Inclusive ISO date (YYYY-MM-DD) lower bound on article publication dates. */
  readonly from?: string;
  /** Inclusive ISO date (YYYY-MM-DD) upper bound on article publication dates. */
  readonly to?: string;
}

/** A link of the citation network: a citing Source and the cited outlet (Source or Actor). */
export interface CitationLinkRef {
  readonly citing: GlobalId;
  readonly cited: GlobalId;
}

/** What the Citations view shows: the API's `citationNetwork` filters and the selected link. */
export interface CitationViewState {
  /** Inclusive ISO date bounds on the citing articles (the brushed time window). */
  readonly from?: string;
  readonly to?: string;
  /** Global ids of the citing `Source`s to keep. */
  readonly sources?: readonly GlobalId[];
  readonly stances?: readonly CitationStance[];
  /** Website sections of the citing articles (`top news`). */
  readonly sections?: readonly string[];
  /** Leave out links with fewer citations; 1 (all) when absent. */
  readonly minCount?: number;
  /** The selected link (its evidence is listed). */
  readonly link?: CitationLinkRef;
}

export interface ViewState {
  readonly v: typeof VIEW_STATE_VERSION;
  /** Which view is open; absent means the graph view. */
  readonly view?: 'citations';
  /** The Citations view's filters; absent means all citations. Kept while the graph view is open. */
  readonly citations?: CitationViewState;
  readonly seeds: readonly GlobalId[];
  readonly expansions: readonly Expansion[];
  /** Path searches, in the order they were asked; absent when there are none. */
  readonly paths?: readonly PathRequest[];
  /** Neighbour groups opened, in the order they were first opened; absent when there are none. */
  readonly groups?: readonly OpenedGroup[];
  readonly hidden: readonly GlobalId[];
  readonly pinned: readonly GlobalId[];
  readonly filters: ViewFilters;
  readonly layout: LayoutName;
  readonly selected?: GlobalId;
  readonly query?: string;
}

/** The state of an explorer nobody has touched yet. */
export const EMPTY_VIEW_STATE: ViewState = Object.freeze({
  v: VIEW_STATE_VERSION,
  seeds: Object.freeze([]),
  expansions: Object.freeze([]),
  hidden: Object.freeze([]),
  pinned: Object.freeze([]),
  filters: Object.freeze({}),
  layout: 'fcose',
});

export type ViewStateErrorCode =
  'too-long' | 'not-base64url' | 'not-utf8' | 'not-json' | 'unsupported-version' | 'invalid';

/** Why a `?s=` value was rejected. Never thrown for a state `encodeViewState` produced. */
export class ViewStateError extends Error {
  override readonly name = 'ViewStateError';
  constructor(
    readonly code: ViewStateErrorCode,
    message: string,
    /** Dotted path of the offending field for `invalid`, e.g. `e.2.d`. */
    readonly path?: string,
  ) {
    super(message);
  }
}

// Wire format: short keys keep the URL short; defaults are omitted.
// { v, s: seeds, e: [[id | [id, id, …], depth, relTypes?]], w: [[from, to]], g: [[group, pages]], h: hidden,
//   p: pinned, f: { k: kinds, r: relTypes, o: sources, a: from, b: to }, l: layout,
//   x: selected, q: query, m: 'c' (Citations view open),
//   c: { a: from, b: to, o: sources, t: stances, s: sections, n: minCount, e: link } }
// A group expansion's list of ids in place of the id was added within version 1: every earlier
// string decodes as before, and an older decoder rejects a group as invalid instead of misreading it.
// `g` (opened neighbour groups) was added within version 2 the same way.

/** Encodes a state as a compact base64url string (no padding) for the `?s=` URL parameter. */
export function encodeViewState(state: ViewState): string {
  const wire: Record<string, unknown> = { v: VIEW_STATE_VERSION };
  if (state.seeds.length > 0) wire.s = state.seeds;
  if (state.expansions.length > 0) {
    wire.e = state.expansions.map((x) => {
      const from = 'ids' in x ? x.ids : x.id;
      return x.relationTypes === undefined ? [from, x.depth] : [from, x.depth, x.relationTypes];
    });
  }
  if (state.paths !== undefined && state.paths.length > 0) {
    wire.w = state.paths.map((p) => [p.from, p.to]);
  }
  if (state.groups !== undefined && state.groups.length > 0) {
    wire.g = state.groups.map((g) => (g.skip === 0 ? [g.id, g.pages] : [g.id, g.pages, g.skip]));
  }
  if (state.hidden.length > 0) wire.h = state.hidden;
  if (state.pinned.length > 0) wire.p = state.pinned;
  const f: Record<string, unknown> = {};
  if (state.filters.nodeKinds !== undefined) f.k = state.filters.nodeKinds;
  if (state.filters.relationTypes !== undefined) f.r = state.filters.relationTypes;
  if (state.filters.sources !== undefined) f.o = state.filters.sources;
  if (state.filters.from !== undefined) f.a = state.filters.from;
  if (state.filters.to !== undefined) f.b = state.filters.to;
  if (Object.keys(f).length > 0) wire.f = f;
  if (state.layout !== EMPTY_VIEW_STATE.layout) wire.l = state.layout;
  if (state.selected !== undefined) wire.x = state.selected;
  if (state.query !== undefined && state.query !== '') wire.q = state.query;
  if (state.view === 'citations') wire.m = 'c';
  if (state.citations !== undefined) {
    const c = state.citations;
    const cw: Record<string, unknown> = {};
    if (c.from !== undefined) cw.a = c.from;
    if (c.to !== undefined) cw.b = c.to;
    if (c.sources !== undefined) cw.o = c.sources;
    if (c.stances !== undefined) cw.t = c.stances;
    if (c.sections !== undefined) cw.s = c.sections;
    if (c.minCount !== undefined) cw.n = c.minCount;
    if (c.link !== undefined) cw.e = [c.link.citing, c.link.cited];
    if (Object.keys(cw).length > 0) wire.c = cw;
  }
  return bytesToBase64Url(new TextEncoder().encode(JSON.stringify(wire)));
}

/**
 * Decodes and strictly validates a `?s=` value.
 * @throws {ViewStateError} for anything `encodeViewState` could not have produced.
 */
export function decodeViewState(encoded: string): ViewState {
  if (typeof encoded !== 'string') throw new ViewStateError('invalid', 'not a string');
  if (encoded.length > VIEW_STATE_LIMITS.encodedLength) {
    throw new ViewStateError('too-long', `longer than ${VIEW_STATE_LIMITS.encodedLength} chars`);
  }
  const bytes = base64UrlToBytes(encoded);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ViewStateError('not-utf8', 'payload is not UTF-8');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ViewStateError('not-json', 'payload is not JSON');
  }
  if (!isRecord(raw)) throw new ViewStateError('invalid', 'payload is not an object', '');
  if (!DECODABLE_VERSIONS.includes(raw.v)) {
    throw new ViewStateError('unsupported-version', `unsupported version ${JSON.stringify(raw.v)}`);
  }
  return fromWire(raw);
}

/** Like `decodeViewState`, but returns the error instead of throwing: handy in render code. */
export function tryDecodeViewState(
  encoded: string,
):
  | { readonly ok: true; readonly state: ViewState }
  | { readonly ok: false; readonly error: ViewStateError } {
  try {
    return { ok: true, state: decodeViewState(encoded) };
  } catch (error) {
    if (error instanceof ViewStateError) return { ok: false, error };
    // Validation code only throws ViewStateError; anything else is a bug worth surfacing as invalid.
    return { ok: false, error: new ViewStateError('invalid', String(error)) };
  }
}

/**
 * Validates an already-parsed state object (e.g. from a saved view's JSON column) in the
 * long-key form `ViewState` uses.
 * @throws {ViewStateError}
 */
export function parseViewState(raw: unknown): ViewState {
  if (!isRecord(raw)) throw new ViewStateError('invalid', 'state is not an object', '');
  if (!DECODABLE_VERSIONS.includes(raw.v)) {
    throw new ViewStateError('unsupported-version', `unsupported version ${JSON.stringify(raw.v)}`);
  }
  const citations = raw.citations;
  if (citations !== undefined && !isRecord(citations))
    throw new ViewStateError('invalid', 'citations is not an object', 'citations');
  const filters = raw.filters === undefined ? {} : raw.filters;
  if (!isRecord(filters))
    throw new ViewStateError('invalid', 'filters is not an object', 'filters');
  return fromWire({
    v: raw.v,
    s: raw.seeds,
    e: Array.isArray(raw.expansions)
      ? raw.expansions.map((x: unknown) => {
          if (!isRecord(x)) return x;
          const from = x.ids === undefined ? x.id : x.ids;
          return x.relationTypes === undefined ? [from, x.depth] : [from, x.depth, x.relationTypes];
        })
      : raw.expansions,
    w: Array.isArray(raw.paths)
      ? raw.paths.map((p: unknown) => (isRecord(p) ? [p.from, p.to] : p))
      : raw.paths,
    g: Array.isArray(raw.groups)
      ? raw.groups.map((g: unknown) =>
          isRecord(g)
            ? g.skip === 0 || g.skip === undefined
              ? [g.id, g.pages]
              : [g.id, g.pages, g.skip]
            : g,
        )
      : raw.groups,
    h: raw.hidden,
    p: raw.pinned,
    f: {
      k: filters.nodeKinds,
      r: filters.relationTypes,
      o: filters.sources,
      a: filters.from,
      b: filters.to,
    },
    l: raw.layout,
    x: raw.selected,
    q: raw.query,
    m: raw.view === undefined ? undefined : raw.view === 'citations' ? 'c' : raw.view,
    c:
      citations === undefined
        ? undefined
        : {
            a: citations.from,
            b: citations.to,
            o: citations.sources,
            t: citations.stances,
            s: citations.sections,
            n: citations.minCount,
            e: isRecord(citations.link)
              ? [citations.link.citing, citations.link.cited]
              : citations.link,
          },
  });
}

// ---- validation -------------------------------------------------------------------------------

const WIRE_KEYS_V1 = new Set(['v', 's', 'e', 'w', 'h', 'p', 'f', 'l', 'x', 'q']);
const WIRE_KEYS = new Set([...WIRE_KEYS_V1, 'm', 'c', 'g']);
const FILTER_KEYS = new Set(['k', 'r', 'o', 'a', 'b']);
const CITATION_KEYS = new Set(['a', 'b', 'o', 't', 's', 'n', 'e']);
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function fromWire(raw: Record<string, unknown>): ViewState {
  const known = raw.v === 1 ? WIRE_KEYS_V1 : WIRE_KEYS;
  for (const key of Object.keys(raw)) {
    // parseViewState passes absent long-form fields as undefined keys.
    if (!known.has(key) && raw[key] !== undefined)
      throw new ViewStateError('invalid', `unknown field ${key}`, key);
  }
  const seeds = idList(raw.s, 's');
  const expansions = optionalList(raw.e, 'e').map((item, i) => expansion(item, `e.${i}`));
  const hidden = idList(raw.h, 'h');
  const pinned = idList(raw.p, 'p');
  const f = raw.f === undefined ? {} : raw.f;
  if (!isRecord(f)) throw new ViewStateError('invalid', 'filters is not an object', 'f');
  for (const key of Object.keys(f)) {
    if (!FILTER_KEYS.has(key))
      throw new ViewStateError('invalid', `unknown filter ${key}`, `f.${key}`);
  }
  const filters: {
    nodeKinds?: readonly NodeKind[];
    relationTypes?: readonly RelationType[];
    sources?: readonly GlobalId[];
    from?: string;
    to?: string;
  } = {};
  if (f.k !== undefined) filters.nodeKinds = enumList(f.k, NODE_KINDS, 'f.k');
  if (f.r !== undefined) filters.relationTypes = enumList(f.r, RELATION_TYPES, 'f.r');
  if (f.o !== undefined) filters.sources = sourceIds(f.o, 'f.o');
  if (f.a !== undefined) filters.from = isoDate(f.a, 'f.a');
  if (f.b !== undefined) filters.to = isoDate(f.b, 'f.b');
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    throw new ViewStateError('invalid', 'from is after to', 'f');
  }
  let layout: LayoutName = EMPTY_VIEW_STATE.layout;
  if (raw.l !== undefined) {
    if (typeof raw.l !== 'string' || !(LAYOUT_NAMES as readonly string[]).includes(raw.l)) {
      throw new ViewStateError('invalid', 'unknown layout', 'l');
    }
    layout = raw.l as LayoutName;
  }
  const state: {
    -readonly [K in keyof ViewState]: ViewState[K];
  } = { v: VIEW_STATE_VERSION, seeds, expansions, hidden, pinned, filters, layout };
  const paths = optionalList(raw.w, 'w').map((item, i) => pathRequest(item, `w.${i}`));
  if (paths.length > 0) state.paths = paths;
  const groups = openedGroups(raw.g, 'g');
  if (groups.length > 0) state.groups = groups;
  if (raw.x !== undefined) state.selected = globalIdValue(raw.x, 'x');
  if (raw.q !== undefined) {
    if (typeof raw.q !== 'string' || raw.q.length > VIEW_STATE_LIMITS.queryLength) {
      throw new ViewStateError('invalid', 'query is not a short string', 'q');
    }
    if (raw.q !== '') state.query = raw.q;
  }
  if (raw.m !== undefined) {
    if (raw.m !== 'c') throw new ViewStateError('invalid', 'unknown view', 'm');
    state.view = 'citations';
  }
  if (raw.c !== undefined) {
    const citations = citationView(raw.c, 'c');
    if (Object.keys(citations).length > 0) state.citations = citations;
  }
  return state;
}

function citationView(value: unknown, path: string): CitationViewState {
  if (!isRecord(value)) throw new ViewStateError('invalid', 'citations is not an object', path);
  for (const key of Object.keys(value)) {
    if (!CITATION_KEYS.has(key) && value[key] !== undefined)
      throw new ViewStateError('invalid', `unknown citation field ${key}`, `${path}.${key}`);
  }
  const out: { -readonly [K in keyof CitationViewState]: CitationViewState[K] } = {};
  if (value.a !== undefined) out.from = isoDate(value.a, `${path}.a`);
  if (value.b !== undefined) out.to = isoDate(value.b, `${path}.b`);
  if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
    throw new ViewStateError('invalid', 'from is after to', path);
  }
  if (value.o !== undefined) out.sources = sourceIds(value.o, `${path}.o`);
  if (value.t !== undefined) out.stances = enumList(value.t, CITATION_STANCES, `${path}.t`);
  if (value.s !== undefined) {
    const sections = optionalList(value.s, `${path}.s`);
    if (sections.length > VIEW_STATE_LIMITS.sections)
      throw new ViewStateError('invalid', 'too many sections', `${path}.s`);
    out.sections = sections.map((section, i) => {
      if (
        typeof section !== 'string' ||
        section === '' ||
        section.length > VIEW_STATE_LIMITS.sectionLength
      )
        throw new ViewStateError('invalid', 'not a section name', `${path}.s.${i}`);
      return section;
    });
    if (new Set(out.sections).size !== out.sections.length)
      throw new ViewStateError('invalid', 'duplicate section', `${path}.s`);
  }
  if (value.n !== undefined) {
    const n = value.n;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > VIEW_STATE_LIMITS.minCount)
      throw new ViewStateError(
        'invalid',
        `minCount must be 2..${VIEW_STATE_LIMITS.minCount}`,
        `${path}.n`,
      );
    out.minCount = n;
  }
  if (value.e !== undefined) out.link = citationLinkValue(value.e, `${path}.e`);
  return out;
}

/** A string id of a network link (Cytoscape's edge id, React's key). */
export function citationLinkId(link: CitationLinkRef): string {
  return `${link.citing}\u0000${link.cited}`;
}

function citationLinkValue(value: unknown, path: string): CitationLinkRef {
  if (!Array.isArray(value) || value.length !== 2)
    throw new ViewStateError('invalid', 'a citation link is [citing, cited]', path);
  const citing = globalIdValue(value[0], `${path}.0`);
  const cited = globalIdValue(value[1], `${path}.1`);
  if (parseGlobalId(citing)?.kind !== 'Source')
    throw new ViewStateError('invalid', 'a link is cited by a Source', `${path}.0`);
  if (!['Source', 'Actor'].includes(parseGlobalId(cited)?.kind ?? ''))
    throw new ViewStateError('invalid', 'a link cites a Source or an Actor', `${path}.1`);
  return { citing, cited };
}

function sourceIds(value: unknown, path: string): readonly GlobalId[] {
  const sources = idList(value, path);
  sources.forEach((id, i) => {
    if (parseGlobalId(id)?.kind !== 'Source') {
      throw new ViewStateError('invalid', 'source filter holds a non-Source id', `${path}.${i}`);
    }
  });
  return sources;
}

function expansion(item: unknown, path: string): Expansion {
  if (!Array.isArray(item) || item.length < 2 || item.length > 3) {
    throw new ViewStateError('invalid', 'expansion is not [id or ids, depth, types?]', path);
  }
  const [from, depth, types] = item as unknown[];
  const rest: { depth: number; relationTypes?: readonly RelationType[] } = {
    depth: depthValue(depth, `${path}.1`),
  };
  if (item.length === 3) rest.relationTypes = enumList(types, RELATION_TYPES, `${path}.2`);
  return Array.isArray(from)
    ? { ids: groupIds(from, `${path}.0`), ...rest }
    : { id: globalIdValue(from, `${path}.0`), ...rest };
}

function groupIds(value: unknown, path: string): readonly GlobalId[] {
  const ids = idList(value, path);
  // One id is a node expansion: only one form per meaning keeps decoded states canonical.
  if (ids.length < 2 || ids.length > VIEW_STATE_LIMITS.groupLength) {
    throw new ViewStateError(
      'invalid',
      `a group expansion takes 2..${VIEW_STATE_LIMITS.groupLength} ids`,
      path,
    );
  }
  return ids;
}

function openedGroups(value: unknown, path: string): readonly OpenedGroup[] {
  const items = optionalList(value, path);
  if (items.length > VIEW_STATE_LIMITS.openGroups)
    throw new ViewStateError('invalid', `at most ${VIEW_STATE_LIMITS.openGroups} groups`, path);
  const seen = new Set<string>();
  return items.map((item, i) => {
    const at = `${path}.${i}`;
    if (!Array.isArray(item) || item.length < 2 || item.length > 3)
      throw new ViewStateError('invalid', 'an opened group is [id, pages, skip?]', at);
    const [id, pages, skip = 0] = item as unknown[];
    if (
      typeof id !== 'string' ||
      id.length > VIEW_STATE_LIMITS.groupIdLength ||
      parseNeighborGroupId(id) === undefined
    )
      throw new ViewStateError('invalid', 'not a group id', `${at}.0`);
    if (seen.has(id)) throw new ViewStateError('invalid', 'duplicate group', `${at}.0`);
    seen.add(id);
    if (
      typeof pages !== 'number' ||
      !Number.isInteger(pages) ||
      pages < 1 ||
      pages > NEIGHBOR_GROUP_LIMITS.maxPages
    )
      throw new ViewStateError(
        'invalid',
        `pages must be 1..${NEIGHBOR_GROUP_LIMITS.maxPages}`,
        `${at}.1`,
      );
    // Canonical: a skip of 0 is left out.
    if (
      typeof skip !== 'number' ||
      !Number.isInteger(skip) ||
      skip < 0 ||
      skip > NEIGHBOR_GROUP_LIMITS.maxTop ||
      (item.length === 3 && skip === 0)
    )
      throw new ViewStateError(
        'invalid',
        `skip must be 1..${NEIGHBOR_GROUP_LIMITS.maxTop}`,
        `${at}.2`,
      );
    return { id, pages, skip };
  });
}

function pathRequest(item: unknown, path: string): PathRequest {
  if (!Array.isArray(item) || item.length !== 2) {
    throw new ViewStateError('invalid', 'path request is not [from, to]', path);
  }
  const from = globalIdValue(item[0], `${path}.0`);
  const to = globalIdValue(item[1], `${path}.1`);
  if (from === to) throw new ViewStateError('invalid', 'path from a node to itself', path);
  return { from, to };
}

function depthValue(value: unknown, path: string): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > VIEW_STATE_LIMITS.maxDepth
  ) {
    throw new ViewStateError('invalid', `depth must be 1..${VIEW_STATE_LIMITS.maxDepth}`, path);
  }
  return value;
}

function optionalList(value: unknown, path: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ViewStateError('invalid', 'not a list', path);
  if (value.length > VIEW_STATE_LIMITS.listLength) {
    throw new ViewStateError('invalid', 'list too long', path);
  }
  return value as unknown[];
}

function idList(value: unknown, path: string): readonly GlobalId[] {
  const ids = optionalList(value, path).map((id, i) => globalIdValue(id, `${path}.${i}`));
  // Duplicates cannot come from the reducer; rejecting them keeps decoded states canonical.
  if (new Set(ids).size !== ids.length) throw new ViewStateError('invalid', 'duplicate id', path);
  return ids;
}

function enumList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
): readonly T[] {
  const items = optionalList(value, path);
  const out: T[] = [];
  items.forEach((item, i) => {
    if (typeof item !== 'string' || !(allowed as readonly string[]).includes(item)) {
      throw new ViewStateError('invalid', `unknown value ${JSON.stringify(item)}`, `${path}.${i}`);
    }
    if (!out.includes(item as T)) out.push(item as T);
  });
  return out;
}

function globalIdValue(value: unknown, path: string): GlobalId {
  if (
    typeof value !== 'string' ||
    value.length > VIEW_STATE_LIMITS.idLength ||
    parseGlobalId(value) === undefined
  ) {
    throw new ViewStateError('invalid', 'not a global id', path);
  }
  return value;
}

function isoDate(value: unknown, path: string): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new ViewStateError('invalid', 'not a YYYY-MM-DD date', path);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- base64url --------------------------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

// Hand-written rather than btoa/Buffer: identical in Node and browsers, no binary strings.
function bytesToBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[n & 63];
  }
  return out;
}

function base64UrlToBytes(text: string): Uint8Array {
  // A remainder of 1 char cannot encode a whole byte.
  if (text.length === 0 || text.length % 4 === 1) {
    throw new ViewStateError('not-base64url', 'not base64url');
  }
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const chunk = Math.min(4, text.length - i);
    for (let j = 0; j < 4; j++) {
      const value = j < chunk ? LOOKUP.get(text.charAt(i + j)) : 0;
      if (value === undefined) throw new ViewStateError('not-base64url', 'not base64url');
      n = (n << 6) | value;
    }
    out[o++] = (n >> 16) & 255;
    if (chunk > 2) out[o++] = (n >> 8) & 255;
    if (chunk > 3) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}

/**
 * What to fetch for a state: the seeds with their direct neighbourhood (the API's smallest depth
 * is 1) and one neighbourhood request per expansion (a group's ids together, bounded like any
 * other request), then one request per page of each opened neighbour group. Neighbourhoods of up
 * to `NEIGHBOR_GROUP_LIMITS.maxIds` nodes without a relation filter (seeds, a node's or a box
 * selection's expansion, at any depth) are `grouped`: read so that a hub shows its strongest
 * neighbours and groups for the rest, hop after hop. Keys are stable strings for caching.
 */
export interface FetchPlanItem {
  readonly key: string;
  readonly ids: readonly GlobalId[];
  readonly depth: number;
  readonly relationTypes?: readonly RelationType[];
  /** Set for a path search between `ids[0]` and `ids[1]` instead of a neighbourhood. */
  readonly paths?: true;
  /** Set for a grouped neighbourhood (`groupedNeighborhood`) of the ids. */
  readonly grouped?: true;
  /** Set for one page of an opened neighbour group (`neighborGroup`); `ids` is empty. */
  readonly groupPage?: {
    readonly id: string;
    readonly offset: number;
    readonly first: number;
    /** The view's date range: an open group pages through the articles it keeps. */
    readonly from?: string;
    readonly to?: string;
  };
}

/**
 * Most nodes one planned neighbourhood request asks for: the explorer's requests and the server's
 * replay of a view (first paint, live and snapshot views) both use it, so they draw the same.
 */
export const PLAN_NEIGHBORHOOD_LIMIT = 500;

/** Whether a neighbourhood of these ids is read grouped (at any depth). */
function groupable(ids: readonly GlobalId[], types: unknown): boolean {
  return types === undefined && ids.length <= NEIGHBOR_GROUP_LIMITS.maxIds;
}

export function fetchPlan(state: ViewState): readonly FetchPlanItem[] {
  const items: FetchPlanItem[] = [];
  if (state.seeds.length > 0) {
    const ids = [...state.seeds].sort();
    items.push({
      key: `seeds:${ids.join('|')}`,
      ids,
      depth: 1,
      ...(groupable(ids, undefined) ? { grouped: true as const } : {}),
    });
  }
  const keys = new Set<string>();
  const seeds = new Set(state.seeds);
  for (const x of state.expansions) {
    // Expanding a seed by one hop asks for what the seed request already returned.
    const seedsCover = x.depth === 1 && x.relationTypes === undefined;
    const ids = expansionIds(x)
      .filter((id) => !(seedsCover && seeds.has(id)))
      .sort();
    if (ids.length === 0) continue;
    const types = x.relationTypes === undefined ? undefined : [...x.relationTypes].sort();
    const key = `expand:${ids.join('|')}:${x.depth}:${types?.join(',') ?? '*'}`;
    // A group that lost members (remove) can become a node expansion the state already has.
    if (keys.has(key)) continue;
    keys.add(key);
    items.push({
      key,
      ids,
      depth: x.depth,
      ...(types !== undefined ? { relationTypes: types } : {}),
      ...(groupable(ids, types) ? { grouped: true as const } : {}),
    });
  }
  for (const p of state.paths ?? []) {
    items.push({ key: `paths:${p.from}|${p.to}`, ids: [p.from, p.to], depth: 0, paths: true });
  }
  const { from, to } = state.filters;
  const window = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  const skips = from === undefined && to === undefined;
  for (const g of state.groups ?? []) {
    const first = NEIGHBOR_GROUP_LIMITS.pageSize;
    const base = skips ? g.skip : 0;
    for (let page = 0; page < g.pages; page += 1) {
      const offset = base + page * first;
      items.push({
        key: `group:${g.id}|${offset}|${from ?? ''}|${to ?? ''}`,
        ids: [],
        depth: 1,
        groupPage: { id: g.id, offset, first, ...window },
      });
    }
  }
  return items;
}
