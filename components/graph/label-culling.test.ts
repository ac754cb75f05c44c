import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelsToHide, type LabelCandidate } from './label-culling';

const label = (
  id: string,
  x: number,
  y: number,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  id,
  x1: x,
  y1: y,
  x2: x + 100,
  y2: y + 15,
  favoured: false,
  degree: 1,
  ...extra,
});

describe('labelsToHide', () => {
  it('keeps the hub of two overlapping labels, the favoured one before any hub', () => {
    const hub = label('hub', 0, 0, { degree: 9 });
    const leaf = label('leaf', 50, 5);
    const apart = label('apart', 0, 100);
    const touching = label('touching', 100, 0);
    const picked = label('picked', 0, 95, { favoured: true });
    expect([...labelsToHide([leaf, hub, apart, touching, picked])].sort()).toEqual([
      'apart',
      'leaf',
    ]);
  });

  it('leaves no two kept labels overlapping, whatever the input order', () => {
    // A dense field of labels on a 37 × 11 lattice: many overlap their neighbours.
    const field = Array.from({ length: 400 }, (_, i) =>
      label(`n${i}`, (i * 37) % 420, ((i * 11) % 160) * 1.5, { degree: i % 7 }),
    );
    const hidden = labelsToHide(field);
    const kept = field.filter((c) => !hidden.has(c.id));
    const clashes = kept.flatMap((a, i) => kept.slice(i + 1).filter((b) => boxesOverlap(a, b)));
    expect({
      clashes: clashes.length,
      sameReversed: [...labelsToHide([...field].reverse())].sort(),
      someKept: kept.length > 20,
    }).toEqual({ clashes: 0, sameReversed: [...hidden].sort(), someKept: true });
  });

  it('ignores nodes without a label box', () => {
    const empty = { ...label('empty', 0, 0), x2: 0 };
    const infinite = { ...label('inf', 0, 0), x1: -Infinity };
    expect([...labelsToHide([empty, infinite, label('a', 0, 0)])]).toEqual([]);
  });
});
