import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];
const surfaces = (text: string, key: string): string[] =>
  findActorMentions(text, gazetteer)
    .filter((m) => m.entry.key === key)
    .map((m) => m.surface);

describe('actors by docs/annotation-rules.md', () => {
  it('finds Korean names no list holds by their shape', () => {
    expect(
      keys(
        'Present there were Ho Jong Man, chief vice-chairman, O Hye Ran, Pak To Chun and Mun In Guk. ' +
          'Yun Won Chol (male) and Kim Ran Mi (female) reached the standard. Present was Om Pong Guk, secretary.',
      ),
    ).toEqual([
      'person:ho-jong-man',
      'person:o-hye-ran',
      'person:pak-to-chun',
      'person:mun-in-guk',
      'person:yun-won-chol',
      'person:kim-ran-mi',
      'person:om-pong-guk',
    ]);
    // Hyphenated given names, and a one-syllable given name after a title.
    expect(keys('Lee Jae-myung met Vice-Minister Kim Chol on Monday.')).toEqual([
      'person:lee-jae-myung',
      'person:kim-chol',
    ]);
    // A minister of something before a one-syllable given name.
    expect(
      keys(
        'Present were Vice-Minister of Culture Han Chol and Minister of Defense Bello Mohammed.',
      ),
    ).toEqual(['person:han-chol', 'person:bello-mohammed']);
    // A manager's title, and a weekday right after a one-syllable given name.
    expect(keys('A delegation led by its Manager Ri Yong Monday visited the statue.')).toEqual([
      'person:ri-yong',
    ]);
  });

  it('does not read places, bodies named after people or capitalised words as Korean names', () => {
    const people = (text: string): string[] => keys(text).filter((k) => k.startsWith('person:'));
    expect(
      people(
        'Students of Kim Chaek University walked by the Han River. To Stand Against War is a song. ' +
          'He was a poet of Ri Dynasty. Kim Chol Iron Works grew. So Far We Met Him.',
      ),
    ).toEqual([]);
    // A unit named after a hero is not the hero.
    expect(keys('the Guards Hero Kim Ji Sang 56th Interceptor Group marched')).not.toContain(
      'person:kim-ji-sang',
    );
  });

  it('ends an organization name where a Korean name begins', () => {
    expect(keys('the Union of Agricultural Working People Ri Myong Gil referred to it')).toEqual([
      'organization:union-of-agricultural-working-people',
      'person:ri-myong-gil',
    ]);
  });

  it('links a surname-only mention to the full name before it, and keeps a titled surname alone', () => {
    const text =
      'The rule was sent by puppet Defense Minister Kim Kwan Jin and Lee Myung Bak. Kim took the post last year.';
    expect(surfaces(text, 'person:kim-kwan-jin')).toEqual(['Kim Kwan Jin', 'Kim']);
    // The nearest full name with that family name wins.
    expect(surfaces('Kim Yong Nam met Kim Ki Nam. Kim then left.', 'person:kim-ki-nam')).toEqual([
      'Kim Ki Nam',
      'Kim',
    ]);
    expect(keys('Prime Minister Kan told the committee that President Lee erred.')).toEqual([
      'person:kan',
      'person:lee',
    ]);
    // English-like surnames need a full name first and a place mid-sentence.
    expect(keys('Song of the General was sung. So the meeting ended.')).toEqual([]);
  });

  it('reads long `of` chains with comma lists as one organization', () => {
    expect(
      keys(
        'The Japanese Ministry of Education, Culture, Sports, Science and Technology approved it',
      ),
    ).toEqual([
      'country:japan',
      'organization:ministry-of-education-culture-sports-science-and-technology',
    ]);
  });

  it('reads `with`, `for`, `and of`, lower-case `south Korea` and a dated declaration in a chain', () => {
    expect(
      keys(
        'The African Regional Committee of Friendship and Solidarity with the Korean People said. ' +
          'The All-People Movement for Checking the Conclusion of the south Korea-U.S. Free Trade Agreement met. ' +
          'The Ministry of Agriculture, Animal Husbandry and Rural Development sent it.',
      ),
    ).toEqual([
      'organization:african-regional-committee-of-friendship-and-solidarity-with-the-korean-people',
      'organization:all-people-movement-for-checking-the-conclusion-of-the-south-korea-u-s-free-trade-agreement',
      'country:south-korea',
      'country:united-states',
      'organization:ministry-of-agriculture-animal-husbandry-and-rural-development',
    ]);
    // Koreans abroad name their body by the country; other bodies are only located there.
    expect(
      keys(
        'The Korean Youth League in Japan met. Workers of the Soje Farm in Taedong County reaped.',
      ),
    ).toEqual([
      'organization:korean-youth-league-in-japan',
      'country:japan',
      'organization:soje-farm',
    ]);
    // A ministry `of the DPRK` is written so; `University of Damascus of Syria` is located.
    expect(
      keys(
        'The Ministry of Land and Environment Protection of the DPRK said. He toured the University of Damascus of Syria.',
      ),
    ).toEqual([
      'organization:ministry-of-land-and-environment-protection-of-the-dprk',
      'country:north-korea',
      'organization:university-of-damascus',
      'country:syria',
    ]);
  });

  it('reads an organ written with its parent as both, and drops the organ named only in a title', () => {
    expect(
      keys(
        'The Regional Committee of the Overseas Side Committee for Implementing the June 15 Joint Declaration issued a statement. ' +
          'The Institute for American Studies of the Foreign Ministry of the DPRK released a press statement.',
      ),
    ).toEqual([
      'organization:regional-committee-of-the-overseas-side-committee-for-implementing-the-june-15-joint-declaration',
      'organization:overseas-side-committee-for-implementing-the-june-15-joint-declaration',
      'organization:institute-for-american-studies-of-the-foreign-ministry-of-the-dprk',
      'country:united-states',
      'organization:foreign-ministry-of-north-korea',
      'country:north-korea',
    ]);
    expect(
      keys('A member of the National Political Committee of the Brazilian Communist Party said.'),
    ).toEqual(['country:brazil', 'organization:brazilian-communist-party']);
    // An organ after `advisor to` or `of its` sits in a title; a numbered forum is a meeting.
    expect(
      keys(
        'Advisors to the Central Standing Committee of the Korean Youth League in Japan came. ' +
          'The minister left for the Fourth Eurasian Women’s Forum.',
      ),
    ).toEqual(['organization:korean-youth-league-in-japan', 'country:japan']);
    // An office, bureau or department named only in a title is an organ of some body.
    expect(
      keys(
        'Ri Chang Ho, director of the General Reconnaissance Bureau, came. The Mansudae Art Studio made it.',
      ),
    ).toEqual(['person:ri-chang-ho', 'organization:mansudae-art-studio']);
    // A party's congress is a meeting; `Soviet Union` is no parent of its own.
    expect(
      keys(
        "The Eighth Party Congress opened. The Congress of the Lao People's Revolutionary Party closed. " +
          'The Central Committee of the Communist Party of the Soviet Union met.',
      ),
    ).not.toContain('organization:soviet-union');
    expect(
      keys(
        'The Eighth Party Congress opened. The Congress of the Brazilian Communist Party closed.',
      ),
    ).toEqual(['country:brazil', 'organization:brazilian-communist-party']);
  });

  it('takes a person named inside a body or place name as part of that name', () => {
    expect(
      keys(
        'The Group of Youth for the Study of Kim Jong Il Juche Idea met at the Kim Jong Suk Library. ' +
          'Helicopters flew to Kim Jong Suk County. Pak Ui Chun Thursday met him.',
      ),
    ).toEqual([
      'organization:group-of-youth-for-the-study-of-kim-jong-il-juche-idea',
      'person:pak-ui-chun',
    ]);
  });

  it('keeps an enterprise that acts and leaves one that is only a place', () => {
    expect(
      keys(
        'Workers of the Sangwon Cement Complex have produced more cement. ' +
          'The Sodusu Power Station has produced a lot of electricity. ' +
          'A ceremony was held at the Okdok Farm in Yonsan County. ' +
          'The Ryongyon County Foodstuff Factory was newly built. ' +
          'Banquets were held at the Okryu Restaurant. The April 25 Sports Group won.',
      ),
    ).toEqual([
      'organization:sangwon-cement-complex',
      'organization:sodusu-power-station',
      'organization:april-25-sports-group',
    ]);
  });

  it('gives a ministry or cabinet written without its country the country the text is about', () => {
    expect(
      keys(
        'The Russian Foreign Ministry rejected the report, the Foreign Ministry said. Russia, Russia.',
      ),
    ).toEqual(['organization:foreign-ministry-of-russia', 'country:russia']);
    expect(
      keys(
        'The DPRK marked the day. Officers of the Ministry of National Defence and the Cabinet were present in the DPRK.',
      ),
    ).toEqual([
      'country:north-korea',
      'organization:defence-ministry-of-north-korea',
      'organization:dprk-cabinet',
    ]);
  });

  it('finds people by titles with a country, initials and long names, and new family names', () => {
    expect(
      keys(
        'He met Lao Ambassador to the DPRK Chaleune Warinthrasak and Brazilian President Dilma Vana Rousseff on Dec. 28. ' +
          'G. Zhuganov, chairman of the party, and Chen Yuan, managing director of the bank, came. ' +
          'Ku Kyong Sun, a section chief, spoke. No Kwang Chol was appointed.',
      ).filter((k) => k.startsWith('person:')),
    ).toEqual([
      'person:chaleune-warinthrasak',
      'person:dilma-vana-rousseff',
      'person:g-zhuganov',
      'person:chen-yuan',
      'person:ku-kyong-sun',
      'person:no-kwang-chol',
    ]);
    // A listed short form alone keys its group as written.
    expect(keys('the security strategy set by the Abe regime in 2013')).toEqual([
      'person:shinzo-abe',
      'group:abe-regime',
    ]);
  });

  it('finds numbered military units', () => {
    expect(
      keys(
        "Kim Jong Un inspected Unit 851 of the Korean People's Army. The U.S. formed a task force with the 20th Support Command of the U.S. Army and the 7th Fleet.",
      ),
    ).toEqual([
      'person:kim-jong-un',
      'organization:unit-851-of-the-korean-peoples-army',
      'organization:korean-peoples-army',
      'country:united-states',
      'organization:20th-support-command',
      'organization:u-s-army',
      'organization:7th-fleet',
    ]);
    expect(keys('They marked the 70th Army Day.')).toEqual([]);
    // An honorific name before the number belongs to the unit; the hero in it is no actor.
    expect(
      keys('The column of the Seoul Ryu Kyong Su Guards 105th Tank Division marched.'),
    ).toEqual(['organization:seoul-ryu-kyong-su-guards-105th-tank-division']);
  });

  it('makes `<leader> group` a group actor beside the person, surname forms included', () => {
    const text =
      'Minju Joson denounced the Lee Myung Bak group. The Lee group refuses it. The Kim Kon Hui-Yoon Suk Yeol group fled.';
    expect(keys(text)).toEqual([
      'outlet:minju-joson',
      'person:lee-myung-bak',
      'group:lee-myung-bak-group',
      'person:kim-kon-hui',
      'group:kim-kon-hui-yoon-suk-yeol-group',
      'person:yoon-suk-yeol',
    ]);
    expect(surfaces(text, 'group:lee-myung-bak-group')).toEqual([
      'Lee Myung Bak group',
      'Lee group',
    ]);
  });

  it('names the parent inside a sub-organ and drops sub-organs named only in titles', () => {
    expect(
      keys(
        "Kim Yong Nam, president of the Presidium of the DPRK Supreme People's Assembly, sent a message.",
      ),
    ).toEqual([
      'person:kim-yong-nam',
      'country:north-korea',
      'organization:supreme-peoples-assembly',
    ]);
    // Through a chain of organs in one title, too.
    expect(
      keys(
        "Pak Thae Song, member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea, spoke.",
      ),
    ).toEqual(['person:pak-thae-song', 'organization:workers-party-of-korea']);
    // A department named with its body: in a title it is no actor, acting it is.
    expect(
      keys(
        'Kim Yong Chol, director of the United Front Department of the WPK Central Committee, said.',
      ),
    ).toEqual(['person:kim-yong-chol', 'organization:workers-party-of-korea']);
    // An acting sub-organ stays, with its parent.
    expect(
      keys(
        "The Presidium of the DPRK Supreme People's Assembly issued a decree. The WPK Central Committee sent a message.",
      ),
    ).toEqual([
      'organization:presidium-of-the-supreme-peoples-assembly',
      'country:north-korea',
      'organization:supreme-peoples-assembly',
      'organization:wpk-central-committee',
      'organization:workers-party-of-korea',
    ]);
  });

  it('reads a capitalised plural title as a title, and an acting organ with each parent inside it', () => {
    expect(
      keys(
        'Members of the Presidium of the Political Bureau of the WPK Central Committee were present.',
      ),
    ).toEqual(['organization:workers-party-of-korea']);
    // A decision of the Political Bureau: it acts, and both organs written inside it are actors.
    expect(
      keys(
        "Troops went under the decision of the Political Bureau of the Central Committee of the Workers' Party of Korea.",
      ),
    ).toEqual([
      'organization:political-bureau-of-the-wpk-central-committee',
      'organization:wpk-central-committee',
      'organization:workers-party-of-korea',
    ]);
    // `Party Central Committee`, a convocation ordinal and the SPA Standing Committee.
    expect(
      keys(
        'It followed the order of the Party Central Committee. The Eighth Central Committee of the WPK met. The SPA Standing Committee submitted the drafts.',
      ),
    ).toEqual([
      'organization:wpk-central-committee',
      'organization:workers-party-of-korea',
      'organization:standing-committee-of-the-supreme-peoples-assembly',
      'organization:supreme-peoples-assembly',
    ]);
  });

  it('keys a branch as first written, and later forms of it the same', () => {
    const text =
      'Its chief is representative of the Italian Branch of the Korean Friendship Association. ' +
      'The Italian Branch of the KFA extends firm solidarity.';
    expect(keys(text)).toEqual([
      'country:italy',
      'organization:italian-branch-of-the-korean-friendship-association',
      'organization:korean-friendship-association',
    ]);
    // Named only in someone's title, the branch is no actor; its parent is.
    expect(
      keys('Its chief, chief of the Italian Branch of the Korean Friendship Association, said.'),
    ).toEqual(['country:italy', 'organization:korean-friendship-association']);
  });

  it('lets an acronym the text introduces win over a listed meaning of the same letters', () => {
    expect(
      keys(
        'It received a message from the Central Committee of the Communist Party of Vietnam (CPV). The CPV in the message expressed thanks.',
      ),
    ).toEqual([
      'organization:central-committee-of-the-communist-party-of-vietnam',
      'organization:communist-party-of-vietnam',
      'country:vietnam',
    ]);
  });

  it('reads `the north`, `the south` set against it, and pre-division `Korea`', () => {
    expect(
      keys(
        'They kicked up a war against the north. Tension is high between the north and the south.',
      ),
    ).toEqual(['country:north-korea', 'country:south-korea']);
    // Without the north, `the south` is a direction; `the north of` a region.
    expect(keys('Floods hit the south. Rain fell in the north of Iraq.')).toEqual(['country:iraq']);
    expect(keys('The U.S. bisected Korea into two parts. Korea is one nation.')).toEqual([
      'country:united-states',
      'country:korea',
    ]);
  });

  it("reads a body after KCNA's lower-case `south Korean` from `Korean`, an outlet after it", () => {
    expect(
      keys(
        'The south Korean Confederation of Trade Unions held a rally, the south Korean ' +
          'Kyunghyang Daily News said. The south Korean Ministry of Unification and the south ' +
          'Korean TV were silent.',
      ),
    ).toEqual([
      'country:south-korea',
      'organization:korean-confederation-of-trade-unions',
      'outlet:kyonghyang-sinmun',
      'organization:ministry-of-unification',
    ]);
    // The same body named elsewhere without `Korean`: that name is the body's.
    expect(
      keys(
        'The south Korean Human Rights Committee met. The Human Rights Committee of south Korea said.',
      ),
    ).toEqual(['country:south-korea', 'organization:human-rights-committee-of-south-korea']);
  });

  it('reads troupes, ensembles, teams, solidarity bodies and named services as organizations', () => {
    expect(
      keys(
        'The Mansudae Art Troupe performed. The April 25 Sports Team beat the Kigwancha Sports Team. ' +
          'The Solidarity for Progress of south Korea and the Union Solidarity and Development Party ' +
          'spoke. The Hydro-meteorological Service of the DPRK forecast rain.',
      ),
    ).toEqual([
      'organization:mansudae-art-troupe',
      'organization:april-25-sports-team',
      'organization:kigwancha-sports-team',
      'organization:solidarity-for-progress-of-south-korea',
      'country:south-korea',
      'organization:union-solidarity-and-development-party',
      'organization:hydro-meteorological-service-of-the-dprk',
      'country:north-korea',
    ]);
    // A chamber of a parliament; not any house of something.
    expect(
      keys(
        'Members of the U.S. House of Representatives met the House of Lords. The House of Kim.',
      ),
    ).toEqual([
      'country:united-states',
      'organization:house-of-representatives',
      'organization:house-of-lords',
    ]);
    // Service is a head only after a word that names what it serves.
    expect(keys('She was taken for the Women’s Volunteer Corps Service.')).toEqual([]);
  });

  it('keeps a factory wherever named, unless it was just built', () => {
    expect(
      keys(
        'Kim Jong Il gave field guidance at the Sinuiju Cosmetics Factory. ' +
          'The Ryongyon County Foodstuff Factory was newly built. Houses went up at the Okdok Farm.',
      ),
    ).toEqual(['person:kim-jong-il', 'organization:sinuiju-cosmetics-factory']);
  });

  it('takes the south Korean Intelligence Service for the NIS, and Buro Politico for no outlet', () => {
    expect(keys('The Intelligence Service of south Korea arrested him.')).toEqual([
      'organization:national-intelligence-service',
      'country:south-korea',
    ]);
    expect(keys('Kim Ki Nam, miembro del Buro Politico y del Buró Político')).toEqual([
      'person:kim-ki-nam',
    ]);
  });

  it('reads names with Arabic particles and two Dutch or German ones', () => {
    expect(
      keys(
        'Sudanese President Omar al-Bashir spoke. A message came from Hamad Bin Isa al-Khalifa, ' +
          'king of Bahrain. President Ursula von der Leyen replied.',
      ),
    ).toEqual([
      'country:sudan',
      'person:omar-al-bashir',
      'person:hamad-bin-isa-al-khalifa',
      'country:bahrain',
      'person:ursula-von-der-leyen',
    ]);
  });
});
