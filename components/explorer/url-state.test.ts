import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW_STATE } from '@/model/view-state';
import { historyKey, urlWithState } from './url-state';

describe('url state', () => {
  it('sets and removes s, keeping other parameters', () => {
    expect(urlWithState('/', '', 'abc')).toBe('/?s=abc');
    expect(urlWithState('/x', '?a=1&s=old', 'new')).toBe('/x?a=1&s=new');
    expect(urlWithState('/x', '?s=old', null)).toBe('/x');
  });

  it('ignores selection and query in the history key', () => {
    const base = { ...EMPTY_VIEW_STATE, seeds: ['Actor:a'] };
    expect(historyKey({ ...base, selected: 'Actor:a', query: 'q' })).toBe(historyKey(base));
    expect(historyKey({ ...base, layout: 'timeline' })).not.toBe(historyKey(base));
  });

  it('ignores the selected citation link, not the Citations view filters', () => {
    const base = { ...EMPTY_VIEW_STATE, view: 'citations' as const, citations: { minCount: 2 } };
    const link = { citing: 'Source:kcna', cited: 'Actor:outlet:tass' };
    expect(historyKey({ ...base, citations: { minCount: 2, link } })).toBe(historyKey(base));
    expect(historyKey({ ...base, citations: { minCount: 3 } })).not.toBe(historyKey(base));
    expect(historyKey({ ...base, citations: { link } })).toBe(
      historyKey({ ...EMPTY_VIEW_STATE, view: 'citations' }),
    );
  });
});
