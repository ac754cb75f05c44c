import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

describe('shortcutFor', () => {
  it.each([
    [{ key: 'f' }, 'fit'],
    [{ key: 'z' }, 'undo'],
    [{ key: 'Z', shiftKey: true }, 'redo'],
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'Z', metaKey: true, shiftKey: true }, 'redo'],
    [{ key: 'y', ctrlKey: true }, 'redo'],
    [{ key: 'Delete' }, 'hide'],
    [{ key: '+' }, 'zoomIn'],
    [{ key: '=' }, 'zoomIn'],
    [{ key: '-' }, 'zoomOut'],
    [{ key: 'Escape' }, 'deselect'],
  ] as const)('%o → %s', (input, action) => {
    expect(shortcutFor(input)).toBe(action);
  });

  it('ignores keys typed into fields and unknown keys', () => {
    expect(shortcutFor({ key: 'f', targetTag: 'input' })).toBeUndefined();
    expect(shortcutFor({ key: 'Delete', targetTag: 'TEXTAREA' })).toBeUndefined();
    expect(shortcutFor({ key: 'z', ctrlKey: true, targetTag: 'INPUT' })).toBeUndefined();
    expect(shortcutFor({ key: 'f', targetEditable: true })).toBeUndefined();
    expect(shortcutFor({ key: 'q' })).toBeUndefined();
    expect(shortcutFor({ key: 'f', altKey: true })).toBeUndefined();
    expect(shortcutFor({ key: 'f', ctrlKey: true })).toBeUndefined();
  });
});
