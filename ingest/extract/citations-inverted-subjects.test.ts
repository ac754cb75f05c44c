import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
/** The cited keys, once each, in text order. */
const cited = (text: string): string[] => [
  ...new Set(
    extract({
      title: 'Test',
      text,
      date: '2011-08-30',
      language: 'en',
      sourceName: 'KCNA',
      origin: { location: 'citations-inverted-subjects.test' },
    }).citations.map((c) => c.outletKey),
  ),
];

describe('extractCitations: coordinated inverted subjects', () => {
  it('reads every outlet of a listing that runs past the inverted clause', () => {
    expect(
      cited(
        'It is shame on the nation that the evil law still remains in force, said media including the Internet newspaper Jaju Minbo and Internet radio "Voice of People", calling for the earlier abolition of the law.',
      ),
    ).toEqual(['outlet:jaju-minbo', 'outlet:voice-of-people']);
  });

  it('stops the listing at a name that is not coordinated', () => {
    expect(
      cited(
        'The drills are a rehearsal for a war of aggression against the DPRK, reported the south Korean paper Hangyore on Tuesday quoting experts who studied the plan of the Foreign Ministry of Japan.',
      ),
    ).toEqual(['outlet:hankyoreh']);
  });
});

describe('extractCitations: an inverted subject named with an abbreviation', () => {
  it('reads a ministry past the dots of `U.S.` and a month', () => {
    expect(
      cited(
        'The U.S. total public debt is currently 14.9 trillion dollars, reported the U.S. Treasury Department on Nov. 10. The U.S. trade deficit dropped 2.6 percent in February, said the U.S. Commerce Department on April 12.',
      ),
    ).toEqual(['organization:treasury-department', 'organization:commerce-department']);
  });

  it('names no body when the clause after the verb is a person with initials', () => {
    expect(
      cited(
        'The progressive mankind highly estimates the idea, said K. P. Sharma, chief of the International Department of the party.',
      ),
    ).toEqual([]);
  });
});

describe('extractCitations: subjects before the verb', () => {
  it('reads the named outlets before `and other media said`', () => {
    expect(
      cited(
        'The U.S. forces buried defoliant in their base in 1978, Kyunghyang Daily News, Yonhap and other south Korean media said.',
      ),
    ).toEqual(['outlet:kyonghyang-sinmun', 'outlet:yonhap']);
  });

  it('reads a named outlet before `and major media reported`', () => {
    expect(
      cited('Following the newspaper, London Times and major Japanese media reported the gist.'),
    ).toEqual(['outlet:london-times']);
  });

  it('cites an outlet that `held that` or `chided`', () => {
    expect(
      cited(
        'The south Korean Internet paper Jaju Minbo on June 1 in an article held that the Korean nation will force the U.S. to pay for its crimes. The south Korean Hankuk Ilbo in its editorial on Feb. 28 chided the puppet military for its psychological warfare.',
      ),
    ).toEqual(['outlet:jaju-minbo', 'outlet:hankook-ilbo']);
  });

  it('does not read a meeting an outlet held as its words', () => {
    expect(cited('The south Korean paper Hangyore held a forum on media reform in Seoul.')).toEqual(
      [],
    );
  });
});

describe('extractCitations: outlets after a plural descriptor', () => {
  it('cites each paper of `Pakistani papers A and B carried`', () => {
    expect(
      cited(
        'The April 22nd issue of Pakistani papers Daily Assas and Al Akhbar carried articles titled "Extraordinary strategist".',
      ),
    ).toEqual(['outlet:daily-assas', 'outlet:al-akhbar']);
  });

  it('does not split names at a run of bare `and`s, where an `and` may be part of a name', () => {
    // The list knows Defence and Humanity (round 12), which bounds it; Tourism Era, which no list
    // knows, is not guessed from the run of `and`s.
    expect(
      cited(
        'The Feb. 10 and 11 issues of the Indian papers Defence and Humanity and Tourism Era carried articles praising him.',
      ),
    ).toEqual(['outlet:defence-and-humanity']);
  });
});
