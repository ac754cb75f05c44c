import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher';

describe('createBatcher', () => {
  it('answers loads of one tick with one batch and caches per key', async () => {
    const calls: string[][] = [];
    const batcher = createBatcher<string, number>((keys) => {
      calls.push([...keys]);
      return Promise.resolve(
        new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length])),
      );
    });
    const values = await Promise.all([
      batcher.load('a'),
      batcher.load('bb'),
      batcher.load('a'),
      batcher.load('missing'),
    ]);
    expect(values).toEqual([1, 2, 1, undefined]);
    expect(calls).toEqual([['a', 'bb', 'missing']]);
    await batcher.load('bb');
    expect(calls).toHaveLength(1);
  });

  it('rejects every load of a failed batch and retries them later', async () => {
    let fail = true;
    const batcher = createBatcher<string, string>((keys) =>
      fail ? Promise.reject(new Error('down')) : Promise.resolve(new Map(keys.map((k) => [k, k]))),
    );
    await expect(Promise.all([batcher.load('x'), batcher.load('y')])).rejects.toThrow('down');
    fail = false;
    expect(await batcher.load('x')).toBe('x');
  });
});
