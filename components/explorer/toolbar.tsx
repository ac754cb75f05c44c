'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '@/model/graph-model';
import type { GlobalId } from '@/model/graph-slice';
import { LAYOUT_NAMES, type LayoutName, type ViewFilters } from '@/model/view-state';
import type { LayoutStatus } from '@/components/graph/graph-canvas';
import type { ExportFormat } from '@/components/graph/export-graph';
import { KIND_STYLES, RELATION_STYLES } from '@/components/graph/stylesheet';
import { hasActiveFilters } from './filter-elements';

const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = Object.freeze({
  fcose: 'Force-directed',
  concentric: 'Concentric (by degree)',
  breadthfirst: 'Tree from seeds',
  timeline: 'Timeline',
});

export interface ToolbarProps {
  readonly layout: LayoutName;
  readonly onLayout: (layout: LayoutName) => void;
  readonly layoutStatus: LayoutStatus;
  readonly onStopLayout: () => void;
  readonly onRelayout: () => void;
  readonly onFit: () => void;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onExport: (format: ExportFormat) => void;
  readonly filters: ViewFilters;
  readonly onFilters: (filters: ViewFilters) => void;
  /** Sources present in the fetched graph, for the source filter. */
  readonly sources: ReadonlyArray<{ readonly id: GlobalId; readonly label: string }>;
  readonly hiddenCount: number;
  readonly onUnhideAll: () => void;
  readonly onSave?: (() => void) | undefined;
  readonly webgl: boolean;
  readonly onWebgl: (on: boolean) => void;
}

function toggle<T>(
  list: readonly T[] | undefined,
  all: readonly T[],
  value: T,
): readonly T[] | undefined {
  const current = list ?? all;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  // Everything checked is the same as no filter: keep the URL short.
  return next.length === all.length ? undefined : all.filter((v) => next.includes(v));
}

function useElapsed(startedAt: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === undefined) return;
    const t = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(t);
  }, [startedAt]);
  return startedAt === undefined ? 0 : Math.max(0, now - startedAt);
}

/** A dropdown on <details>, closed by a click outside it or Escape like any menu. */
function Menu({
  summary,
  children,
}: {
  readonly summary: ReactNode;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (el === null || !el.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) {
        el.open = false;
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details className="menu" ref={ref}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/** Layout picker, viewport buttons, undo/redo, filters and exports. */
export function Toolbar(props: ToolbarProps) {
  const { filters, onFilters, layoutStatus } = props;
  const elapsed = useElapsed(layoutStatus.running ? layoutStatus.startedAt : undefined);
  const setFilter = (patch: Partial<ViewFilters>) => onFilters({ ...filters, ...patch });
  const sourceIds = props.sources.map((s) => s.id);
  return (
    <div className="explorer-toolbar" role="toolbar" aria-label="Graph tools" data-testid="toolbar">
      <label className="field">
        <span>Layout</span>
        <select
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
          data-testid="layout-picker"
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      {layoutStatus.running ? (
        <span className="layout-status" role="status" data-testid="layout-status">
          Laying out{layoutStatus.where === 'worker' ? ' in the background' : ''}…{' '}
          {(elapsed / 1000).toFixed(1)} s{' '}
          <button type="button" onClick={props.onStopLayout} data-testid="stop-layout">
            Stop
          </button>
        </span>
      ) : (
        <button type="button" onClick={props.onRelayout} title="Run the layout again">
          Re-layout
        </button>
      )}
      {layoutStatus.error !== undefined ? (
        <span className="error-text" role="alert">
          Layout failed: {layoutStatus.error}
        </span>
      ) : null}
      <span className="button-group" role="group" aria-label="Viewport">
        <button type="button" onClick={props.onFit} title="Fit (f)">
          Fit
        </button>
        <button type="button" onClick={props.onZoomIn} title="Zoom in (+)" aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={props.onZoomOut} title="Zoom out (-)" aria-label="Zoom out">
          −
        </button>
      </span>
      <span className="button-group" role="group" aria-label="History">
        <button
          type="button"
          onClick={props.onUndo}
          disabled={!props.canUndo}
          title="Undo (z)"
          data-testid="undo"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          title="Redo (Shift+Z)"
          data-testid="redo"
        >
          Redo
        </button>
      </span>
      <Menu
        summary={`Filters${hasActiveFilters(filters) ? ' •' : ''}${
          props.hiddenCount > 0 ? ` (${props.hiddenCount} hidden)` : ''
        }`}
      >
        <div className="menu-body" data-testid="filters">
          <fieldset>
            <legend>Kinds</legend>
            {NODE_KINDS.map((k: NodeKind) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={filters.nodeKinds === undefined || filters.nodeKinds.includes(k)}
                  onChange={() =>
                    setFilter({ nodeKinds: toggle(filters.nodeKinds, NODE_KINDS, k) })
                  }
                />
                {KIND_STYLES[k].label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Relations</legend>
            {RELATION_TYPES.map((t: RelationType) => (
              <label key={t} className="check">
                <input
                  type="checkbox"
                  checked={filters.relationTypes === undefined || filters.relationTypes.includes(t)}
                  onChange={() =>
                    setFilter({ relationTypes: toggle(filters.relationTypes, RELATION_TYPES, t) })
                  }
                />
                {RELATION_STYLES[t].label}
              </label>
            ))}
          </fieldset>
          {props.sources.length > 0 ? (
            <fieldset>
              <legend>Sources</legend>
              {props.sources.map((s) => (
                <label key={s.id} className="check">
                  <input
                    type="checkbox"
                    checked={filters.sources === undefined || filters.sources.includes(s.id)}
                    onChange={() =>
                      setFilter({ sources: toggle(filters.sources, sourceIds, s.id) })
                    }
                  />
                  {s.label}
                </label>
              ))}
            </fieldset>
          ) : null}
          <fieldset>
            <legend>Published</legend>
            <label className="field">
              <span>From</span>
              <input
                type="date"
                value={filters.from ?? ''}
                onChange={(e) =>
                  setFilter({ from: e.target.value === '' ? undefined : e.target.value })
                }
              />
            </label>
            <label className="field">
              <span>To</span>
              <input
                type="date"
                value={filters.to ?? ''}
                onChange={(e) =>
                  setFilter({ to: e.target.value === '' ? undefined : e.target.value })
                }
              />
            </label>
          </fieldset>
          <p>
            <button
              type="button"
              onClick={() => onFilters({})}
              disabled={!hasActiveFilters(filters)}
            >
              Clear filters
            </button>{' '}
            <button type="button" onClick={props.onUnhideAll} disabled={props.hiddenCount === 0}>
              Show hidden ({props.hiddenCount})
            </button>
          </p>
        </div>
      </Menu>
      <Menu summary="Export">
        <div className="menu-body" role="group" aria-label="Export">
          <button type="button" onClick={() => props.onExport('png')}>
            PNG image
          </button>
          <button type="button" onClick={() => props.onExport('json')}>
            Cytoscape JSON (with evidence)
          </button>
          <button type="button" onClick={() => props.onExport('graphml')}>
            GraphML (Gephi, yEd)
          </button>
          <button type="button" onClick={() => props.onExport('svg')}>
            SVG image
          </button>
          <label className="check">
            <input
              type="checkbox"
              checked={props.webgl}
              onChange={(e) => props.onWebgl(e.target.checked)}
            />
            WebGL renderer (experimental, for big graphs)
          </label>
        </div>
      </Menu>
      {props.onSave !== undefined ? (
        <button type="button" onClick={props.onSave} data-testid="save-view">
          Save view
        </button>
      ) : null}
    </div>
  );
}
