import { describe, expect, it } from 'vitest';
import { buildGazetteer, cleanOutletName } from '../gazetteer';
import type { ExtractedArticle } from '../types';
import { createArticleExtractor } from './extract-article';
import { outletIdentity } from './outlet-names';

const gazetteer = buildGazetteer();
const extract = createArticleExtractor(gazetteer);
const article = (text: string): ExtractedArticle =>
  extract({
    title: 'Test',
    text,
    date: '2011-12-20',
    language: 'en',
    sourceName: 'KCNA',
    origin: { location: 'citations.test' },
  });
/** `key|how|stance` per citation, in text order. */
const cites = (text: string): string[] =>
  article(text).citations.map((c) => `${c.outletKey}|${c.how}|${c.stance}`);
const citedKeys = (text: string): string[] => [
  ...new Set(article(text).citations.map((c) => c.outletKey)),
];

describe('extractCitations: the forms of citing', () => {
  it.each([
    [
      'X said',
      'Rodong Sinmun said that the U.S. is the arch criminal of the division.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'X reported',
      'The south Korean KBS reported that more than 3 000 people held a rally in Seoul.',
      ['outlet:kbs|reported|neutral'],
    ],
    [
      'X commented',
      'Minju Joson commented that the drills are a grave provocation.',
      ['outlet:minju-joson|reported|neutral'],
    ],
    [
      'X wrote',
      'The Japan Times wrote that the cabinet was split over the plan.',
      ['outlet:japan-times|reported|neutral'],
    ],
    [
      'X noted',
      'ITAR-TASS noted that the Korean people are mourning his demise.',
      ['outlet:tass|reported|neutral'],
    ],
    [
      'X aired a report',
      'CCTV aired a report on the mourning of the Korean people on Monday.',
      ['outlet:cctv|reported|neutral'],
    ],
    [
      'coordinated outlets reported',
      'Xinhua news, People’s Daily and CCTV Monday reported about the notice issued in the DPRK.',
      [
        'outlet:xinhua|reported|neutral',
        'outlet:peoples-daily|reported|neutral',
        'outlet:cctv|reported|neutral',
      ],
    ],
    [
      'X on <date> carried an article',
      'The Egyptian newspaper Al-Misaiya on Feb. 22 carried an article titled "Kim Jong Il revered by the people".',
      ['outlet:al-misaiya|reported|neutral'],
    ],
    [
      'X makes this call in an editorial',
      'Rodong Sinmun Saturday makes this call in an editorial.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'X strikes out at ... in a commentary',
      'Rodong Sinmun Saturday in a bylined commentary strikes out at the south Korean warmongers.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'X editorially lashed out at',
      'The south Korean newspaper Hangyore on Dec. 23 editorially lashed out at the authorities.',
      ['outlet:hankyoreh|reported|neutral'],
    ],
    [
      'X elaborated on',
      'The Uruguayan paper La Juventud on Dec. 6 elaborated on the contributions she made.',
      ['outlet:la-juventud|reported|neutral'],
    ],
    [
      'X, with a long appositive, carried',
      "Tyokansan Sanomat, the organ of the Communist Workers' Party of Finland For the Peace and Socialism, on Sept. 1 carried an article.",
      ['outlet:tyokansan-sanomat|reported|neutral'],
    ],
    [
      'X on two days of a month aired',
      'The TV Broadcasting Service of Equatorial Guinea on April 14 and 15 repeatedly aired a program.',
      ['outlet:tv-broadcasting-service-of-equatorial-guinea|reported|neutral'],
    ],
    [
      'coordinated outlets, each with its descriptor',
      'Meanwhile, the Mexican newspaper Unidad Nacional and the Bangladeshi newspaper Blits carried special write-ups.',
      ['outlet:unidad-nacional|reported|neutral', 'outlet:blits|reported|neutral'],
    ],
    [
      'coordinated outlets, each with its date',
      'The Lao newspaper Congtap Pasason Lao on Aug. 23 and Ugandan newspaper Sun Rise on Aug. 25 carried photos of Kim Jong Il.',
      ['outlet:congtap-pasason-lao|reported|neutral', 'outlet:sun-rise|reported|neutral'],
    ],
    [
      'a spokesman for a ministry whose name starts with `the`',
      'A spokesman for the Foreign Ministry of Pakistan expressed the stand of the country.',
      ['organization:foreign-ministry-of-pakistan|statement|neutral'],
    ],
    [
      'a passive `is urged by` an article of X',
      'The need to foil the triangular military alliance is urged by a bylined article of Rodong Sinmun Monday.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'X in an article titled "..." likened',
      'The New York Times in an article titled "Understanding the Middle East through the Animal Kingdom" likened the U.S. to a lion.',
      ['outlet:new-york-times|reported|neutral'],
    ],
    [
      'the paper a press review introduces',
      'Following are major news items and articles in Rodong Sinmun, a leading newspaper of the DPRK, on Friday:',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'X quoted Y as saying (X is cited, not Y)',
      'Xinhua quoted a Chinese official as saying that the bilateral ties will grow stronger.',
      ['outlet:xinhua|reported|neutral'],
    ],
    [
      'X said: followed by its verbatim words',
      'Rodong Sinmun said:\nThe scheme of the warmongers will end in failure.',
      ['outlet:rodong-sinmun|quoted|neutral'],
    ],
    [
      'X says: followed by its words in the same sentence',
      'Minju Joson Saturday in a by-lined commentary says: The shooting was a grave provocation.',
      ['outlet:minju-joson|quoted|neutral'],
    ],
    [
      'a verbatim quotation before an inverted verb',
      '"The head of the DPRK delegation sent a notice to the south Korean military," reported Xinhua.',
      ['outlet:xinhua|quoted|neutral'],
    ],
    [
      'X says, and goes on: (the first verb decides)',
      'The drills are a provocation, Rodong Sinmun says, and goes on:\nThey must stop at once.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'according to X',
      'Two pilots were killed in the crash of a puppet air force plane, according to MBC of south Korea.',
      ['outlet:mbc|according-to|neutral'],
    ],
    [
      'according to X after an abbreviation’s dot (`U.S.`, `Feb.`)',
      'Total unemployed Americans were 13.3 million in November, according to survey data of the U.S. Labor Department on Dec. 2.',
      ['organization:labor-department|according-to|neutral'],
    ],
    [
      'according to a dated issue of X',
      "According to the Feb. 28 issue of China's People's Daily, a scholar said that the drills were a provocation.",
      ['outlet:peoples-daily|according-to|neutral'],
    ],
    [
      'inverted ..., reported X',
      'The puppet marine corps staged shelling drills near the islands, reported Yonhap.',
      ['outlet:yonhap|reported|neutral'],
    ],
    [
      '<paper> on Tuesday says in a commentary',
      'Minju Joson on Tuesday says in a commentary that the talks must resume at once.',
      ['outlet:minju-joson|reported|neutral'],
    ],
    [
      'outlets listed as also carrying the news, unknown names included',
      'This news was also reported by ITAR-TASS, Voice of Russia, Al Fazr Al-Jadid of Libya and AP.',
      [
        'outlet:tass|also-carried|neutral',
        'outlet:voice-of-russia|also-carried|neutral',
        'outlet:al-fazr-al-jadid|also-carried|neutral',
        'outlet:ap|also-carried|neutral',
      ],
    ],
    [
      'a single outlet that also reported (a report, not a listing)',
      'Xinhua also reported that a ceremony was held in Pyongyang on Dec. 20.',
      ['outlet:xinhua|reported|neutral'],
    ],
    [
      'the enumeration after a sentence saying media carried the news',
      'Other media and Internet websites of various countries carried similar reports.\nThey include People’s Daily, Bangkok Post of Thailand and Sudan News.',
      [
        'outlet:peoples-daily|also-carried|neutral',
        'outlet:bangkok-post|also-carried|neutral',
        'outlet:sudan-news|also-carried|neutral',
      ],
    ],
    [
      'a ministry spokesman answering a question',
      'A spokesman for the Foreign Ministry of the DPRK gave the following answer to a question raised by KCNA on Tuesday as regards the U.S. sanctions:',
      ['organization:foreign-ministry-of-north-korea|statement|neutral'],
    ],
    [
      'a ministry spokesman stating',
      'A spokesman for the Syrian Foreign Ministry refuted France’s groundless charge.',
      ['organization:foreign-ministry-of-syria|statement|neutral'],
    ],
    [
      'the paper heading a press review',
      'Following are major news items of the DPRK papers on Saturday:\n\nRodong Sinmun\n- A ceremony for moving into new houses took place in Unsan County.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'an institute of a ministry through its spokesperson (not the ministry named inside)',
      'A spokesperson for the Disarmament and Peace Institute of the Foreign Ministry of the DPRK released the following press statement on Friday:',
      [
        'organization:disarmament-and-peace-institute-of-the-foreign-ministry-of-the-dprk|statement|neutral',
      ],
    ],
    [
      'an outlet introduced as local media or a TV channel, after an inverted verb',
      'Four people were killed in a drone strike, reported local media Duniya. Seven were killed on Sunday, reported the local channel Ajj.',
      ['outlet:duniya|reported|neutral', 'outlet:ajj|reported|neutral'],
    ],
    [
      'an outlet that conveyed the news',
      "Kyodo News of Japan also conveyed news of the Korean people's mourning.",
      ['outlet:kyodo|reported|neutral'],
    ],
    [
      '`The homepage said` after the outlet just cited',
      'Jaju Minbo, an Internet newspaper of south Korea, posted an article on Tuesday. The homepage said that the authorities must apologize.',
      ['outlet:jaju-minbo|reported|neutral', 'outlet:jaju-minbo|reported|neutral'],
    ],
    [
      'a body releasing figures given before it',
      "Britain's trade deficit in October amounted to 1.6 billion pounds, the Office for National Statistics released on Friday.",
      ['organization:office-for-national-statistics|statement|neutral'],
    ],
    [
      'a ministry issuing a whitepaper',
      'The Defense Ministry of south Korea issued a "whitepaper on defence" in which it called the north the enemy.',
      ['organization:defence-ministry-of-south-korea|statement|neutral'],
    ],
    [
      'X made this call in an editorial',
      'Rodong Sinmun made this call in an editorial Saturday.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'X devotes an article',
      'Rodong Sinmun Saturday devotes a by-lined article to this anniversary.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
    [
      'something comes under fire by an article of X',
      'This comes under fire by a bylined commentary of Minju Joson Friday.',
      ['outlet:minju-joson|reported|neutral'],
    ],
    [
      'X gave wide publicity',
      'Gansu Provincial TV and Lanzhou TV gave wide publicity on several consecutive days to the performances.',
      ['outlet:gansu-provincial-tv|reported|neutral', 'outlet:lanzhou-tv|reported|neutral'],
    ],
    [
      'a listing of papers, each with its descriptor',
      'The gist of the work was reported by the Thai paper Xing San Daily, the Egyptian paper Al-Misaiya, the Bulgarian paper Narodna Tribuna and many other media.',
      [
        'outlet:xing-san-daily|reported|neutral',
        'outlet:al-misaiya|reported|neutral',
        'outlet:narodna-tribuna|reported|neutral',
      ],
    ],
  ])('cites %s', (_form, text, expected) => {
    expect(cites(text)).toEqual(expected);
  });

  it('gives a listed outlet the listing sentence as evidence', () => {
    const text = 'This sad news was also carried by Kyodo, Sudan News and AFP of France.';
    expect(article(text).citations.map((c) => c.evidence.sentence)).toEqual([text, text, text]);
  });
});

describe('extractCitations: outlets no list knows', () => {
  it.each([
    [
      'a demonym and a descriptor before the name',
      'The Nepalese weekly Janadesh carried an article titled "Defender of Socialism" on Dec. 10.',
      ['outlet:janadesh'],
    ],
    [
      'an appositive after the name',
      'Jaju Minbo, an Internet newspaper of south Korea, on Tuesday carried an article praising the leader.',
      ['outlet:jaju-minbo'],
    ],
    [
      'a trailing descriptor',
      'The Horoya newspaper said that the DPRK is a model of independence.',
      ['outlet:horoya'],
    ],
    [
      'two listed names joined by `and` before another descriptor',
      'Uruguayan newspaper La Juventud and Romanian newspaper Muncitoare carried articles.',
      ['outlet:la-juventud', 'outlet:muncitoare'],
    ],
    [
      'the name after a descriptor, not a place before it',
      'The Chinese Hong Kong magazine International Relations carried an article on Kim Jong Il.',
      ['outlet:international-relations'],
    ],
    [
      'the name with or without its suffix and country',
      'The Xinhua News Agency said that the mourning continued. China’s Xinhua reported that snow fell in Pyongyang.',
      ['outlet:xinhua'],
    ],
    [
      'a demonym before a listed outlet’s generic name (CCTV, not another country’s Central TV)',
      'The Chinese Central TV reported that a spokesman for the DPRK Foreign Ministry in a statement said it is self-evident.',
      ['outlet:cctv', 'organization:foreign-ministry-of-north-korea'],
    ],
    [
      'a press agency named like an organization',
      'The Guinean Agency of Press on June 6 reported that Korea will surely be reunified.',
      ['outlet:guinean-agency-of-press'],
    ],
    [
      'an appositive without an article',
      'Unidad Nacional, newspaper of Mexico, carried a special write-up with a photograph.',
      ['outlet:unidad-nacional'],
    ],
    [
      'an appositive naming a broadcasting service',
      'Voice of People, an Internet broadcasting service of south Korea, on May 13 carried an article condemning the police.',
      ['outlet:voice-of-people'],
    ],
    [
      'a demonym before a name the pattern finds',
      'On Friday, the Lebanese Nahar Daily reported that the talks were held in secret.',
      ['outlet:nahar-daily'],
    ],
    [
      'an appositive with `Internet` and no article',
      'Jaju Minbo, Internet newspaper of south Korea, posted an article slamming the puppet group.',
      ['outlet:jaju-minbo'],
    ],
    [
      'a party organ in apposition',
      "Pracheachon, the organ of the People's Party of Cambodia, on August 4 carried a special write-up.",
      ['outlet:pracheachon'],
    ],
    [
      'a dated issue',
      'The Sept. 9 issue of Nepal Today carried an article on the DPRK government.',
      ['outlet:nepal-today'],
    ],
    [
      'a numbered issue',
      'The 2nd issue of Serp I Molot carried a photo of the leader.',
      ['outlet:serp-i-molot'],
    ],
    [
      'the bare names of recurring foreign papers',
      'Ekota and Natun Katha carried articles telling about the undying feats of the President.',
      ['outlet:ekota', 'outlet:natun-katha'],
    ],
    [
      'a quoted name after its descriptor',
      'The south Korean internet broadcasting service "Voice of People" said this on March 26.',
      ['outlet:voice-of-people'],
    ],
  ])('recognizes the outlet from %s', (_form, text, expected) => {
    expect(citedKeys(text)).toEqual(expected);
  });

  it.each([
    [
      'a quoted title after `paper`',
      'It arrested students who presented paper "Songun politics and army-people unity" to a seminar.',
      [],
    ],
    ['an undated issue', 'The issue of Tok Islets was discussed.', []],
    [
      'an institute named for foreign policy',
      'The director of the Indian Institute for Foreign Policy Studies noted that the army is strong.',
      [],
    ],
    [
      'a name that ends in a number',
      'The publisher of the south Korean magazine Minjok 21 issued a statement on July 29.',
      ['outlet:minjok-21'],
    ],
    [
      'an issue of a paper its descriptor names',
      'The December issue of the Chinese Hong Kong magazine International Relations devoted a page to her.',
      ['outlet:international-relations'],
    ],
  ])('finds only the outlets named in %s', (_form, text, expected) => {
    const outlets = article(text).actors.filter((a) => a.kind === 'outlet');
    expect(outlets.map((a) => a.key)).toEqual(expected);
  });

  it('drops `Capital` from the external outlet list: it names ministries and bureaus here', () => {
    expect(cleanOutletName('Capital')).toBeUndefined();
  });

  it('finds no outlet in an enterprise name that holds an outlet head', () => {
    const got = article(
      'The Pyongyang Daily Necessities Factory and the Taedonggang TV Set Factory turn out consumer goods.',
    );
    expect(got.actors.filter((a) => a.kind === 'outlet').map((a) => a.key)).toEqual([]);
  });

  it('gives the Cambodian AKP one key under both its names', () => {
    expect(
      citedKeys(
        'The AKP News Agency of Cambodia, in an article carried in its bulletin, elaborated on the feats. The Cambodian AKP on June 8 reported details.',
      ),
    ).toEqual(['outlet:akp']);
  });

  it('makes a pattern-found cited outlet an actor of kind outlet', () => {
    const got = article('The Nepalese weekly Janadesh carried an article on the Songun politics.');
    expect(got.actors.filter((a) => a.key === 'outlet:janadesh').map((a) => a.kind)).toEqual([
      'outlet',
    ]);
  });

  it.each([
    ['the Xinhua News Agency', 'outlet:xinhua'],
    ['Granma newspaper', 'outlet:granma'],
    ['Rahasha', 'outlet:rahasha'],
    ['Hangyore', 'outlet:hankyoreh'],
    ['Kyunghyang Daily News', 'outlet:kyonghyang-sinmun'],
    ['Choongang Ilbo', 'outlet:joongang-ilbo'],
    ['Hankuk Ilbo', 'outlet:hankook-ilbo'],
    ['AKP News Agency', 'outlet:akp'],
    ['Jajuminbo', 'outlet:jaju-minbo'],
    ['Apsara Television', 'outlet:apsara-tv'],
    ['The Majodur', 'outlet:majodur'],
    ['Haaretz Daily', 'outlet:haaretz'],
    ['Blitz', 'outlet:blits'],
    ['Vremya Perementeve', 'outlet:vremya-perementeve'],
  ])('keys %s as %s', (name, key) => {
    expect(outletIdentity(name, gazetteer).key).toBe(key);
  });
});

describe('extractCitations: putting out words', () => {
  it.each([
    [
      'a ministry publishing figures',
      'The Commerce Ministry published figures showing that exports rose.',
      'organization:commerce-ministry|statement|neutral',
    ],
    [
      'a ministry making public that',
      'The Japan Police Agency made public that the death toll swelled to 6,405.',
      'organization:japan-police-agency|statement|neutral',
    ],
    [
      'statistics of a ministry showing',
      'Exports rose 42 percent, the statistics of the Commerce Ministry showed Friday.',
      'organization:commerce-ministry|statement|neutral',
    ],
    [
      'an outlet issuing a commentary',
      'Jaju Minbo, an internet newspaper of south Korea, issued a commentary on Jan. 28 denouncing the authorities.',
      'outlet:jaju-minbo|reported|neutral',
    ],
    [
      'an official of a ministry releasing a press statement',
      'Kim Son Gyong, vice-minister for International Organizations of the Foreign Ministry of the DPRK, released the following press statement on May 30:',
      'organization:foreign-ministry-of-north-korea|statement|neutral',
    ],
    [
      'the EU statistics office',
      "Construction output dropped by 1.3 percent, the European Union (EU)'s statistics bureau Eurostat said on Thursday.",
      'organization:eurostat|statement|neutral',
    ],
    [
      'an estimate of the European Commission',
      'Consumer confidence dropped, according to a flash estimate of the European Commission released on Friday.',
      'organization:european-commission|according-to|neutral',
    ],
    [
      'the subject of a passive publishing verb',
      'This was made public by the Commerce Ministry on Saturday.',
      'organization:commerce-ministry|reported|neutral',
    ],
  ])('cites %s', (_form, text, expected) => {
    expect(cites(text)).toEqual([expected]);
  });
});

describe('extractCitations: agencies named as committees', () => {
  it.each([
    [
      'According to data available from the Central Election Guidance Committee, 97.58 percent of the voters took part in the balloting.',
      ['organization:central-election-guidance-committee'],
    ],
    [
      'The Korean Committee for Cultural Relations with Foreign Countries said that the exhibition opened.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(citedKeys(text)).toEqual(expected);
  });
});

describe('extractCitations: contributed articles', () => {
  it('cites a paper carrying an article by its own staff', () => {
    expect(
      citedKeys(
        'The Dec. 26 issue of Nepali newspaper Charcha carried an article contributed by its editor-in-chief on the demise of Kim Jong Il.',
      ),
    ).toEqual(['outlet:charcha']);
  });

  it('gives the words after an outsider’s article to its contributor, citing nobody', () => {
    const got = article(
      'The south Korean paper Hangyore on Sept. 21 carried an article contributed by Pak Ki Hak, member of the institute.\n\nThe article accused the navy of lying.\n\nIt went on:\n\nThe navy should stop the construction.',
    );
    expect({
      cited: got.citations.map((c) => c.outletKey),
      quotes: got.quotes.map((q) => `${q.actorKey}|${q.kind}`),
    }).toEqual({ cited: [], quotes: ['person:pak-ki-hak|QUOTES'] });
  });
});

describe('extractCitations: a person’s work an outlet printed', () => {
  it.each([
    [
      'a part of a leader’s work',
      'The Nepali newspaper Charcha on July 25 carried the third part of General Secretary Kim Jong Il’s work "Let Us Carry Out the Instructions for National Reunification."',
      [],
    ],
    [
      'a whole work, the date after',
      'The Bangladeshi newspaper Blits carried leader Kim Jong Il\'s work "On Correctly Understanding the Originality of Kimilsungism" on June 30.',
      [],
    ],
    [
      'the paper’s own article about a work',
      'The Nepali newspaper Charcha on July 25 carried an article praising Kim Jong Il’s work on national reunification.',
      ['outlet:charcha'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(citedKeys(text)).toEqual(expected);
  });
});

describe('extractCitations: press reviews', () => {
  it('cites a heading line in a review whose items carry no bullets', () => {
    expect(
      citedKeys(
        'Pyongyang, September 20 (KCNA) -- Following are major news items and articles in leading newspapers here on Friday:\n\nAchievements have been made in various sectors.\n\nRodong Sinmun\n\nA ceremony for moving into new houses took place.\n\nMinju Joson\n\nAn editorial calls upon officials to redouble their efforts.',
      ),
    ).toEqual(['outlet:rodong-sinmun', 'outlet:minju-joson']);
  });

  it('leaves a lone outlet line outside a review uncited', () => {
    expect(
      citedKeys('The stamps were shown.\n\nRodong Sinmun\n\nThe ceremony took place.'),
    ).toEqual([]);
  });
});

describe('extractCitations: what is not a citation', () => {
  it.each([
    [
      'an outlet dismissing its staff',
      'KBS even dismissed those who raised some questions from the production team.',
    ],
    [
      'a polling company in apposition as an organ',
      'According to a survey released by Gallup, a public opinion survey organ of the U.S., 71 percent disapprove.',
    ],
    [
      'an outlet given an interview',
      'Kim Yong Nam said in an interview with Xinhua that the DPRK wants peace.',
    ],
    ['an outlet someone told something', 'The minister told AP that the talks will be resumed.'],
    [
      'a paper carrying someone’s contributed article',
      'The chairman said this in an article contributed recently to the British paper Financial Times.',
    ],
    [
      'a paper carrying an outsider’s article',
      'The south Korean paper Hangyore on Sept. 21 carried an article contributed by Pak Ki Hak, member of the institute, rejecting the assertion.',
    ],
    ['unnamed local media', 'Local media reported that the drills began on Monday.'],
    [
      'a body in the title of a named speaker, the verb after a phrase',
      'Ro Tu Chol, vice-premier and chairman of the State Planning Commission, in a report said that the tasks were set forth.',
    ],
    [
      'a body after `according to` a source that is no name',
      'According to the report aired on the radio, the CIA had tasked a team of officers.',
    ],
    [
      'a body in a clause before another subject',
      'The GNP passed the motion and staged the cyber attack on the Central Election Commission, the appeal noted.',
    ],
    [
      'a body in the title of a named speaker',
      'Peng Lin, director of the commercial company of the Hunan Radio, said that the visit was a success.',
    ],
    ['an individual', 'John Smith said that the sanctions will fail.'],
    [
      'a worker of a factory whose name holds an outlet head',
      'Worker of the Pyongyang Daily Necessities Factory Ri Kwang Su, 31, said that the talks must resume.',
    ],
    [
      'a body that is no outlet, ministry or agency',
      'The Korean Friendship Association said that the U.S. must stop its hostile policy.',
    ],
    [
      'an international body with an agency head',
      'The International Atomic Energy Agency said that the inspectors had left the site.',
    ],
    [
      'a ministry carrying out a plan',
      'The Ministry of Railways carried out its yearly transport plan ahead of schedule.',
    ],
    [
      'a ministry printing a map',
      'The Ministry of Navy printed a "Korean east sea map" in 1876 on the basis of survey results.',
    ],
    [
      'a map published by a ministry',
      'The Korean map published by the Army Ministry in 1875 shows Tok Islets as Korean territory.',
    ],
    [
      'a body whose theme a text follows',
      'Mass media provided people with knowledge according to the theme of the Commerce Ministry.',
    ],
    [
      'a former official of a body',
      'The former chief of the Legislation Bureau of the Japanese Cabinet said that Article 9 bans an army.',
    ],
    [
      'a former official releasing a statement',
      'The former director of the Foreign Ministry of the DPRK released a press statement on May 30.',
    ],
    [
      'a body an order is issued to',
      "Kim Jong Un, general secretary of the Workers' Party of Korea, issued an order to the Missile Administration to conduct a test-fire.",
    ],
    [
      'a body’s homepage',
      'The Sweden-Korea Friendship Association posted an article on its homepage. The homepage said that the DPRK is strong.',
    ],
    [
      'the publisher reporting',
      'KCNA reported on October 16 that the roads connected to the ROK have been completely blocked.',
    ],
  ])('leaves out %s', (_form, text) => {
    expect(cites(text)).toEqual([]);
  });

  it('leaves out the publisher asking its question and its dateline signature', () => {
    expect(
      citedKeys(
        'Pyongyang, December 20 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK gave the following answer to a question put by KCNA:',
      ),
    ).toEqual(['organization:foreign-ministry-of-north-korea']);
  });
});

describe('extractCitations: stance', () => {
  it.each([
    [
      'hostile: the outlet let loose a false report',
      'Yonhap let loose a false report that the DPRK fired missiles into the sea.',
      ['outlet:yonhap|reported|hostile'],
    ],
    [
      'hostile: the false report of the outlet is rejected',
      'The spokesman rejected the false report of the New York Times against his country.',
      ['outlet:new-york-times|reported|hostile'],
    ],
    [
      'hostile: the outlet is denounced for its misinformation',
      'The organizations denounced KBS for its misinformation about the strike.',
      ['outlet:kbs|reported|hostile'],
    ],
    [
      'endorsing: the outlet rightly pointed out',
      'Xinhua rightly pointed out that the U.S. is to blame for the tension.',
      ['outlet:xinhua|reported|endorsing'],
    ],
    [
      'neutral: the hostile words are the outlet’s own about someone else',
      'Rodong Sinmun said that the U.S. slandered the DPRK with a false report.',
      ['outlet:rodong-sinmun|reported|neutral'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(cites(text)).toEqual(expected);
  });
});
