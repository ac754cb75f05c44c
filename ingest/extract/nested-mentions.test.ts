import { describe, expect, it } from 'vitest';
import { withoutNested } from './nested-mentions';

describe('withoutNested', () => {
  it('drops a mention strictly inside another and keeps the rest', () => {
    const outer = { start: 0, end: 100 };
    const inner = { start: 40, end: 100 };
    const next = { start: 105, end: 110 };
    expect(withoutNested([inner, next, outer])).toEqual([next, outer]);
  });

  it('keeps two mentions of the same span and overlapping ones', () => {
    const a = { start: 0, end: 10 };
    const b = { start: 0, end: 10 };
    const c = { start: 5, end: 20 };
    expect(withoutNested([a, b, c])).toEqual([a, b, c]);
  });
});
