import { describe, expect, it } from 'vitest';
import { densestWindowStart, distinctTerms, matchTerms, snippetOf } from './snippet';

const text =
  'The comments made a fool of the U.S., stating that the “Snowden” case, wiretapping of the leaders of European countries and other cases already laid bare the identity of the U.S. as a “global chieftain of hackers”, and the behavior of the U.S. – a “hacking empire” –tarnishing and criticizing China together with its allies.';

describe('snippetOf', () => {
  it('centres a window of about 160 characters on the matches, highlighting whole words', () => {
    const { snippet, highlights } = snippetOf(matchTerms(text, ['hacking', 'empire']));
    expect(snippet.length).toBeLessThanOrEqual(162);
    expect(snippet.startsWith('…')).toBe(true);
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['hacking', 'empire']);
  });

  it('matches at word starts only, case-insensitively, and extends prefixes to the word', () => {
    const { snippet, highlights } = snippetOf(
      matchTerms('Hackers hack; shacking is not hacking.', ['hack']),
    );
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual([
      'Hackers',
      'hack',
      'hacking',
    ]);
  });

  it('returns the start of the text without highlights when nothing matches', () => {
    expect(snippetOf(matchTerms('Short text.', ['absent']))).toEqual({
      snippet: 'Short text.',
      highlights: [],
    });
  });

  it('flattens white space without moving offsets and matches terms literally', () => {
    const { snippet, highlights } = snippetOf(
      matchTerms('line one\n\nu.s. (two)', ['u.s.', '(two)']),
    );
    expect(snippet).toBe('line one  u.s. (two)');
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['u.s.', '(two)']);
    expect(snippetOf(matchTerms('u.s. usxs', ['u.s.'])).highlights).toHaveLength(1);
  });

  it('produces no markup, so rendering cannot inject HTML', () => {
    const { snippet, highlights } = snippetOf(
      matchTerms('<script>alert(1)</script> empire', ['empire']),
    );
    expect(snippet).toContain('<script>');
    expect(snippet.slice(highlights[0]?.start, highlights[0]?.end)).toBe('empire');
  });
});

describe('matchTerms', () => {
  /** The per-query pattern it replaced, as the reference. */
  function reference(text: string, terms: readonly string[]) {
    const flat = text.replace(/\s/gu, ' ');
    const found = terms.flatMap((term, index) =>
      term === ''
        ? []
        : [
            ...flat.matchAll(
              new RegExp(
                `(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}\\p{N}]*`,
                'giu',
              ),
            ),
          ].map((m) => ({ range: { start: m.index, end: m.index + m[0].length }, term: index })),
    );
    found.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
    return { text: flat, matches: found };
  }

  it('finds what a per-query pattern finds, on random texts', () => {
    const words = [
      'Kim',
      'kimchi',
      'U.S.',
      'u.s',
      'aa',
      'aaa',
      '한글',
      '조선',
      'Über',
      'über',
      '(two)',
      'x2',
      '2x',
      '–',
      'émigré',
      '𝐀bc',
      'abc',
      // Its lower case is two units long: the text is then lowered character by character.
      'İstanbul',
      'istanbul',
    ];
    const terms = ['kim', 'u.s', 'aa', '조선', 'über', '(two)', '2', 'émi', 'abc', 'istanbul', ''];
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const gaps = [' ', '\n', '', '-', '. ', '\t'];
    let found = 0;
    for (let round = 0; round < 300; round += 1) {
      let text = '';
      for (let i = Math.floor(random() * 60); i > 0; i -= 1)
        text += `${words[Math.floor(random() * words.length)]}${gaps[Math.floor(random() * gaps.length)]}`;
      const chosen = terms.filter(() => random() < 0.4);
      const actual = matchTerms(text, chosen);
      found += actual.matches.length;
      expect(actual, `round ${round}: ${JSON.stringify(text)} ${chosen.join('|')}`).toEqual(
        reference(text, chosen),
      );
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('distinctTerms', () => {
  it('counts distinct terms found', () => {
    expect(distinctTerms(matchTerms(text, ['hacking', 'empire', 'absent']))).toBe(2);
  });
});

describe('densestWindowStart', () => {
  /** The exhaustive search it replaced, as the reference: every candidate against every match. */
  function reference(matches: ReturnType<typeof matchTerms>['matches'], width: number): number {
    let anchor = 0;
    let best = -1;
    for (const candidate of matches) {
      const inWindow = new Set(
        matches
          .filter(
            (m) =>
              m.range.start >= candidate.range.start &&
              m.range.end <= candidate.range.start + width,
          )
          .map((m) => m.term),
      ).size;
      if (inWindow > best) {
        best = inWindow;
        anchor = candidate.range.start;
      }
    }
    return anchor;
  }

  it('starts where the exhaustive search starts, on random texts', () => {
    const words = ['sanctions', 'missile', 'san', 'US', 'of', 'the', 'launch', 'miss', 'la'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const terms = ['san', 'missile', 'la', 'launch'];
    let found = 0;
    for (let round = 0; round < 300; round += 1) {
      const length = 1 + Math.floor(random() * 120);
      const text = Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(
        ' ',
      );
      const width = 10 + Math.floor(random() * 160);
      const { matches } = matchTerms(text, terms);
      found += matches.length;
      expect(densestWindowStart(matches, width), `round ${round}`).toBe(reference(matches, width));
    }
    expect(found).toBeGreaterThan(1000);
  });
});
