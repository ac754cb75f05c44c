import { describe, expect, it } from 'vitest';
import { viewportFitting } from './first-layout';
import { paintPreview, type PreviewContext, type PreviewScene } from './preview-paint';

/** A 2D context that notes the drawing calls that put pixels down, with the state they used. */
function recordingContext() {
  const drawn: string[] = [];
  const transforms: number[][] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    setTransform: (...m: number[]) => void transforms.push(m),
    clearRect: () => undefined,
    beginPath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => undefined,
    arcTo: () => undefined,
    ellipse: () => undefined,
    closePath: () => undefined,
    fill() {
      drawn.push(`fill ${String(ctx.fillStyle)} ${ctx.globalAlpha}`);
    },
    stroke() {
      drawn.push(`stroke ${String(ctx.strokeStyle)} ${ctx.globalAlpha} ${ctx.lineWidth}`);
    },
  };
  return { ctx: ctx as unknown as PreviewContext, drawn, transforms };
}

const scene: PreviewScene = {
  nodeStyle: Uint8Array.from([0, 1, 0]),
  nodeStyles: [
    { shape: 'ellipse', color: '#009E73', opacity: 1 },
    { shape: 'round-rectangle', color: '#0072B2', opacity: 0.45 },
  ],
  edgeStyle: Uint8Array.from([1, 0, 0]),
  edgeColors: ['#8A949E', '#B8860B'],
  edgeWidth: 1,
  edgeOpacity: 0.5,
  width: 800,
  height: 600,
  pixelRatio: 2,
  fit: { margin: 36, padding: 30, maxZoom: 1.5 },
};

describe('paintPreview', () => {
  it('draws each edge in its colour under the nodes, in the viewport the canvas fits', () => {
    const { ctx, drawn, transforms } = recordingContext();
    const positions = { a: { x: 0, y: 0 }, b: { x: 400, y: 100 }, c: { x: -300, y: 900 } };
    const viewport = paintPreview(
      ctx,
      [
        { id: 'a', size: 30 },
        { id: 'b', size: 20 },
        { id: 'c', size: 72 },
      ],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        // An endpoint the layout did not place draws nothing.
        { source: 'a', target: 'gone' },
      ],
      positions,
      scene,
    );
    const fitted = viewportFitting(Object.values(positions), scene, scene.fit);
    expect({ viewport, drawn, transform: transforms.at(-1) }).toEqual({
      viewport: fitted,
      drawn: [
        'stroke #B8860B 0.5 1',
        'stroke #8A949E 0.5 1',
        'fill #009E73 1',
        'fill #0072B2 0.45',
        'fill #009E73 1',
      ],
      // Model to device pixels: zoom and pan of the fit, times the pixel ratio.
      transform: [2 * fitted.zoom, 0, 0, 2 * fitted.zoom, 2 * fitted.pan.x, 2 * fitted.pan.y],
    });
  });
});
