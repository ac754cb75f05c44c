import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('organization names by docs/annotation-rules.md', () => {
  it('reads a comma list closed by `of <place>`, a month word and `into`/`about` in a chain', () => {
    expect(
      keys(
        "The Solidarity for Democracy, People's Life, Peaceful Reunification and Sovereignty of south Korea issued a statement. " +
          'The Society of April Revolution of south Korea held a meeting. ' +
          'A meeting of the Fact-Finding Group for the Probe into the Truth about the Forcible Drafting of Koreans took place.',
      ),
    ).toEqual([
      'organization:solidarity-for-democracy-peoples-life-peaceful-reunification-and-sovereignty-of-south-korea',
      'country:south-korea',
      'organization:society-of-april-revolution-of-south-korea',
      'organization:fact-finding-group-for-the-probe-into-the-truth-about-the-forcible-drafting-of-koreans',
    ]);
    // A month after `in` is a date; `into` after a verb joins no name.
    expect(
      keys(
        "The Socialist Party of Ukraine in July Juche 100 met. It turned the Provisional People's Committee of North Korea into the People's Committee of North Korea.",
      ),
    ).toContain('organization:socialist-party-of-ukraine');
    expect(
      keys(
        "It turned the Provisional People's Committee of North Korea into the People's Committee of North Korea.",
      ),
    ).not.toContain(
      'organization:provisional-peoples-committee-of-north-korea-into-the-peoples-committee-of-north-korea',
    );
  });

  it('keeps `in the <country>` for Koreans abroad, drops it as a place otherwise, reads `Mt.`', () => {
    expect(
      keys(
        'A spokesman for the Federation of Koreans in the United States issued a commentary. ' +
          'The Kangwon Provincial Institute of Agricultural Science in the DPRK has developed a strain.',
      ),
    ).toEqual([
      'organization:federation-of-koreans-in-the-united-states',
      'country:united-states',
      'organization:kangwon-provincial-institute-of-agricultural-science',
      'country:north-korea',
    ]);
    expect(
      keys(
        'A spokesman for the DPRK Guidance Bureau of Special Zone for International Tour of Mt. Kumgang gave an answer.',
      ),
    ).toContain(
      'organization:dprk-guidance-bureau-of-special-zone-for-international-tour-of-mt-kumgang',
    );
  });

  it('reads a conservatory as a body, `Senior` as no part of a name, a numbered unit whole', () => {
    expect(
      keys(
        'Photos showed the Pyongyang Kim Won Gyn Conservatory. Senior Party and government officials were present. ' +
          'The column of the Guards 2nd Torpedo Boat Group marched.',
      ),
    ).toEqual([
      'organization:pyongyang-kim-won-gyn-conservatory',
      'organization:guards-2nd-torpedo-boat-group',
    ]);
  });
});

describe('bodies side by side, with `U.S.`, and in song titles', () => {
  it('splits two schools or two bodies of one head joined by `and`, not a name with `and`', () => {
    expect(
      keys(
        'Students of Phyongbuk University of Technology and Sariwon Kye Ung Sang University of Agriculture volunteered. ' +
          'The Union Solidarity and Development Party won. The Korea-Cuba Friendship and Solidarity Committee met.',
      ),
    ).toEqual([
      'organization:phyongbuk-university-of-technology',
      'organization:sariwon-kye-ung-sang-university-of-agriculture',
      'organization:union-solidarity-and-development-party',
      'organization:korea-cuba-friendship-and-solidarity-committee',
      'country:cuba',
    ]);
  });

  it('reads a party named in generic words, not an organ so named', () => {
    expect(
      keys(
        'A spokesman for the Democratic Labor Party said so. The Political Bureau met. The UN secretary-general spoke.',
      ),
    ).toEqual(['organization:democratic-labor-party', 'organization:united-nations']);
  });

  it('drops a body named only as `its` organ in a title, and a numbered forum', () => {
    expect(
      keys(
        'Present was Pak Ku Ho, chairman of its Rights and Welfare Committee. They met at the 41st International Economic Forum.',
      ),
    ).toEqual(['person:pak-ku-ho']);
  });

  it("keeps KCNA's `U.S.` in an agency's name, not before a company or a school", () => {
    expect(
      keys('The U.S. Nuclear Security Agency announced a test. The U.S. Brown University said.'),
    ).toEqual([
      'country:united-states',
      'organization:u-s-nuclear-security-agency',
      'organization:brown-university',
    ]);
  });

  it('reads no body in a song title, but keeps one in an article title', () => {
    expect(
      keys(
        'Amid the playing of songs "I Will Live like a Star Following Party" and "Let\'s Defend Socialism", they danced. ' +
          'Xinhua carried an article titled "The Unphung Joint Venture Company, product of cooperation".',
      ),
    ).toEqual(['outlet:xinhua', 'organization:unphung-joint-venture-company']);
  });
});

describe('enterprises that act by docs/annotation-rules.md', () => {
  it('keeps a smeltery wherever named, like a factory', () => {
    expect(keys('The message went to the officials at the Manpho Smeltery.')).toEqual([
      'organization:manpho-smeltery',
    ]);
  });

  it('keeps a farm or mine whose sub-unit or people act, or that is a subject placed by `in`/`under`', () => {
    expect(
      keys(
        'The Ilhae Farm in Jongju City of North Phyongan Province has reaped rich harvest. ' +
          'The February 8 Jikdong Youth Coal Mine under the Sunchon Area Youth Coal Mining Complex has introduced new technology. ' +
          'The mechanic workshop of the Soksong Coal Mine brought about innovations. ' +
          'Working people of the workteam No. 2 of the Kangan Farm in Onsong County won the title.',
      ),
    ).toEqual([
      'organization:ilhae-farm',
      'organization:february-8-jikdong-youth-coal-mine',
      'organization:sunchon-area-youth-coal-mining-complex',
      'organization:soksong-coal-mine',
      'organization:kangan-farm',
    ]);
  });

  it('lets the items of a list act together, but not a list of places visited', () => {
    expect(
      keys(
        'Members of the motivation teams at the Sinhung Farm in Hanggu District, the Taedae Vegetable Farm in Waudo District and others have conducted activities.',
      ),
    ).toEqual(['organization:sinhung-farm', 'organization:taedae-vegetable-farm']);
    expect(
      keys(
        'Envoys visited the Taedonggang Pig Farm, the Taedonggang Terrapin Farm and the Taedonggang Beer Factory. The Okdok Farm in Yonsan County was newly built.',
      ),
    ).toEqual(['organization:taedonggang-beer-factory']);
  });
});

describe('forces and cliques by docs/annotation-rules.md', () => {
  it("reads a country's army, navy or air force as an organization, not `army and people`", () => {
    expect(
      keys(
        'A spokesman for the Pakistani army rejected the report. The Pakistan Army said so. ' +
          'A plane of the Russian air force flew close. The Russian army and people will win.',
      ),
    ).toEqual([
      'country:pakistan',
      'organization:pakistani-army',
      'country:russia',
      'organization:russian-air-force',
    ]);
  });

  it('makes `<leader> puppet clique` a group beside the person, keyed by a plain form when written', () => {
    expect(
      keys('The moves of the Zelenskiy puppet clique recall the Hitler fascist clique.'),
    ).toEqual([
      'person:volodymyr-zelensky',
      'group:zelenskiy-puppet-clique',
      'person:hitler',
      'group:hitler-fascist-clique',
    ]);
    expect(
      keys('The Lee Myung Bak puppet group lied. The Lee Myung Bak group is a traitor.'),
    ).toEqual(['person:lee-myung-bak', 'group:lee-myung-bak-group']);
  });
});

describe('people by docs/annotation-rules.md', () => {
  it('finds names with initials, after hyphenated titles and before a co- role', () => {
    expect(
      keys(
        'A delegation led by Vice-Minister Erlinda F. Basilio arrived. E. Sukhinin spoke. ' +
          'It was released by the Commissioner of Registrar General of India and Census C. Chandramauli. ' +
          'Present were Akihiro Harada, co-representative of the headquarters, and others.',
      ),
    ).toEqual([
      'person:erlinda-f-basilio',
      'person:e-sukhinin',
      'country:india',
      'person:c-chandramauli',
      'person:akihiro-harada',
    ]);
    // A section numeral is no initial, and `S. Korea` stays the country.
    expect(keys('Chapter V. Provision applies to S. Korea.')).toEqual(['country:south-korea']);
  });

  it('reads a sentence opening with a lone name and its role as a person named by surname', () => {
    expect(
      keys(
        'The crisis deepens. Bernanke, chairman of the Board of Governors, said so. Indeed, member of the board agreed.',
      ),
    ).toEqual(['person:bernanke']);
  });

  it('reads a lone name with a bare role after a lower-case word mid-sentence', () => {
    expect(
      keys('Some countries are giving Amano, director-general of the agency, short shrift.'),
    ).toEqual(['person:amano']);
    expect(keys('It is carried out, according to Casas, director of the department.')).toEqual([
      'person:casas',
    ]);
    // A list of titles: the field before `, the mayor of` or after `of` is no surname.
    expect(
      keys(
        'Present were the minister of Health, the mayor of the city and the bureau of Protocol, general bureau for affairs.',
      ),
    ).toEqual([]);
  });
});
