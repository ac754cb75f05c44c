import { describe, expect, it } from 'vitest';
import { MARGIN_PX, overlayOffset } from './pan-overlay';

describe('overlayOffset', () => {
  it('places the picture MARGIN_PX above and left of the viewport at the pan it was drawn at', () => {
    expect(overlayOffset({ x: 10, y: 20 }, { x: 10, y: 20 })).toEqual({
      x: -MARGIN_PX,
      y: -MARGIN_PX,
    });
  });

  it('moves it by what the pan moved since', () => {
    expect(overlayOffset({ x: 10, y: 20 }, { x: 14, y: 18 })).toEqual({
      x: 4 - MARGIN_PX,
      y: -2 - MARGIN_PX,
    });
  });

  it('gives up once the pan would uncover the viewport', () => {
    expect(overlayOffset({ x: 0, y: 0 }, { x: 0, y: MARGIN_PX + 1 })).toBeUndefined();
  });
});
