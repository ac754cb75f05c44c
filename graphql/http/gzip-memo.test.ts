import { describe, expect, it } from 'vitest';
import { GzipMemo } from './gzip-memo';

const gz = (bytes: number) => Buffer.alloc(bytes);

describe('GzipMemo', () => {
  it('gives back what it keeps for the same JSON', () => {
    const memo = new GzipMemo(1000);
    const kept = gz(10);
    memo.set('{"a":1}', kept);
    expect(memo.get('{"a":1}')).toBe(kept);
  });

  it('drops the least recently used entry over its budget, counting the JSON too', () => {
    // Each entry: 10 characters (20 bytes) of JSON and 30 of gzip, 50 bytes; two fit in 100.
    const memo = new GzipMemo(100);
    memo.set('aaaaaaaaaa', gz(30));
    memo.set('bbbbbbbbbb', gz(30));
    memo.get('aaaaaaaaaa');
    memo.set('cccccccccc', gz(30));
    const held = ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'].map((k) => memo.get(k) !== undefined);
    expect({ held, size: memo.size }).toEqual({ held: [true, false, true], size: 100 });
  });

  it('keeps nothing larger than its budget', () => {
    const memo = new GzipMemo(100);
    memo.set('x', gz(200));
    expect({ kept: memo.get('x'), size: memo.size }).toEqual({ kept: undefined, size: 0 });
  });
});
