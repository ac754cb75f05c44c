/**
 * Keyboard shortcuts of the explorer as a pure key → action mapping (the hook in explorer.tsx
 * only dispatches). Single keys never fire while the analyst types in a field.
 */

export type ShortcutAction = 'fit' | 'undo' | 'redo' | 'hide' | 'zoomIn' | 'zoomOut' | 'deselect';

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
  /** Tag name of the event target, e.g. INPUT. */
  readonly targetTag?: string;
  readonly targetEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The action for a key press, or undefined to let the browser have it. */
export function shortcutFor(e: KeyInput): ShortcutAction | undefined {
  const typing = e.targetEditable === true || TYPING_TAGS.has((e.targetTag ?? '').toUpperCase());
  const mod = e.ctrlKey === true || e.metaKey === true;
  if (e.altKey === true) return undefined;
  if (mod) {
    // Inside a field, Ctrl+Z belongs to the field's own undo.
    if (typing) return undefined;
    const k = e.key.toLowerCase();
    if (k === 'z') return e.shiftKey === true ? 'redo' : 'undo';
    if (k === 'y') return 'redo';
    return undefined;
  }
  if (typing) return undefined;
  switch (e.key) {
    case 'f':
      return 'fit';
    case 'z':
      return 'undo';
    case 'Z':
      return 'redo';
    case 'Delete':
    case 'Backspace':
      return 'hide';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case 'Escape':
      return 'deselect';
    default:
      return undefined;
  }
}
