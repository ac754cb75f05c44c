import { describe, expect, it } from 'vitest';
import { buildGazetteer, cleanOutletName } from '../gazetteer';
import { findActorMentions } from './actors';
import { findChineseNames } from './chinese-names';
import { findForeignActorMentions } from './multilingual-actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('Chinese names by their shape', () => {
  it('finds a family name with a two-syllable given name, or one syllable after a title', () => {
    expect(
      keys(
        'Present were Liu Hongcai, Chinese ambassador to the DPRK, and Sun Yanfeng, military attache. ' +
          'He met Meng Jianzhu Monday. Vice Admiral Tian Zhong arrived.',
      ),
    ).toEqual([
      'person:liu-hongcai',
      'country:china',
      'country:north-korea',
      'person:sun-yanfeng',
      'person:meng-jianzhu',
      'person:tian-zhong',
    ]);
  });

  it('skips English given names, bare one-syllable ones, run-on words and artwork titles', () => {
    const names = (text: string): string[] => findChineseNames(text, []).map((m) => m.surface);
    expect(
      names(
        'Sun Shine. He read Ma Jun. The Sun Yanfeng Square. The concerto "Liang Shanbo and Zhu Yingtai" ' +
          "and the opera 'Wang Zhaojun' were staged.",
      ),
    ).toEqual([]);
  });
});

describe('bodies recurring in the unlabelled pool', () => {
  it('reads orchestras, bands, choruses and publishing houses as bodies', () => {
    expect(
      keys(
        'The Unhasu Orchestra, the State Merited Chorus and the Samjiyon Band performed. ' +
          'The Foreign Languages Publishing House brought out a book.',
      ),
    ).toEqual([
      'organization:unhasu-orchestra',
      'organization:state-merited-chorus',
      'organization:samjiyon-band',
      'organization:foreign-languages-publishing-house',
    ]);
  });

  it('reads no body in a department store, and Union of Myanmar as the country', () => {
    expect(
      keys(
        'He visited the Pyongyang Department Store No. 1. Members of the Union Solidarity and ' +
          'Development Party, Union of Myanmar, came.',
      ),
    ).toEqual(['organization:union-solidarity-and-development-party', 'country:myanmar']);
  });

  it('knows the security forces, the DPRK Red Cross Society and the Palestinian authority', () => {
    expect(
      keys(
        "Soldiers of the Korean People's Internal Security Forces met the DPRK Red Cross Society. " +
          'The Palestinian National Authority (PNA) said.',
      ),
    ).toEqual([
      'organization:korean-peoples-internal-security-forces',
      'organization:dprk-red-cross-society',
      'country:north-korea',
      'organization:palestinian-national-authority',
      'country:palestine',
    ]);
  });

  it('reads a name with a prize inside, and one closed by a titled person, who stays an actor', () => {
    expect(
      keys(
        'Vishwanath, secretary general of the International Kim Il Sung Prize Council, came. The ' +
          'Preparatory Committee for Commemorating the Centenary of Birth of President Kim Il Sung met. ' +
          'The Youth Group for the Study of Works of Comrade Kim Il Sung met.',
      ),
    ).toEqual([
      'person:vishwanath',
      'organization:international-kim-il-sung-prize-council',
      'organization:preparatory-committee-for-commemorating-the-centenary-of-birth-of-president-kim-il-sung',
      'person:kim-il-sung',
      'organization:youth-group-for-the-study-of-works-of-comrade-kim-il-sung',
    ]);
  });

  it('reads a plant named with its country as a place, and works of writers as no company', () => {
    expect(
      keys(
        'Radioactive substances leaked at the Fukushima Nuclear Power Plant of Japan. Selected Works ' +
          'of Korean Classical Literature came out. The International Security Assistance Force (ISAF) ' +
          'killed civilians; ISAF denied it.',
      ),
    ).toEqual(['country:japan', 'organization:international-security-assistance-force']);
  });
});

describe('Spanish forms recurring in the pool', () => {
  it('names the party inside its Central Committee, and the Cabinet, not that of Cuba', () => {
    const spanish = (text: string): string[] => [
      ...new Set(findForeignActorMentions(text, gazetteer).map((m) => m.entry.key)),
    ];
    expect(
      spanish(
        'El secretario del Comité Central del Partido del Trabajo de Corea y el viceprimer ministro ' +
          'del Consejo de Ministros llegaron. Raul Castro, presidente del Consejo de Estado y de ' +
          'Ministros de Cuba, envió un mensaje.',
      ),
    ).toEqual([
      'organization:wpk-central-committee',
      'organization:workers-party-of-korea',
      'organization:dprk-cabinet',
      'person:raul-castro',
      'country:cuba',
    ]);
  });
});

describe('outlet names from the EUvsDisinfo list', () => {
  it('skips `Capital`, which KCNA writes only as a word', () => {
    expect([cleanOutletName('Capital'), cleanOutletName('Patriot')]).toEqual([
      undefined,
      'Patriot',
    ]);
  });
});

describe('a listed acronym after another body with its initials', () => {
  it('is that body when the text never spells out the listed one', () => {
    expect(
      keys(
        'Members of the Communist Party of Cuba came. They said the CPC stands firm. Kim Il Sung ' +
          'founded the Association for the Restoration of the Fatherland. The ARF grew.',
      ),
    ).toEqual([
      'organization:communist-party-of-cuba',
      'country:cuba',
      'person:kim-il-sung',
      'organization:association-for-the-restoration-of-the-fatherland',
    ]);
  });

  it('stays the listed body when the text spells it out, or writes it without its `the`', () => {
    expect(
      keys(
        'The Communist Party of China and the Communist Party of Colombia met; the CPC hosted it. ' +
          'The International Institute of Juche Idea grew. The IIJI decided.',
      ),
    ).toEqual([
      'organization:communist-party-of-china',
      'country:china',
      'organization:communist-party-of-colombia',
      'country:colombia',
      'organization:international-institute-of-juche-idea',
      'organization:international-institute-of-the-juche-idea',
    ]);
  });
});

describe("a listed body's acronym opening a name", () => {
  it('is the parent of the body named with it, and an actor too', () => {
    expect(
      keys(
        "The UN Relief and Works Agency condemned Israel. The PNA's Ministry of Prisoners' Affairs said.",
      ),
    ).toEqual([
      'organization:united-nations',
      'organization:un-relief-and-works-agency',
      'country:israel',
      'organization:palestinian-national-authority',
    ]);
  });
});

describe("a listed body's acronym the text introduces for another body", () => {
  it('is that body, not the parent of a name it opens', () => {
    expect(
      keys(
        'He is general secretary of the C.C., Communist Party of Vietnam (CPV). To Lam, general ' +
          'secretary of the CPV Central Committee, spoke.',
      ),
    ).toEqual(['organization:communist-party-of-vietnam', 'country:vietnam', 'person:to-lam']);
  });
});

describe("a writing's quoted title", () => {
  it('names no body found by pattern, as an artwork title does not', () => {
    expect(
      keys(
        'It contains reminiscence "First University for People Built According to the Idea of ' +
          'the Leader" and the work "On Improving Labor Administration" of Kim Il Sung.',
      ),
    ).toEqual(['person:kim-il-sung']);
  });
});

describe('Chongwadae', () => {
  it('is the south Korean presidential office where it acts, the building where it locates', () => {
    expect(keys('Chongwadae announced the reshuffle.')).toEqual(['organization:chongwadae']);
    expect(keys('They marched toward Chongwadae and rallied outside Chongwadae.')).toEqual([]);
  });
});

describe('Kojong', () => {
  it('is the listed Korean emperor, named by one word', () => {
    expect(keys('Ito met with Emperor Kojong and conveyed a draft "treaty".')).toEqual([
      'person:kojong',
    ]);
  });
});

describe('Red Cross bodies (sample actors-2026-12l)', () => {
  it('reads no ICRC in a bare Red Cross: talks, a national society, the federation', () => {
    expect(
      keys(
        'The DPRK proposed Red Cross talks. A delegation of the International Federation of Red ' +
          'Cross and Red Crescent Societies met the Japan Red Cross Society and the Red Cross ' +
          "Society of the Democratic People's Republic of Korea.",
      ),
    ).toEqual([
      'country:north-korea',
      'organization:international-federation-of-red-cross-and-red-crescent-societies',
      'country:japan',
      'organization:japan-red-cross-society',
      'organization:dprk-red-cross-society',
    ]);
    expect(keys('The ICRC and the International Committee of the Red Cross said.')).toEqual([
      'organization:international-committee-of-the-red-cross',
    ]);
  });
});

describe('health complexes (sample actors-2026-12l)', () => {
  it('are places where they are visited or shown, bodies where their people act', () => {
    expect(
      keys(
        'The paper carried pictures of the May Day Stadium and Changgwang Health Complex. He ' +
          'swam in the Chongchun Health Complex. A performance took place at the Indoor Swimming ' +
          'Pool Complex.',
      ),
    ).toEqual([]);
    expect(keys('Officials of the Undok Health Complex planted trees.')).toEqual([
      'organization:undok-health-complex',
    ]);
  });
});

/** The keys in order, for the rules below whose mentions come from several finders. */
const sortedKeys = (text: string): string[] => keys(text).sort();

describe('UN agencies by their full names', () => {
  it('are listed, and the UN written at the start of the name is an actor too', () => {
    expect(
      sortedKeys(
        'The atlas was made with the United Nations Population Fund. Bijaya Rajbhandari, ' +
          "representative of the Office of the United Nations Children's Fund, spoke.",
      ),
    ).toEqual([
      'organization:unicef',
      'organization:united-nations',
      'organization:united-nations-population-fund',
      'person:bijaya-rajbhandari',
    ]);
  });

  it('name no UN by an acronym alone', () => {
    expect(sortedKeys('Missions of UNFPA and UNEP laid wreaths.')).toEqual([
      'organization:united-nations-environment-programme',
      'organization:united-nations-population-fund',
    ]);
  });
});

describe('the Kyrgyz party with a quoted word in its name', () => {
  it('is one listed party, and its Central Council in a title is dropped', () => {
    expect(
      sortedKeys(
        'The chairman of the Central Council of the People Unity-"Kyrgys El" Republican ' +
          'Political Party of Kyrgyzstan said that ...',
      ),
    ).toEqual([
      'country:kyrgyzstan',
      'organization:people-unity-kyrgyz-el-republican-political-party',
    ]);
  });
});

describe('numbered units', () => {
  it('are found when KCNA writes them in lower case, keyed without a possessive before', () => {
    expect(
      sortedKeys(
        'The 32nd infantry division of the south Korean army announced drills. A plane of the ' +
          "Air Force's 16th combat air division crashed. He served the U.S. 7th armored division.",
      ),
    ).toEqual([
      'country:south-korea',
      'country:united-states',
      'organization:16th-combat-air-division',
      'organization:32nd-infantry-division',
      'organization:air-force',
      'organization:u-s-7th-armored-division',
    ]);
  });

  it('read no unit in a neighborhood unit of an address', () => {
    expect(
      sortedKeys(
        "He lives in People's Neighborhood Unit No. 24, Ungsang-dong. Unit 731 spread pest.",
      ),
    ).toEqual(['organization:unit-731']);
  });
});

describe('pool mining, session 17', () => {
  it('keys UNESCO written in full, its comma no longer cutting the name', () => {
    expect(
      sortedKeys(
        'Palestine joined the United Nations Educational, Scientific and Cultural Organization ' +
          '(UNESCO). Israel banned UNESCO representatives.',
      ),
    ).toEqual([
      'country:israel',
      'country:palestine',
      'organization:unesco',
      'organization:united-nations',
    ]);
  });

  it("keys the DPRK's Education Commission, in a title too, as one body however written", () => {
    expect(
      sortedKeys(
        'Present were Kim Yong Jin, chairman of the Education Commission, and officials. A message ' +
          'from the Education Commission of the DPRK was read out.',
      ),
    ).toEqual(['country:north-korea', 'organization:education-commission', 'person:kim-yong-jin']);
  });

  it('reads Pomminryon in the south headquarters as the alliance written in full', () => {
    expect(
      sortedKeys('The prosecution is linking the South Headquarters of Pomminryon with the case.'),
    ).toEqual([
      'organization:south-headquarters-of-the-pan-national-alliance-for-koreas-reunification',
    ]);
  });

  it('reads no body in the Taedonggang Diplomatic Corps Club, a venue', () => {
    expect(
      sortedKeys(
        'The embassy gave a reception at the Taedonggang Diplomatic Corps Club on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('reads a Juche study group named with the Songun policy after `and the` whole, not a second body', () => {
    expect(
      sortedKeys(
        'The chief of the French Group for the Study of the Juche Idea and the Songun Idea spoke. ' +
          'The British Group for the Study of the Juche Idea and the Songun Study Society met.',
      ),
    ).toEqual([
      'country:france',
      'country:united-kingdom',
      'organization:british-group-for-the-study-of-the-juche-idea',
      'organization:french-group-for-the-study-of-the-juche-idea-and-the-songun-idea',
      'organization:songun-study-society',
    ]);
  });
});

describe('currencies (sample actors-2026-12n)', () => {
  it('reads no country or body in a currency named after it', () => {
    expect(
      keys(
        'The deficit was 5.64 billion AU dollars (5.78 billion U.S. dollars), the Australian ' +
          'Bureau of Statistics said. Bankruptcies reached 252 billion yen (3.15 billion US dollars).',
      ),
    ).toEqual(['country:australia', 'organization:australian-bureau-of-statistics']);
  });

  it('keeps the country named otherwise, and a country that wins', () => {
    expect(
      keys('The U.S. imperialists paid 62 million U.S. dollars. Japan won the final.'),
    ).toEqual(['country:united-states', 'country:japan']);
  });
});

describe("south Korea's `puppet` ministries (sample actors-2026-12n)", () => {
  it("are south Korea's in a report that names the U.S. more, and so is a later bare one", () => {
    expect(
      keys(
        'The U.S. and south Korean drills were announced by the puppet Ministry of Defense. The ' +
          'U.S. forces, the U.S. side and the U.S. will join. A report of the Defense Ministry followed.',
      ),
    ).toEqual([
      'country:united-states',
      'country:south-korea',
      'organization:defence-ministry-of-south-korea',
    ]);
  });

  it('leave a ministry written with its country alone', () => {
    expect(
      keys('The U.S. Defense Ministry and the puppet Defense Ministry of south Korea met.'),
    ).toEqual([
      'organization:defence-ministry-of-united-states',
      'country:united-states',
      'organization:defence-ministry-of-south-korea',
      'country:south-korea',
    ]);
  });
});

describe('funds and the Americas (sample actors-2026-12n)', () => {
  it('reads a fund as a body, and the UN Population Fund as the listed UNFPA', () => {
    expect(
      keys(
        'It was attended by the Movement for Supporting the Army and the Russian Veterans Fund. ' +
          'A staff member of the UN Population Fund spoke.',
      ),
    ).toEqual([
      'organization:movement-for-supporting-the-army',
      'country:russia',
      'organization:russian-veterans-fund',
      'organization:united-nations-population-fund',
      'organization:united-nations',
    ]);
  });

  it('reads no United States in the American region', () => {
    expect(
      keys(
        'Speakers included a co-chairman of the American regional preparatory committee of Peru.',
      ),
    ).toEqual(['country:peru']);
  });
});

describe("a body's quoted name after its kind (sample actors-2026-12n)", () => {
  it('is part of the name (a person in it too; a country in it stays an actor); a listed body takes none', () => {
    expect(
      keys(
        'Hessou Kohovi, chairman of the Benin-Korea Amicable Association "Long Live Kim Jong Il, ' +
          'Supreme Leader", spoke. A letter came from the Communist Party "Russian Communists". ' +
          'The theme of the World Meteorological Organization "Climate for You" was marked.',
      ),
    ).toEqual([
      'person:hessou-kohovi',
      'country:benin',
      'organization:benin-korea-amicable-association-long-live-kim-jong-il-supreme-leader',
      'organization:communist-party-russian-communists',
      'country:russia',
      'organization:world-meteorological-organization',
    ]);
  });
});

describe("the DPRK's army and youth papers (pool mining, session 18)", () => {
  it('are listed outlets beside Rodong Sinmun', () => {
    expect(
      keys('The joint editorial of Rodong Sinmun, Joson Inmingun and Chongnyon Jonwi said so.'),
    ).toEqual(['outlet:rodong-sinmun', 'outlet:joson-inmingun', 'outlet:chongnyon-jonwi']);
  });
});
