'use client';

import type { GraphSlice } from '@/model/graph-slice';
import { NEIGHBOR_GROUP_LIMITS, groupFoldLabel, neighborGroupLabel } from '@/model/neighbor-groups';
import { groupFolds } from './group-nodes';

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

/** A selected "N more groups" node: its groups, strongest first, each to open on its own. */
function FoldPanel({ slice, id, onOpen, onClose, ready }: Omit<GroupPanelProps, 'range'>) {
  const fold = groupFolds(slice).find((f) => f.id === id);
  if (fold === undefined) return null;
  const labels = new Map(slice.nodes.map((n) => [n.id, n.label]));
  return (
    <section className="inspector group-panel" aria-label="Groups" data-testid="group-panel">
      <h2 data-testid="group-title">{groupFoldLabel(fold.groups.length, fold.members)}</h2>
      <p className="muted">
        Groups this expansion found beyond the {NEIGHBOR_GROUP_LIMITS.maxGroups} it draws, nearest
        first. Open one to draw its strongest members.
      </p>
      <ul className="fold-groups">
        {fold.groups.map((g) => (
          <li key={g.id}>
            {labels.get(g.hub) ?? g.hub}: {neighborGroupLabel(g, g.count - g.shown)}{' '}
            <button
              type="button"
              disabled={!ready}
              onClick={() => onOpen(g.id)}
              data-testid="fold-open"
              data-group-id={g.id}
            >
              Open
            </button>
          </li>
        ))}
      </ul>
      <div role="group" aria-label="Group actions" className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}

/** What a selected aggregate node holds, and the button that opens its next members. */
export function GroupPanel({ slice, id, range, onOpen, onClose, ready }: GroupPanelProps) {
  const group = slice.groups?.find((g) => g.id === id);
  if (group === undefined)
    return <FoldPanel slice={slice} id={id} onOpen={onOpen} onClose={onClose} ready={ready} />;
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
