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

  it('splits Chinese and Japanese at 。！？ with no space after, keeping closing brackets', () => {
    const text =
      '金正恩同普京举行会谈。《劳动新闻》报道说：“会谈很成功！”塔斯社也报道了？北朝鮮は発表した。';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      '金正恩同普京举行会谈。',
      '《劳动新闻》报道说：“会谈很成功！”',
      '塔斯社也报道了？',
      '北朝鮮は発表した。',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits Korean at a period before a caseless Hangul word', () => {
    const text = '김정은동지께서 회담하시였다. 로동신문은 이날 보도하였다.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '김정은동지께서 회담하시였다.',
      '로동신문은 이날 보도하였다.',
    ]);
  });

  it('splits Russian sentences but not after initials, `г.` or before lower case', () => {
    const text =
      'В. В. Путин встретился с Ким Чен Ыном в 2024 г. в Пхеньяне. «Нодон синмун» сообщила об этом. США т. е. Вашингтон.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'В. В. Путин встретился с Ким Чен Ыном в 2024 г. в Пхеньяне.',
      '«Нодон синмун» сообщила об этом.',
      'США т. е. Вашингтон.',
    ]);
  });
});
