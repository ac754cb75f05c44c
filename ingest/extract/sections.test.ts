import { describe, expect, it } from 'vitest';
import { articleSections, MAX_SECTIONS } from './sections';

describe('articleSections', () => {
  it('lower-cases, trims and deduplicates the topics in order', () => {
    expect(articleSections(['Top News', ' latest  news ', 'TOP NEWS', '', 'External'])).toEqual([
      'top news',
      'latest news',
      'external',
    ]);
  });

  it('keeps at most MAX_SECTIONS', () => {
    const topics = Array.from({ length: MAX_SECTIONS + 5 }, (_, i) => `Section ${i}`);
    expect(articleSections(topics)).toHaveLength(MAX_SECTIONS);
  });
});
