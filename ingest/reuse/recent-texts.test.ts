import { describe, expect, it } from 'vitest';
import { RecentTexts } from './recent-texts';
import { analyseText } from './shingles';

const entry = (key: string, text: string, textHash = `h-${key}`) => ({
  key,
  textHash,
  analysed: analyseText(text),
});

describe('RecentTexts', () => {
  it('serves an entry only under the hash it was sketched with', () => {
    const recent = new RecentTexts(100);
    recent.set(entry('a', 'one two three'));
    expect([
      recent.get('a', 'h-a')?.analysed.text,
      recent.get('a', 'other'),
      recent.get('b', 'h-b'),
    ]).toEqual(['one two three', undefined, undefined]);
  });

  it('drops the least recently used texts beyond its bound, a replaced text counted once', () => {
    const recent = new RecentTexts(10);
    recent.set(entry('a', 'aaaa'));
    recent.set(entry('b', 'bbbb'));
    recent.get('a', 'h-a');
    recent.set(entry('c', 'cccc'));
    recent.set(entry('c', 'ccc'));
    recent.set(entry('d', 'ddd'));
    recent.set(entry('huge', 'x'.repeat(11)));
    expect(['a', 'b', 'c', 'd', 'huge'].filter((key) => recent.get(key, `h-${key}`))).toEqual([
      'a',
      'c',
      'd',
    ]);
  });
});
