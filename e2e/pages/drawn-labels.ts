import type { TestHook } from '../../components/graph/canvas-test-hook';

type Label = ReturnType<TestHook['labels']>[number];

/** The labels the canvas draws (not culled, not empty) and the pairs of them whose boxes overlap. */
export function drawnLabels(labels: readonly Label[]): { drawn: Label[]; clashes: string[] } {
  const drawn = labels.filter((l) => !l.culled && l.text !== '');
  const clashes = drawn.flatMap((a, i) =>
    drawn
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      .map((b) => `${a.text} × ${b.text}`),
  );
  return { drawn, clashes };
}
