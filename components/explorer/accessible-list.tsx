'use client';

import { useMemo } from 'react';
import { NODE_KINDS } from '@/model/graph-model';
import type { GlobalId, GraphSlice } from '@/model/graph-slice';
import { KIND_STYLES, RELATION_STYLES } from '@/components/graph/stylesheet';

/** Longest list rendered; beyond it the list says how many more there are. */
export const ACCESSIBLE_LIST_LIMIT = 400;

export interface AccessibleListProps {
  /** The visible (filtered) slice: exactly what the canvas draws. */
  readonly slice: GraphSlice;
  readonly selected?: GlobalId | undefined;
  readonly pinned: readonly GlobalId[];
  readonly onSelect: (id: GlobalId) => void;
}

/**
 * The drawn graph as nested lists, for screen readers and keyboard users: nodes grouped by kind,
 * each a button that selects it, with its relations as text.
 */
export function AccessibleList({ slice, selected, pinned, onSelect }: AccessibleListProps) {
  const relations = useMemo(() => {
    const labels = new Map(slice.nodes.map((n) => [n.id, n.label]));
    const out = new Map<string, string[]>();
    for (const e of slice.edges) {
      const label = RELATION_STYLES[e.type]?.label ?? e.type;
      const add = (id: string, text: string) => {
        const list = out.get(id);
        if (list === undefined) out.set(id, [text]);
        else list.push(text);
      };
      add(e.source, `${label} ${labels.get(e.target) ?? e.target}`);
      add(e.target, `${labels.get(e.source) ?? e.source} ${label} it`);
    }
    return out;
  }, [slice]);
  const pinnedSet = new Set(pinned);
  let budget = ACCESSIBLE_LIST_LIMIT;
  return (
    <nav className="accessible-list" aria-label="Graph as a list" data-testid="accessible-list">
      <p className="list-summary" aria-live="polite">
        {slice.nodes.length} nodes, {slice.edges.length} relations shown.
      </p>
      {NODE_KINDS.map((kind) => {
        const nodes = slice.nodes.filter((n) => n.kind === kind);
        if (nodes.length === 0) return null;
        const shown = nodes.slice(0, Math.max(budget, 0));
        budget -= shown.length;
        return (
          <section key={kind} aria-label={`${KIND_STYLES[kind].label}s`}>
            <h3>
              {KIND_STYLES[kind].label} ({nodes.length})
            </h3>
            <ul>
              {shown.map((n) => {
                const rels = relations.get(n.id) ?? [];
                return (
                  <li key={n.id}>
                    <button
                      type="button"
                      className="link-button"
                      aria-current={n.id === selected ? 'true' : undefined}
                      onClick={() => onSelect(n.id)}
                      data-node-id={n.id}
                    >
                      {n.label}
                    </button>
                    {pinnedSet.has(n.id) ? <span className="tag"> pinned</span> : null}
                    {n.date !== null ? <span className="muted"> {n.date.slice(0, 10)}</span> : null}
                    {rels.length > 0 ? (
                      <span className="visually-hidden">
                        : {rels.slice(0, 12).join('; ')}
                        {rels.length > 12 ? `; and ${rels.length - 12} more` : ''}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {shown.length < nodes.length ? (
              <p className="muted">{nodes.length - shown.length} more not listed.</p>
            ) : null}
          </section>
        );
      })}
    </nav>
  );
}
