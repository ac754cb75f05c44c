import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { extractNarratives, isSloganCandidate, normalizeLabel } from './narratives';
import { splitSentences } from './sentences';

const gazetteer = buildGazetteer();

describe('narratives', () => {
  it('normalizes labels: lower case, straight apostrophes, no quotes', () => {
    expect(normalizeLabel('“Origin of the World’s Largest Cyber-Attack”')).toBe(
      "origin of the world's largest cyber-attack",
    );
  });

  it('keeps 2-6 word epithets and drops single words, names and sentences', () => {
    expect(isSloganCandidate('hacking empire', gazetteer)).toBe(true);
    expect(isSloganCandidate('global chieftain of hackers', gazetteer)).toBe(true);
    expect(isSloganCandidate('demonize', gazetteer)).toBe(false);
    expect(isSloganCandidate('anti-DPRK', gazetteer)).toBe(true);
    expect(isSloganCandidate('Global Times', gazetteer)).toBe(false);
    expect(isSloganCandidate('Ulsa Five-Point Treaty', gazetteer)).toBe(false);
    expect(isSloganCandidate('unification can come at midnight like a burglar', gazetteer)).toBe(
      false,
    );
  });

  it('extracts slogans with keys and evidence', () => {
    const text =
      'The U.S. – a “hacking empire” – and a “global chieftain of hackers”, a “hacking empire” again.';
    const out = extractNarratives(text, splitSentences(text), gazetteer);
    expect(out.map((n) => [n.key, n.kind])).toEqual([
      ['hacking-empire', 'slogan'],
      ['global-chieftain-of-hackers', 'slogan'],
    ]);
    expect(out[0]?.evidence).toMatchObject({
      start: 0,
      end: text.length,
      extractor: 'narratives/quoted-phrase',
    });
  });
});
