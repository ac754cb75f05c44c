import { describe, expect, it } from 'vitest';
import { buildGazetteer, cleanOutletName, loadOutletList } from '../gazetteer';
import { aggregateActors, findActorMentions } from './actors';
import { splitSentences } from './sentences';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('findActorMentions', () => {
  it('maps aliases and demonyms to one canonical country', () => {
    expect(keys('The U.S., the United States and American forces')).toEqual([
      'country:united-states',
    ]);
    expect(keys('DPRK, DPR Korea and north Korea')).toEqual(['country:north-korea']);
    expect(keys('puppet south Korea, the south Korean puppets and the ROK')).toEqual([
      'country:south-korea',
    ]);
  });

  it('matches case-sensitively where it matters', () => {
    expect(keys('let us go with US troops')).toEqual(['country:united-states']);
    expect(keys('let us go')).toEqual([]);
  });

  it('leaves bare Korea/Korean and blocked phrases alone', () => {
    expect(keys('the Korean people on the Korean Peninsula')).toEqual([]);
    expect(keys('countries of Latin America')).toEqual([]);
  });

  it('keys `<demonym> Ministry of ...` without the demonym, which names the owner country', () => {
    expect(keys('reported the Vietnamese Ministry of Agriculture and Rural Development')).toEqual([
      'country:vietnam',
      'organization:ministry-of-agriculture-and-rural-development',
    ]);
    // Other heads keep the demonym: it is part of the name.
    expect(keys('the British Association for the Study of Songun Policy')).toEqual([
      'country:united-kingdom',
      'organization:british-association-for-the-study-of-songun-policy',
    ]);
  });

  it('reads `<Head> against ...` names, and region words that only modify a name', () => {
    expect(keys('the Swiss Committee against Zionism and Imperialism')).toEqual([
      'country:switzerland',
      'organization:swiss-committee-against-zionism-and-imperialism',
    ]);
    expect(keys('and the North American Committee against Zionism and Imperialism.')).toEqual([
      'organization:north-american-committee-against-zionism-and-imperialism',
    ]);
    // The blocked phrase still vetoes a bare head; a university named after a person is no person.
    expect(keys('the North American Group met at Kim Il Sung University')).toEqual([
      'organization:kim-il-sung-university',
    ]);
  });

  it('reads `and` inside a name and `Department` as a closing head only', () => {
    expect(keys('the Disaster Prevention and Mitigation Department reported')).toEqual([
      'organization:disaster-prevention-and-mitigation-department',
    ]);
    // `and` after a head joins two bodies; `Department of X` is an organ of X.
    expect(
      keys('workers of the Songdowon Foodstuff Factory and staff of Okryu Restaurant'),
    ).toEqual(['organization:songdowon-foodstuff-factory', 'organization:okryu-restaurant']);
    expect(keys('head of Department of the Political Faculty of University of Damascus')).toEqual([
      'organization:university-of-damascus',
    ]);
  });

  it('prefers the longest match and keeps a nested country', () => {
    // A country opening an organization's name is named as well (docs/annotation-rules.md).
    expect(keys('a spokesperson for the Chinese Foreign Ministry')).toEqual([
      'organization:foreign-ministry-of-china',
      'country:china',
    ]);
    expect(keys('the DPRK National Defence Commission')).toEqual([
      'organization:national-defence-commission',
      'country:north-korea',
    ]);
    expect(keys('the Foreign Ministry of the DPRK')).toEqual([
      'organization:foreign-ministry-of-north-korea',
      'country:north-korea',
    ]);
  });

  it('finds bodies, companies, outlets and known people', () => {
    expect(keys('the EU, NATO and the UN Security Council accused Microsoft')).toEqual([
      'organization:european-union',
      'organization:nato',
      'organization:un-security-council',
      // The parent named inside a sub-organ's name is an actor too.
      'organization:united-nations',
      'organization:microsoft',
    ]);
    expect(keys('ITAR-TASS, TASS and Rodong Sinmun')).toEqual([
      'outlet:tass',
      'outlet:rodong-sinmun',
    ]);
    expect(keys('the “Snowden” case')).toEqual(['person:edward-snowden']);
  });

  it('strips titles from Korean three-part names', () => {
    expect(keys('respected Comrade Choe Son Hui and Marshal Kim Jong Un')).toEqual([
      'person:choe-son-hui',
      'person:kim-jong-un',
    ]);
    expect(keys('Vice-Minister Ri Thae Song met')).toEqual(['person:ri-thae-song']);
  });

  it('does not take a place or a body named after a leader for the leader', () => {
    expect(keys('a rally at Kim Il Sung Square')).toEqual([]);
    // A university is a named organization (eval labelling rules), never its namesake.
    expect(keys('students of Kim Chaek University')).toEqual([
      'organization:kim-chaek-university-of-technology',
    ]);
    expect(keys('Kim Il Sung Socialist Youth League members')).toEqual([
      'organization:kim-il-sung-socialist-youth-league',
    ]);
  });

  it('names organizations by their head noun, without the place after it', () => {
    expect(keys('workers of the Soje Farm in Taedong County built houses')).toEqual([
      'organization:soje-farm',
    ]);
    expect(keys('the Chollima Tile Factory met its plan')).toEqual([
      'organization:chollima-tile-factory',
    ]);
    expect(
      keys('the Pyongyang Mission of the Anti-Imperialist National Democratic Front on Dec. 19'),
    ).toEqual(['organization:anti-imperialist-national-democratic-front']);
  });

  it('follows an acronym introduced in brackets, unless two bodies share it', () => {
    const text =
      'The National Aerospace Technology Administration (NATA) launched it. The NATA said so.';
    const nata = findActorMentions(text, gazetteer).filter((m) => m.surface === 'NATA');
    expect(nata.map((m) => m.entry.key)).toEqual([
      'organization:national-aerospace-technology-administration',
      'organization:national-aerospace-technology-administration',
    ]);
    expect(
      keys(
        'The Alpha Friendship Association (AFA) and Arctic Fishing Academy (AFA) met. AFA said.',
      ),
    ).toEqual(['organization:alpha-friendship-association', 'organization:arctic-fishing-academy']);
  });

  it('reads a name between a demonym and title before it and a weekday after it', () => {
    expect(keys('a message from Iranian President Mahmoud Ahmadinejad Saturday')).toEqual([
      'country:iran',
      'person:mahmoud-ahmadinejad',
    ]);
  });

  it('finds western names with a title, an appositive or a known first name', () => {
    expect(keys('Anders Kristensen, chairman of the association, said')).toContain(
      'person:anders-kristensen',
    );
    expect(keys('Prime Minister Naoto Kan resigned. Kan left.')).toEqual(['person:naoto-kan']);
    expect(keys('Edward Norton spoke')).toEqual(['person:edward-norton']);
    expect(keys('Northeast Asia Peace Forum')).not.toContain('person:northeast-asia');
  });

  it('finds named organizations and outlets by their head noun', () => {
    expect(keys('the chairman of the Denmark-DPRK Friendship Association')).toEqual([
      'country:denmark',
      'organization:denmark-dprk-friendship-association',
      'country:north-korea',
    ]);
    expect(keys('the Central Committee of the Communist Party of the Soviet Union')).toContain(
      'organization:communist-party-of-the-soviet-union',
    );
    expect(keys('Bangkok Post of Thailand')).toEqual(['outlet:bangkok-post', 'country:thailand']);
  });

  it('does not read a Korean village as an agency', () => {
    expect(keys('houses in Yonhap-ri')).toEqual([]);
  });
});

describe('aggregateActors', () => {
  it('gives one actor per key with counts, first offset, surface forms and evidence', () => {
    const text = 'China rejected it. The Chinese side and China again.';
    const actors = aggregateActors(findActorMentions(text, gazetteer), splitSentences(text));
    expect(actors).toHaveLength(1);
    const [china] = actors;
    expect(china).toMatchObject({
      key: 'country:china',
      kind: 'country',
      mentionCount: 3,
      firstOffset: 0,
    });
    expect(china?.aliases.slice(0, 2)).toEqual(['China', 'Chinese']);
    expect(china?.evidence).toMatchObject({ sentence: 'China rejected it.', start: 0, end: 18 });
  });
});

describe('outlet list loader', () => {
  it('cleans platform suffixes and drops unsafe names', () => {
    expect(cleanOutletName('RT Arabic - YouTube')).toBe('RT Arabic');
    expect(cleanOutletName('08:26')).toBeUndefined();
    expect(cleanOutletName('Agora')).toBeUndefined();
    expect(cleanOutletName('Vesti.ru')).toBe('Vesti.ru');
  });

  it('returns no entries for a missing file', () => {
    expect(loadOutletList('/nonexistent/outlets.txt')).toEqual([]);
  });

  it('keeps our own entries ahead of the external list', () => {
    const g = buildGazetteer({
      extra: [
        { key: 'outlet:china', name: 'China', kind: 'outlet', aliases: ['China'], priority: 10 },
      ],
    });
    expect(findActorMentions('China said', g).map((m) => m.entry.key)).toEqual(['country:china']);
  });
});
