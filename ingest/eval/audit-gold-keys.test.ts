import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  auditArticle,
  auditText,
  buildKeyIndex,
  labelledTypes,
  malformation,
  type KeyFlag,
} from './audit-gold-keys';
import { labelFiles } from './gold-keys';
import type { GoldArticle, GoldFile } from './gold-types';

const index = buildKeyIndex();

type Labels = Pick<GoldArticle, 'actors' | 'citations' | 'quotes'>;
const article = (labels: Partial<Labels>): Labels => ({
  actors: [],
  citations: [],
  quotes: [],
  ...labels,
});
const brief = (flags: readonly KeyFlag[]): string[] =>
  flags.map((f) => `${f.kind} ${f.key}${f.suggested === undefined ? '' : ` -> ${f.suggested}`}`);

describe('malformation', () => {
  it('names what is wrong with a key, and nothing for a well-formed one', () => {
    expect(
      ['outlet:xinhua', 'xinhua', 'place:pyongyang', 'outlet:Xinhua', 'person:', 'outlet:한글'].map(
        malformation,
      ),
    ).toEqual([
      undefined,
      'no <kind>: prefix',
      'kind "place" is not one of country, organization, person, outlet, group',
      'slug is not slugified (slugify gives "xinhua")',
      'empty slug',
      undefined,
    ]);
  });
});

describe('auditArticle', () => {
  it('finds a gazetteer entity under another spelling, by surface, key name or hyphens', () => {
    const flags = auditArticle(
      article({
        actors: [
          { key: 'outlet:xinhua-news-agency', surface: ['Xinhua News Agency'] },
          { key: 'organization:rodong-sinmun', surface: ['Rodong Sinmun'] },
          { key: 'outlet:kyong-hyang-sinmun', surface: [] },
        ],
      }),
      index,
    );
    expect(brief(flags)).toEqual([
      'not-gazetteer-key outlet:xinhua-news-agency -> outlet:xinhua',
      'not-gazetteer-key organization:rodong-sinmun -> outlet:rodong-sinmun',
      'not-gazetteer-key outlet:kyong-hyang-sinmun -> outlet:kyonghyang-sinmun',
    ]);
  });

  it('finds one entity under two keys, and a body named with its country around it', () => {
    const flags = auditArticle(
      article({
        actors: [
          { key: 'outlet:tass', surface: ['TASS'] },
          { key: 'outlet:itar-tass', surface: ['ITAR-TASS'] },
          {
            key: 'organization:standing-committee-of-the-supreme-peoples-assembly-of-the-dprk',
            surface: ["Standing Committee of the Supreme People's Assembly of the DPRK"],
          },
        ],
      }),
      index,
    );
    expect(brief(flags)).toEqual([
      'two-keys outlet:itar-tass -> outlet:tass',
      'not-gazetteer-key organization:standing-committee-of-the-supreme-peoples-assembly-of-the-dprk -> organization:standing-committee-of-the-supreme-peoples-assembly',
    ]);
  });

  it('checks cited outlets and speakers against the actors, and one entry per key', () => {
    const flags = auditArticle(
      article({
        actors: [
          { key: 'outlet:kcna', surface: ['KCNA'] },
          { key: 'person:ri-myong-su', surface: ['Ri Myong Su'] },
        ],
        citations: [
          { outlet: 'outlet:kcna', how: 'reported', stance: 'neutral' },
          { outlet: 'outlet:kcna', how: 'quoted', stance: 'neutral' },
          { outlet: 'person:ri-myong-su', how: 'reported', stance: 'neutral' },
          { outlet: 'outlet:minju-joson', how: 'reported', stance: 'neutral' },
        ],
        quotes: [{ speaker: 'organization:wpk-central-committee', kind: 'ATTRIBUTES' }],
      }),
      index,
    );
    expect(brief(flags)).toEqual([
      'duplicate-key outlet:kcna',
      'citation-kind person:ri-myong-su',
      'citation-not-actor outlet:minju-joson',
      'speaker-not-actor organization:wpk-central-committee',
    ]);
  });

  it('checks a citation-only file by the gazetteer alone, names inside the cited phrase included', () => {
    const flags = auditArticle(
      article({
        citations: [
          { outlet: 'outlet:itar-tass', how: 'reported', stance: 'neutral', surface: 'ITAR-TASS' },
          {
            outlet: 'outlet:reuters-news-agency',
            how: 'reported',
            stance: 'neutral',
            surface: 'the British Reuters news agency',
          },
          {
            outlet: 'organization:u-s-national-security-council',
            how: 'statement',
            stance: 'neutral',
            surface: 'a spokesperson for the U.S. National Security Council',
          },
        ],
      }),
      index,
      labelledTypes({ labelled: ['citations'] }),
    );
    expect(brief(flags)).toEqual([
      'not-gazetteer-key outlet:itar-tass -> outlet:tass',
      'not-gazetteer-key outlet:reuters-news-agency -> outlet:reuters',
    ]);
  });

  it('flags a per-country ministry keyed with no country, an unknown country, a shared surface', () => {
    const flags = auditArticle(
      article({
        actors: [
          { key: 'organization:foreign-ministry', surface: ['Foreign Ministry'] },
          { key: 'country:ruritania', surface: ['Ruritania'] },
          { key: 'organization:unha-farm', surface: ['Unha and Jungak farms'] },
          { key: 'organization:jungak-farm', surface: ['Unha and Jungak farms'] },
        ],
      }),
      index,
    );
    expect(brief(flags)).toEqual([
      'body-without-country organization:foreign-ministry',
      'unknown-country country:ruritania',
      'key-not-from-surface organization:unha-farm',
      'key-not-from-surface organization:jungak-farm',
      'shared-surface organization:unha-farm + organization:jungak-farm',
    ]);
  });

  it('leaves keys the guide allows alone', () => {
    const flags = auditArticle(
      article({
        actors: [
          { key: 'organization:ministry-of-forestry', surface: ['DPRK Ministry of Forestry'] },
          { key: 'organization:ministry-of-navy', surface: ['Japanese Ministry of Navy'] },
          {
            key: 'organization:ministry-of-education-of-japan',
            surface: ['Ministry of Education of Japan'],
          },
          { key: 'country:korea', surface: ['Korea'] },
          { key: 'person:kim-yong-nam', surface: ['Kim Yong Nam', 'Kim'] },
          { key: 'outlet:bangkok-post', surface: ['the Bangkok Post'] },
          { key: 'organization:foreign-ministry-of-china', surface: ['Chinese Foreign Ministry'] },
          {
            key: 'organization:communist-party-of-canada-marxist-leninist',
            surface: ['Communist Party of Canada (Marxist-Leninist)'],
          },
        ],
      }),
      index,
    );
    expect(brief(flags)).toEqual([]);
  });
});

describe('auditText', () => {
  it('flags surfaces the body does not write and keys spelled from a later form', () => {
    const body =
      'Ri Chol Nam, chairman of the Sinhung Farm, met Kim Chol. Ri Chol said the\nSinhung Farm ... ';
    const flags = auditText(
      {
        actors: [
          { key: 'person:ri-chol', surface: ['Ri Chol Nam', 'Ri Chol'] },
          { key: 'person:kim-chol', surface: ['Kim Chol'] },
          { key: 'organization:sinhung-farm', surface: ['Sinhung Farm', 'S. Farm'] },
        ],
      },
      body,
      index,
    );
    expect(brief(flags)).toEqual([
      'key-not-first-written person:ri-chol',
      'surface-not-in-text organization:sinhung-farm',
    ]);
  });
});

describe('the gold and blind files', () => {
  it('hold no malformed key', () => {
    const malformed: string[] = [];
    for (const path of labelFiles()) {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
      parsed.articles.forEach((a, i) => {
        const keys = [
          ...a.actors.map((x) => x.key),
          ...(a.citations ?? []).map((c) => c.outlet),
          ...a.quotes.map((q) => q.speaker),
        ];
        for (const key of keys)
          if (malformation(key) !== undefined) malformed.push(`${basename(path)} #${i + 1} ${key}`);
      });
    }
    expect(malformed).toEqual([]);
  });
});
