'use client';

import Link from 'next/link';
import {
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
  type Dispatch,
} from 'react';
import type { GlobalId, GraphSlice } from '@/model/graph-slice';
import {
  EMPTY_VIEW_STATE,
  encodeViewState,
  type ViewFilters,
  type ViewState,
} from '@/model/view-state';
import {
  GraphCanvas,
  type GraphCanvasHandle,
  type LayoutStatus,
} from '@/components/graph/graph-canvas';
import type { Position } from '@/components/graph/layouts';
import { CitationsView } from '@/components/citations/citations-view';
import { ViewSwitch } from '@/components/citations/view-switch';
import { AccessibleList } from './accessible-list';
import {
  canRedo,
  canUndo,
  explorerReducer,
  initExplorerState,
  type ExplorerAction,
} from './explorer-state';
import { filterSlice } from './filter-elements';
import { withGroupNodes } from './group-nodes';
import { GroupPanel } from './group-panel';
import { groupFoldAnchor, isNeighborGroupId } from '@/model/neighbor-groups';
import { inspectedEdges } from './edge-evidence';
import { createGraphClient, type GraphClient } from './graph-client';
import { InspectorPanel, type InspectorSelection } from './inspector-panel';
import { Legend } from './legend';
import { SaveViewPanel, type SaveMode } from './save-view-panel';
import { SearchBox } from './search-box';
import { SelectionActions } from './selection-actions';
import { shortcutFor } from './shortcuts';
import { TimelineStrip } from './timeline-strip';
import { Toolbar } from './toolbar';
import { useEdgeEvidence } from './use-edge-evidence';
import { useGraphData } from './use-graph-data';
import { useUrlState } from './use-url-state';
import './explorer.css';

export interface ExplorerProps {
  /** State to start from (decoded `?s=` or a saved view); empty explorer by default. */
  readonly initialState?: ViewState;
  /** Server-fetched slice for `initialState`: the first paint needs no client request. */
  readonly initialSlice?: GraphSlice;
  /** Positions of a snapshot view: drawn as saved instead of laid out. */
  readonly initialPositions?: Readonly<Record<string, Position>>;
  /** Message to show when the page could not decode the URL's state. */
  readonly initialError?: string;
  /** API client; the default POSTs to /api/graphql. Tests inject fakes. */
  readonly client?: GraphClient;
  /** Mirror the state in `?s=` with history entries (off for embedded or read-only views). */
  readonly syncUrl?: boolean;
  /** Viewport to start from (saved views); fit to the graph by default. */
  readonly initialViewport?: { readonly zoom: number; readonly pan: Position };
  /** `stats.dataVersion` of the graph on the server, stored with saved views. */
  readonly dataVersion?: string;
  /** Shorter layout for a local graph embedded in another page. */
  readonly compact?: boolean;
  /** Offer "Save view" (off where saving makes no sense). */
  readonly allowSave?: boolean;
}

function UrlSync(props: {
  readonly present: ViewState;
  readonly dispatch: Dispatch<ExplorerAction>;
  readonly onInvalid: (message: string) => void;
}) {
  useUrlState(props.present, props.dispatch, props.onInvalid);
  return null;
}

const defaultClient = createGraphClient();

const noSubscription = () => () => undefined;

/** False on the server and while hydrating, true once the page's handlers are attached. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** From this many drawn nodes on, the footer suggests the WebGL renderer. */
const LARGE_GRAPH_HINT = 1000;

/**
 * The explorer: search, canvas, toolbar, timeline, inspector, legend and the accessible list
 * around one exploration state. Render it from a page as `<Explorer initialState=… initialSlice=… />`.
 */
export function Explorer({
  initialState = EMPTY_VIEW_STATE,
  initialSlice,
  initialPositions,
  initialError,
  client = defaultClient,
  syncUrl = true,
  initialViewport,
  dataVersion,
  compact = false,
  allowSave = true,
}: ExplorerProps) {
  const [state, dispatch] = useReducer(explorerReducer, initialState, initExplorerState);
  const hydrated = useHydrated();
  const present = state.present;
  const initial = useMemo(
    () => (initialSlice !== undefined ? { state: initialState, slice: initialSlice } : undefined),
    // Only the first render's values seed the cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const data = useGraphData(present, client, initial);
  const evidence = useEdgeEvidence(client);
  const { fill: fillEvidence, load: loadEvidence } = evidence;
  // Edges arrive with their evidence count; sentences fetched for the inspector are put in place.
  // Neighbour groups join the slice as aggregate nodes: canvas, list and filters treat them alike.
  const slice = useMemo(
    () => withGroupNodes(fillEvidence(data.slice)),
    // version bumps when sentences arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.slice, fillEvidence, evidence.version],
  );
  const canvas = useRef<GraphCanvasHandle>(null);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>({ running: false });
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | undefined>(
    initialError !== undefined
      ? `This link's graph state could not be read (${initialError}).`
      : undefined,
  );
  const [webgl, setWebgl] = useState(false);
  const [panelsOpen, setPanelsOpen] = useState(false);
  // The list renders only while open: hundreds of list items cost React time on every change.
  const [listOpen, setListOpen] = useState(false);
  const [saveOpen, setSaveOpen] = useState(false);

  const anchors = useMemo(
    () => [...present.seeds, ...present.pinned],
    [present.seeds, present.pinned],
  );
  const visible = useMemo(
    () => filterSlice(slice, { filters: present.filters, hidden: present.hidden, anchors }),
    [slice, present.filters, present.hidden, anchors],
  );
  const sources = useMemo(
    () => slice.nodes.filter((n) => n.kind === 'Source').map((n) => ({ id: n.id, label: n.label })),
    [slice],
  );

  const selection: InspectorSelection | null =
    selectedEdge !== null
      ? { type: 'edge', id: selectedEdge }
      : present.selected !== undefined
        ? { type: 'node', id: present.selected }
        : null;
  const selectionKey = selection === null ? '' : `${selection.type}\u0000${selection.id}`;
  useEffect(() => {
    void loadEvidence(slice, inspectedEdges(slice, selection));
    // selectionKey stands for selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectionKey, slice, loadEvidence]);

  // Nodes of a box selection of two or more; a click anywhere replaces it.
  const [multi, setMulti] = useState<readonly GlobalId[]>([]);
  // A selected aggregate node: not a graph node, so not in the view state.
  const [selectedGroup, setSelectedGroup] = useState<string | null>(null);
  const selectNode = useCallback((id: GlobalId | null) => {
    setMulti([]);
    setSelectedEdge(null);
    const group = id !== null && isNeighborGroupId(id);
    setSelectedGroup(group ? id : null);
    dispatch({ type: 'select', id: id === null || group ? undefined : id });
  }, []);
  const groupsRef = useRef(slice.groups);
  useEffect(() => {
    groupsRef.current = slice.groups;
  });
  // The first opening skips the members the hub's neighbourhood drew already.
  const openGroup = useCallback((id: string) => {
    const skip = groupsRef.current?.find((g) => g.id === id)?.shown ?? 0;
    dispatch({ type: 'openGroup', id, skip });
  }, []);
  const focusNode = useCallback(
    (id: GlobalId) => {
      selectNode(id);
      canvas.current?.focusNode(id);
    },
    [selectNode],
  );
  const selectEdge = useCallback((id: string) => {
    setMulti([]);
    setSelectedGroup(null);
    dispatch({ type: 'select', id: undefined });
    setSelectedEdge(id);
  }, []);
  const expand = useCallback(
    (id: GlobalId, depth?: number) => {
      // A fold node ("N more groups") opens its list: each of its groups opens on its own.
      if (groupFoldAnchor(id) !== undefined) selectNode(id);
      else if (isNeighborGroupId(id)) openGroup(id);
      else dispatch({ type: 'expand', id, ...(depth !== undefined ? { depth } : {}) });
    },
    [openGroup, selectNode],
  );
  // Where the next path search starts: picked in the inspector, or the first of two box-selected nodes.
  const [pathStart, setPathStart] = useState<GlobalId | null>(null);
  const findPaths = useCallback((from: GlobalId, to: GlobalId) => {
    dispatch({ type: 'findPaths', from, to });
    setPathStart(null);
  }, []);
  const setFilters = useCallback(
    (filters: ViewFilters) => dispatch({ type: 'setFilters', filters }),
    [],
  );

  // Keyboard shortcuts; handlers read the latest state through a ref.
  const latest = useRef({ present, selectedEdge, multi });
  useEffect(() => {
    latest.current = { present, selectedEdge, multi };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const action = shortcutFor({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        shiftKey: e.shiftKey,
        targetTag: target?.tagName ?? '',
        targetEditable: target?.isContentEditable === true,
      });
      if (action === undefined) return;
      // Buttons and links keep Enter/Space; our keys do not clash with them.
      e.preventDefault();
      switch (action) {
        case 'fit':
          canvas.current?.fit();
          break;
        case 'zoomIn':
          canvas.current?.zoomBy(1.25);
          break;
        case 'zoomOut':
          canvas.current?.zoomBy(0.8);
          break;
        case 'undo':
          dispatch({ type: 'undo' });
          break;
        case 'redo':
          dispatch({ type: 'redo' });
          break;
        case 'hide': {
          const { multi: boxed, present: now } = latest.current;
          if (boxed.length > 0) {
            dispatch({ type: 'hide', ids: boxed });
            setMulti([]);
          } else if (now.selected !== undefined) dispatch({ type: 'hide', ids: [now.selected] });
          break;
        }
        case 'deselect':
          setMulti([]);
          setSelectedEdge(null);
          setSelectedGroup(null);
          dispatch({ type: 'select', id: undefined });
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onWebgl = (on: boolean) => {
    // Cytoscape switches its canvas layer count globally when WebGL starts; only a reload undoes
    // it (the URL keeps the exploration state).
    if (!on && webgl) {
      window.location.reload();
      return;
    }
    setWebgl(on);
  };

  const saveView = (name: string, mode: SaveMode) =>
    client.saveView({
      name,
      state: encodeViewState(present),
      // Whole pixels: the API caps positions at 64 kB, and sub-pixel precision is invisible.
      positions: JSON.stringify(
        Object.fromEntries(
          Object.entries(canvas.current?.positions() ?? {}).map(([id, p]) => [
            id,
            { x: Math.round(p.x), y: Math.round(p.y) },
          ]),
        ),
      ),
      viewport: JSON.stringify(canvas.current?.viewport() ?? {}),
      mode,
      ...(dataVersion !== undefined ? { dataVersion } : {}),
    });

  const isEmpty = present.seeds.length === 0 && present.expansions.length === 0;
  const citationsOpen = present.view === 'citations';
  const hiddenCount = present.hidden.length;

  return (
    <div
      className={`explorer${panelsOpen ? ' panels-open' : ''}${compact ? ' compact' : ''}`}
      data-testid="explorer"
      data-ready={hydrated ? 'true' : 'false'}
    >
      {syncUrl ? (
        <Suspense fallback={null}>
          <UrlSync
            present={present}
            dispatch={dispatch}
            onInvalid={(m) => setNotice(`This link's graph state could not be read (${m}).`)}
          />
        </Suspense>
      ) : null}
      <div className="explorer-top">
        {compact ? null : (
          <ViewSwitch
            view={citationsOpen ? 'citations' : 'graph'}
            onView={(view) => dispatch({ type: 'setView', view })}
          />
        )}
        <SearchBox
          client={client}
          query={present.query ?? ''}
          onQuery={(query) => dispatch({ type: 'setQuery', query })}
          onPick={(id) => {
            dispatch({ type: 'addSeeds', ids: [id] });
            dispatch({ type: 'setView', view: 'graph' });
            selectNode(id);
          }}
        />
        {citationsOpen && allowSave ? (
          <button type="button" onClick={() => setSaveOpen(true)}>
            Save view
          </button>
        ) : null}
        {citationsOpen ? null : (
          <Toolbar
            layout={present.layout}
            onLayout={(layout) => dispatch({ type: 'setLayout', layout })}
            layoutStatus={layoutStatus}
            onStopLayout={() => canvas.current?.stopLayout()}
            onRelayout={() => canvas.current?.relayout()}
            onFit={() => canvas.current?.fit()}
            onZoomIn={() => canvas.current?.zoomBy(1.25)}
            onZoomOut={() => canvas.current?.zoomBy(0.8)}
            canUndo={canUndo(state)}
            canRedo={canRedo(state)}
            onUndo={() => dispatch({ type: 'undo' })}
            onRedo={() => dispatch({ type: 'redo' })}
            onExport={(format) => {
              if (format !== 'json' && format !== 'graphml') {
                canvas.current?.exportAs(format);
                return;
              }
              // Data formats carry every edge's sentences: fetch those not shown yet first.
              void loadEvidence(slice, new Set(slice.edges.map((e) => e.id))).then((filled) =>
                canvas.current?.exportAs(format, filled),
              );
            }}
            filters={present.filters}
            onFilters={setFilters}
            sources={sources}
            hiddenCount={hiddenCount}
            onUnhideAll={() => dispatch({ type: 'unhide' })}
            onSave={allowSave ? () => setSaveOpen(true) : undefined}
            webgl={webgl}
            onWebgl={onWebgl}
          />
        )}
        <button
          type="button"
          className="panels-toggle"
          aria-expanded={panelsOpen}
          aria-controls="explorer-side"
          onClick={() => setPanelsOpen((o) => !o)}
        >
          {panelsOpen ? 'Hide panels' : 'Panels'}
        </button>
      </div>
      {saveOpen ? (
        <SaveViewPanel chooseMode onSave={saveView} onClose={() => setSaveOpen(false)} />
      ) : null}
      {notice !== undefined ? (
        <p className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {citationsOpen ? (
        <CitationsView
          state={present.citations ?? {}}
          onChange={(citations) => dispatch({ type: 'setCitations', citations })}
        />
      ) : (
        <>
          <div className="explorer-main">
            <div className="explorer-stage">
              <GraphCanvas
                key={webgl ? 'webgl' : 'canvas'}
                ref={canvas}
                slice={slice}
                layout={present.layout}
                filters={present.filters}
                hidden={present.hidden}
                pinned={present.pinned}
                seeds={present.seeds}
                selected={selectedGroup ?? present.selected}
                multiSelected={multi}
                webgl={webgl}
                {...(initialPositions !== undefined ? { initialPositions } : {})}
                {...(initialViewport !== undefined ? { initialViewport } : {})}
                onSelectNode={selectNode}
                onSelectEdge={selectEdge}
                onExpand={expand}
                onBoxSelect={(boxed) => {
                  // Aggregate nodes are no graph nodes: box actions skip them.
                  const ids = boxed.filter((id) => !isNeighborGroupId(id));
                  const [first, second] = ids;
                  // Two nodes boxed: the inspector offers the paths between them.
                  if (ids.length === 2 && first !== undefined && second !== undefined) {
                    setPathStart(first);
                    selectNode(second);
                  } else if (ids.length > 2) {
                    selectNode(null);
                  } else if (first !== undefined) {
                    selectNode(first);
                  }
                  // Two or more: the selection bar acts on all of them.
                  if (ids.length >= 2) setMulti(ids);
                }}
                onLayoutStatus={setLayoutStatus}
                busy={data.loading}
              />
              <SelectionActions
                ids={multi}
                onExpand={() => dispatch({ type: 'expandAll', ids: multi })}
                onPin={() => dispatch({ type: 'pin', ids: multi })}
                onHide={() => {
                  dispatch({ type: 'hide', ids: multi });
                  setMulti([]);
                }}
                onRemove={() => {
                  dispatch({ type: 'remove', ids: multi });
                  setMulti([]);
                }}
                onClear={() => selectNode(null)}
              />
              {isEmpty && !data.loading ? (
                <div className="stage-overlay" data-testid="explorer-empty">
                  <p>
                    Search for an actor, outlet, event or phrase above and pick a result to start.
                    Double-click a node to expand its neighbourhood.
                  </p>
                  <p className="muted">
                    Or open a <Link href="/views">saved view</Link>.
                  </p>
                </div>
              ) : null}
              {!isEmpty &&
              !data.loading &&
              data.error === undefined &&
              slice.nodes.length > 0 &&
              visible.slice.nodes.length === 0 ? (
                <div className="stage-overlay" data-testid="explorer-filtered-empty">
                  <p>All {slice.nodes.length} nodes are filtered out or hidden.</p>
                  <button type="button" onClick={() => setFilters({})}>
                    Clear filters
                  </button>
                </div>
              ) : null}
              {data.loading ? (
                <p className="stage-status" role="status" data-testid="explorer-loading">
                  Loading graph…
                </p>
              ) : null}
              {data.error !== undefined ? (
                <div className="stage-status error" role="alert" data-testid="explorer-error">
                  Could not load the graph: {data.error}{' '}
                  <button type="button" onClick={() => data.retry()}>
                    Retry
                  </button>
                </div>
              ) : null}
              <p className="stage-footer muted" aria-live="polite">
                {visible.slice.nodes.length} nodes · {visible.slice.edges.length} relations
                {visible.filteredOut > 0 ? ` · ${visible.filteredOut} filtered out` : ''}
                {visible.hiddenCount > 0 ? ` · ${visible.hiddenCount} hidden` : ''}
                {slice.truncated ? ' · more exist: the result was cut at the limit' : ''}
                {visible.slice.nodes.length >= LARGE_GRAPH_HINT && !webgl
                  ? ' · large graph: the WebGL renderer (Export menu) draws faster'
                  : ''}
              </p>
            </div>
            <div className="explorer-side" id="explorer-side">
              {selectedGroup !== null ? (
                <GroupPanel
                  slice={slice}
                  id={selectedGroup}
                  range={{ from: present.filters.from, to: present.filters.to }}
                  onOpen={openGroup}
                  onClose={() => selectNode(null)}
                  ready={hydrated}
                />
              ) : null}
              <InspectorPanel
                slice={slice}
                selection={selection}
                pinned={present.pinned}
                onSelectNode={focusNode}
                onSelectEdge={selectEdge}
                onExpand={expand}
                onHide={(id) => dispatch({ type: 'hide', ids: [id] })}
                onTogglePin={(id) => dispatch({ type: 'togglePin', id })}
                onRemove={(id) => dispatch({ type: 'remove', ids: [id] })}
                pathStart={pathStart}
                onSetPathStart={setPathStart}
                onFindPaths={findPaths}
                onClose={() => selectNode(null)}
                ready={hydrated}
              />
              <Legend />
              <details className="list-panel" onToggle={(e) => setListOpen(e.currentTarget.open)}>
                <summary>Graph as a list</summary>
                {listOpen ? (
                  <AccessibleList
                    slice={visible.slice}
                    selected={present.selected}
                    pinned={present.pinned}
                    onSelect={focusNode}
                  />
                ) : null}
              </details>
            </div>
          </div>
          <TimelineStrip
            nodes={slice.nodes}
            from={present.filters.from}
            to={present.filters.to}
            onRangeChange={({ from, to }) => setFilters({ ...present.filters, from, to })}
          />
        </>
      )}
    </div>
  );
}
