import { describe, expect, it } from 'vitest';
import { offsetsReadAsWritten, sentenceToStore } from './evidence-sentence';

const TEXT = 'The DPRK said so. The U.S. denied it.';
const at = (sentence: string, text = TEXT) => ({
  sentence,
  start: text.indexOf(sentence),
  end: text.indexOf(sentence) + sentence.length,
});

describe('sentenceToStore', () => {
  it('leaves out a sentence the offsets give back from the text', () => {
    expect(sentenceToStore(at('The U.S. denied it.'), TEXT, true)).toBeUndefined();
    expect(sentenceToStore({ sentence: '', start: 4, end: 4 }, TEXT, true)).toBeUndefined();
  });

  it('keeps a sentence from outside the text, or one the offsets do not reach as written', () => {
    expect(sentenceToStore({ sentence: 'Source: KCNA', start: 0, end: 0 }, TEXT, true)).toBe(
      'Source: KCNA',
    );
    // The extractor read a blanked text: the same range of the stored text says something else.
    expect(
      sentenceToStore({ sentence: 'The DPRK said ' + '  ', start: 0, end: 16 }, TEXT, true),
    ).toBe('The DPRK said   ');
    expect(sentenceToStore({ sentence: '', start: 30, end: 99 }, TEXT, true)).toBe('');
    expect(sentenceToStore({ sentence: '', start: 5, end: 4 }, TEXT, true)).toBe('');
  });

  it('keeps every sentence of a text whose code points and UTF-16 units part ways', () => {
    const astral = `🚀 ${TEXT}`;
    expect(offsetsReadAsWritten(TEXT)).toBe(true);
    expect(offsetsReadAsWritten('한글 text')).toBe(true);
    expect(offsetsReadAsWritten(astral)).toBe(false);
    expect(sentenceToStore(at('The U.S. denied it.', astral), astral, false)).toBe(
      'The U.S. denied it.',
    );
  });
});
