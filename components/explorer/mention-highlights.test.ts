import { describe, expect, it } from 'vitest';
import { SAMPLE_SLICE } from '@/components/graph/test-slices';
import { articleMentions, highlightArticle, highlightSentence } from './mention-highlights';

describe('mention highlights', () => {
  it("collects an article's evidence sentences with the node they name", () => {
    expect(articleMentions(SAMPLE_SLICE, 'Article:a1')).toEqual([
      {
        nodeId: 'Actor:us',
        label: 'United States',
        sentence: 'The United States is escalating tension on the peninsula.',
        start: 0,
        end: 57,
        relation: 'MENTIONS',
      },
    ]);
    expect(articleMentions(SAMPLE_SLICE, 'Article:a2')).toEqual([]);
  });

  it('marks mentions case-insensitively, longest first, without overlaps', () => {
    const segs = highlightSentence('The united states and the United States Army met.', [
      { nodeId: 'Actor:us', label: 'United States' },
      { nodeId: 'Actor:army', label: 'United States Army' },
    ]);
    expect(segs).toEqual([
      { text: 'The ' },
      { text: 'united states', nodeId: 'Actor:us' },
      { text: ' and the ' },
      { text: 'United States Army', nodeId: 'Actor:army' },
      { text: ' met.' },
    ]);
  });

  it('returns the plain sentence when nothing matches', () => {
    expect(highlightSentence('Nothing here.', [{ nodeId: 'Actor:x', label: 'X' }])).toEqual([
      { text: 'Nothing here.' },
    ]);
    expect(highlightSentence('', [])).toEqual([{ text: '' }]);
  });

  it('marks evidence sentences in the full text by offsets and skips bad offsets', () => {
    const text = 'Intro. The United States is escalating tension. Outro.';
    const start = text.indexOf('The');
    const end = text.indexOf(' Outro');
    const segs = highlightArticle(text, [
      {
        nodeId: 'Actor:us',
        label: 'United States',
        sentence: '',
        start,
        end,
        relation: 'MENTIONS',
      },
      { nodeId: 'Actor:bad', label: 'x', sentence: '', start: 5, end: 9999, relation: 'MENTIONS' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.nodeId === 'Actor:us')?.text).toBe('United States');
    expect(
      segs
        .filter((s) => s.evidence === true)
        .map((s) => s.text)
        .join(''),
    ).toBe('The United States is escalating tension.');
  });
});
