import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('rules from the blind actor sample (seed 20261212)', () => {
  it('reads an outlet head inside a longer body name as that body, not an outlet', () => {
    expect(
      keys(
        'Workers at the Pyongyang Daily Necessities Factory met. Choe Yong Rim visited the ' +
          'Taedonggang TV Set Factory. The AKP News Agency of Cambodia reported it.',
      ),
    ).toEqual([
      'organization:pyongyang-daily-necessities-factory',
      'person:choe-yong-rim',
      'organization:taedonggang-tv-set-factory',
      'outlet:akp',
      'country:cambodia',
    ]);
  });

  it('keys a network of or for something as an organization, a bare one as an outlet', () => {
    expect(
      keys(
        'The Peace Network of south Korea made public statements. The Kobe Network for Japan-DPRK ' +
          'Relations held a rally. The Myanmar paper The City News said so.',
      ),
    ).toEqual([
      'organization:peace-network-of-south-korea',
      'country:south-korea',
      'organization:kobe-network-for-japan-dprk-relations',
      'country:japan',
      'country:north-korea',
      'country:myanmar',
      'outlet:city-news',
    ]);
  });

  it('takes a plant named by what it makes as a company, not a power plant', () => {
    expect(
      keys(
        'Kim Jong Il gave field guidance to the Sinhung Machine Plant. Radioactive water leaked ' +
          'from the Fukushima Nuclear Power Plant.',
      ),
    ).toEqual(['person:kim-jong-il', 'organization:sinhung-machine-plant']);
  });

  it('takes a hospital as an actor only where it or its medical workers act', () => {
    expect(
      keys(
        "Medical workers at the Okryu Children's Hospital devote their sincerity. The Kim Man Yu " +
          'Hospital succeeded in the research. They toured the Pyongyang Maternity Hospital. The ' +
          'General Dental Hospital was newly furnished with new departments.',
      ),
    ).toEqual(['organization:okryu-childrens-hospital', 'organization:kim-man-yu-hospital']);
  });

  it('reads a role with a field word before it as an appositive (`, foreign minister of`)', () => {
    expect(
      keys(
        'Maxim Vladimirovich Ryzhenkov, foreign minister of the Republic of Belarus, arrived. ' +
          'Tani Baler Lopera, international secretary of the party, spoke.',
      ),
    ).toEqual([
      'person:maxim-vladimirovich-ryzhenkov',
      'country:belarus',
      'person:tani-baler-lopera',
    ]);
  });

  it('names the KFA beside its UK branch', () => {
    expect(keys('The Korean Friendship Association UK issued a statement.')).toEqual([
      'organization:korean-friendship-association-uk',
      'organization:korean-friendship-association',
      'country:united-kingdom',
    ]);
  });
});

describe('outlet heads that name places', () => {
  it('reads a command or police post as a place, a newspaper Post as an outlet', () => {
    expect(
      keys(
        'They looked round the Command Post of the Pochonbo Battle and the Military Post. The ' +
          'Bangkok Post on October 12 introduced it.',
      ),
    ).toEqual(['outlet:bangkok-post']);
  });
});

describe('sports federations named by their acronyms', () => {
  it('finds the ITF, AFC, EAFF, IBA and FIG inside their championships, one key per body', () => {
    expect(
      keys(
        'The 17th ITF Taekwon-Do World Championships opened. Jang Ung, president of the ' +
          'International Taekwon-Do Federation, spoke. The 2025 AFC U-17 Asian Cup, the EAFF U-15 ' +
          "Women's Championship, the IBA Youth World Boxing Championships and the 29th FIG " +
          'Acrobatic Gymnastics World Championship were held.',
      ),
    ).toEqual([
      'organization:itf',
      'person:jang-ung',
      'organization:afc',
      'organization:eaff',
      'organization:iba',
      'organization:fig',
    ]);
  });
});

describe('rules from the sixth code-blind actor sample (seed 20261501)', () => {
  it('reads a Korean name before any body head as part of the body, not a person', () => {
    expect(
      keys(
        'Om Ha Jin, rector of Pyongyang Kim Won Gyun Conservatory, attended. Workers of the ' +
          'Kim Jong Thae Electric Locomotive Complex met.',
      ),
    ).toEqual([
      'person:om-ha-jin',
      'organization:pyongyang-kim-won-gyun-conservatory',
      'organization:kim-jong-thae-electric-locomotive-complex',
    ]);
  });

  it('reads a listed body glued by a hyphen to the word before it as the tail of a longer name', () => {
    expect(
      keys(
        'The Paektusan Czech-Korean Friendship Association posted pictures. The All India ' +
          'Indo-Korean Friendship Association met. The Korean Friendship Association did too.',
      ),
    ).toEqual([
      'organization:paektusan-czech-korean-friendship-association',
      'country:czech-republic',
      'organization:all-india-indo-korean-friendship-association',
      'country:india',
      'organization:korean-friendship-association',
    ]);
  });

  it("keys a bare State Council in a text naming China as China's, also in a title", () => {
    expect(
      keys(
        'Zhang Dejiang, vice-premier of the State Council, arrived. The Chinese side hosted him.',
      ),
    ).toEqual(['person:zhang-dejiang', 'organization:state-council', 'country:china']);
    expect(
      keys(
        'Zhang Dejiang, vice-premier of the State Council of China, said the State Council met.',
      ),
    ).toEqual(['person:zhang-dejiang', 'organization:state-council-of-china', 'country:china']);
    expect(keys('The State Council of Ruritania met.')).not.toContain('organization:state-council');
  });

  it("reads a people's government as a body, also in a title", () => {
    expect(
      keys(
        "Wang Yulin, governor of the Jilin Provincial People's Government, came. The People's " +
          'Government of Dandong hosted a dinner.',
      ),
    ).toEqual([
      'person:wang-yulin',
      'organization:jilin-provincial-peoples-government',
      'organization:peoples-government-of-dandong',
    ]);
  });

  it('reads "the Truth behind" as part of a body name, like "the Truth about"', () => {
    expect(
      keys(
        'The North Side Headquarters of the Nationwide Special Committee for Probing the Truth ' +
          "behind the GIs' Crimes made public a statement.",
      ),
    ).toEqual([
      'organization:north-side-headquarters-of-the-nationwide-special-committee-for-probing-the-truth-behind-the-gis-crimes',
      'organization:nationwide-special-committee-for-probing-the-truth-behind-the-gis-crimes',
    ]);
  });
});
