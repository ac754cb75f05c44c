'use client';

import type { GraphSlice } from '@/model/graph-slice';
import { NEIGHBOR_GROUP_LIMITS, neighborGroupLabel } from '@/model/neighbor-groups';

export interface GroupPanelProps {
  /** The slice with its groups. */
  readonly slice: GraphSlice;
  /** The selected group's id. */
  readonly id: string;
  /** The view's date range, which limits the articles a group opens. */
  readonly range: { readonly from?: string | undefined; readonly to?: string | undefined };
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
  readonly ready: boolean;
}

/** What a selected aggregate node holds, and the button that opens its next members. */
export function GroupPanel({ slice, id, range, onOpen, onClose, ready }: GroupPanelProps) {
  const group = slice.groups?.find((g) => g.id === id);
  if (group === undefined) return null;
  const rest = group.count - group.shown;
  const hub = slice.nodes.find((n) => n.id === group.hub);
  const windowed = range.from !== undefined || range.to !== undefined;
  return (
    <section className="inspector group-panel" aria-label="Group" data-testid="group-panel">
      <h2 data-testid="group-title">{neighborGroupLabel(group, rest)}</h2>
      <p className="muted">
        {hub?.label ?? group.hub}: {group.shown} of {group.count} drawn, strongest first (most
        mentions, then most recent).
        {windowed && group.kind === 'Article'
          ? ` Articles published ${range.from ?? '…'} to ${range.to ?? '…'} only: the timeline's range.`
          : ''}
      </p>
      <div role="group" aria-label="Group actions" className="actions">
        <button
          type="button"
          disabled={!ready || rest <= 0}
          onClick={() => onOpen(id)}
          data-testid="group-open"
        >
          Open {Math.min(rest, NEIGHBOR_GROUP_LIMITS.pageSize)} more
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
