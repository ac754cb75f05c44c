import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps offsets into the original text', () => {
    const text = 'First one. Second one!\n\nThird?';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['First one.', 'Second one!', 'Third?']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('does not split inside U.S., U.N., titles, months and initials', () => {
    const text =
      'The U.S. Secretary met Mr. Smith on Jan. 5 at the U.N. office with George W. Bush. He left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. Secretary met Mr. Smith on Jan. 5 at the U.N. office with George W. Bush.',
      'He left.',
    ]);
  });

  it('splits after U.S. when a typical sentence opener follows', () => {
    const out = splitSentences('They blamed the U.S. The claim is false.');
    expect(out.map((s) => s.text)).toEqual(['They blamed the U.S.', 'The claim is false.']);
  });

  it('keeps closing quotes with their sentence', () => {
    const out = splitSentences('He said: "We will win." Then he left.');
    expect(out.map((s) => s.text)).toEqual(['He said: "We will win."', 'Then he left.']);
  });

  it('always breaks at newlines and ignores blank lines', () => {
    const out = splitSentences('The paper said:\nThe plan will fail\n\n');
    expect(out.map((s) => s.text)).toEqual(['The paper said:', 'The plan will fail']);
  });

  it('does not split hyphenated abbreviations or decimals', () => {
    const out = splitSentences('U.S.-led drills grew 3.5 percent. Next.');
    expect(out).toHaveLength(2);
  });
});
