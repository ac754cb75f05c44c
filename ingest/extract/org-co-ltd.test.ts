import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const bodies = (text: string): string[] => [
  ...new Set(
    findActorMentions(text, gazetteer)
      .map((m) => m.entry.key)
      .filter((k) => k.startsWith('organization:')),
  ),
];

describe('a company written `<Name> Co., Ltd.` (annotation rules: companies are organizations)', () => {
  it('reads the name up to `Ltd`, with or without a place after it', () => {
    expect(
      bodies(
        'The medicine is manufactured by the Korea Pugang Pharmaceutic Co., Ltd. in Pyongyang.',
      ),
    ).toEqual(['organization:korea-pugang-pharmaceutic-co-ltd']);
    expect(
      bodies('In particular, the Asia-Pharma Co., Ltd. of Mongolia has ordered more.'),
    ).toEqual(['organization:asia-pharma-co-ltd']);
    expect(bodies('Interpetrol Co., Ltd sent a wreath.')).toEqual([
      'organization:interpetrol-co-ltd',
    ]);
  });

  it('needs a capitalised name before it', () => {
    expect(bodies('The goods came from a trading co., ltd. in the city.')).toEqual([]);
  });
});
