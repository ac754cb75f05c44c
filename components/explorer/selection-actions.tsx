'use client';

import type { GlobalId } from '@/model/graph-slice';

export interface SelectionActionsProps {
  /** Nodes of the box selection; the bar shows for two or more. */
  readonly ids: readonly GlobalId[];
  readonly onExpand: () => void;
  readonly onPin: () => void;
  readonly onHide: () => void;
  readonly onRemove: () => void;
  readonly onClear: () => void;
}

/**
 * What a box selection can do to all its nodes at once. Each button is one exploration step, so
 * one undo takes it back. A toolbar of plain buttons: Tab reaches it, Enter and Space press.
 */
export function SelectionActions({
  ids,
  onExpand,
  onPin,
  onHide,
  onRemove,
  onClear,
}: SelectionActionsProps) {
  if (ids.length < 2) return null;
  return (
    <div
      className="selection-actions"
      role="toolbar"
      aria-label={`Actions for the ${ids.length} selected nodes`}
      data-testid="selection-actions"
    >
      <span data-testid="selection-count">{ids.length} nodes selected</span>
      {(
        [
          ['expand', 'Expand', onExpand],
          ['pin', 'Pin', onPin],
          ['hide', 'Hide', onHide],
          ['remove', 'Remove', onRemove],
          ['clear', 'Clear selection', onClear],
        ] as const
      ).map(([name, label, onClick]) => (
        <button key={name} type="button" onClick={onClick} data-testid={`selection-${name}`}>
          {label}
        </button>
      ))}
    </div>
  );
}
