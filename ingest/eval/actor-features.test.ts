import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../extract/actor-matcher';
import { splitSentences } from '../extract/sentences';
import { actorCandidates, extraCandidates, wordShape } from './actor-features';

const text =
  'PYONGYANG, May 3 (KCNA) -- Kim Jong Un met the Moranbong Sports Group of Pyongyang and Kim.\n' +
  'The Sunam Workshop of the Chongjin City Power Station sent a letter to the U.S. Embassy.';

function mention(
  surface: string,
  key: string,
  kind: 'person' | 'organization',
  extractor: string,
  from = 0,
): ActorMention {
  const start = text.indexOf(surface, from);
  return {
    start,
    end: start + surface.length,
    surface,
    entry: { key, name: surface, kind, aliases: [surface] },
    extractor,
    confidence: 0.9,
  };
}

const mentions = [
  mention('Kim Jong Un', 'person:kim-jong-un', 'person', 'actors/gazetteer'),
  mention(
    'Moranbong Sports Group of Pyongyang',
    'organization:moranbong-sports-group-of-pyongyang',
    'organization',
    'actors/org-pattern',
  ),
  mention('Kim', 'person:kim-jong-un', 'person', 'actors/surname-pattern', 80),
];
const sentences = splitSentences(text);

/** The features every extra span seen once has. */
const extraOnce = (kind: string): string[] => [
  'x:bias',
  `x:kind=${kind}`,
  'x:n=1',
  'x:rule=actors/model-span',
  `x:rule*kind=actors/model-span|${kind}`,
];

describe('actor model features', () => {
  it('describes each rule key from all its mentions', () => {
    expect(actorCandidates(text, mentions, sentences).map((c) => [c.key, c.features])).toEqual([
      [
        'person:kim-jong-un',
        [
          'bias',
          'kind=person',
          'n=2',
          'rule=actors/gazetteer',
          'rule*kind=actors/gazetteer|person',
          'prev=kcna',
          'next=met',
          'rule=actors/surname-pattern',
          'rule*kind=actors/surname-pattern|person',
          'prev=and',
          'next=$',
          'words=3+',
          'shape=Aa Aa Aa',
          'firstWord=kim',
          'head=un',
          'head*kind=un|person',
          'sentence=0',
          'key=person:kim-jong-un',
        ],
      ],
      [
        'organization:moranbong-sports-group-of-pyongyang',
        [
          'bias',
          'kind=organization',
          'n=1',
          'rule=actors/org-pattern',
          'rule*kind=actors/org-pattern|organization',
          'prev=the',
          'next=and',
          'capAfter',
          'words=3+',
          'shape=Aa Aa Aa a Aa',
          'firstWord=moranbong',
          'head=pyongyang',
          'head*kind=pyongyang|organization',
          'hasOf',
          'sentence=0',
          'key=organization:moranbong-sports-group-of-pyongyang',
        ],
      ],
    ]);
  });

  it('offers capitalised runs the rules do not key, after the dateline, in their own space', () => {
    expect(extraCandidates(text, mentions, sentences, 27).map((c) => [c.key, c.features])).toEqual([
      [
        'organization:moranbong-sports-group-of-pyongyang-and-kim',
        [
          ...extraOnce('organization'),
          'x:prev=the',
          'x:next=$',
          'x:words=3+',
          'x:shape=Aa Aa Aa a Aa a ',
          'x:firstWord=moranbong',
          'x:head=kim',
          'x:head*kind=kim|organization',
          'x:hasOf',
          'x:sentence=0',
          'x:overlapsRule',
        ],
      ],
      [
        'organization:sunam-workshop-of-the-chongjin-city-power-station',
        [
          ...extraOnce('organization'),
          'x:prev=the',
          'x:next=sent',
          'x:words=3+',
          'x:shape=Aa Aa a a Aa Aa Aa',
          'x:firstWord=sunam',
          'x:head=station',
          'x:head*kind=station|organization',
          'x:hasOf',
          'x:sentence=1-2',
        ],
      ],
      [
        'person:u-s-embassy',
        [
          ...extraOnce('person'),
          'x:prev=the',
          'x:next=$',
          'x:words=3+',
          'x:shape=A.A. Aa',
          'x:firstWord=u',
          'x:head=embassy',
          'x:head*kind=embassy|person',
          'x:sentence=1-2',
        ],
      ],
    ]);
  });

  it('folds a surface into its shape', () => {
    expect(['Kim Jong Un', 'U.S.', '124th', 'KCNA'].map(wordShape)).toEqual([
      'Aa Aa Aa',
      'A.A.',
      '0a',
      'A',
    ]);
  });
});
