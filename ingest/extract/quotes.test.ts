import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';
import { extractQuotes } from './quotes';
import { splitSentences } from './sentences';

const gazetteer = buildGazetteer();
const quotes = (text: string) =>
  extractQuotes(text, splitSentences(text), findActorMentions(text, gazetteer)).map(
    (q) => `${q.actorKey}|${q.kind}|${q.cue}`,
  );

describe('extractQuotes', () => {
  it('attributes reported speech to the subject, through `a spokesperson for`', () => {
    expect(
      quotes(
        'On July 20, a spokesperson for the Chinese Foreign Ministry said that the U.S. lies.',
      ),
    ).toEqual(['organization:foreign-ministry-of-china|ATTRIBUTES|said']);
  });

  it('prefers an outlet over a country demonym in the subject', () => {
    expect(
      quotes(
        'The Chinese media including “Global Times” commented one after another that it is a lie.',
      ),
    ).toEqual(['outlet:global-times|ATTRIBUTES|commented']);
  });

  it('treats `X said:` followed by paragraphs as verbatim quotes', () => {
    const out = quotes('Rodong Sinmun said:\nThe scheme will fail.\nIt must stop.');
    expect(out).toEqual(['outlet:rodong-sinmun|QUOTES|said']);
  });

  it('reads trailing attributions and `and goes on:`', () => {
    expect(
      quotes('The moves are reckless, Rodong Sinmun says, and goes on:\nThey will fail.'),
    ).toEqual(['outlet:rodong-sinmun|ATTRIBUTES|says', 'outlet:rodong-sinmun|QUOTES|goes on']);
  });

  it('resolves `the paper`, `he` and `the spokesperson` to earlier speakers', () => {
    expect(
      quotes(
        'Minju Joson said that the plan failed. The drills are a provocation, the paper noted.',
      ),
    ).toEqual(['outlet:minju-joson|ATTRIBUTES|said', 'outlet:minju-joson|ATTRIBUTES|noted']);
    expect(
      quotes(
        'Anders Kristensen, chairman of the group, said that it is right. It will win, he stressed.',
      ),
    ).toEqual([
      'person:anders-kristensen|ATTRIBUTES|said',
      'person:anders-kristensen|ATTRIBUTES|stressed',
    ]);
    expect(
      quotes(
        'Tin Tun, director of the institute, spoke. Saying that peace matters, the director went on:\nWe support it.',
      ),
    ).toEqual(['person:tin-tun|QUOTES|went on']);
  });

  it('finds `according to X` and inverted `reported X`', () => {
    expect(quotes('The troops were deployed in August, according to Yonhap News.')).toEqual([
      'outlet:yonhap|ATTRIBUTES|according to',
    ]);
    expect(
      quotes(
        '"The head of the delegation sent a notice to the south Korean military," reported Xinhua News of China.',
      ),
    ).toEqual(['outlet:xinhua|QUOTES|reported']);
  });

  it('attributes `The message said` to the sender, not the recipient', () => {
    const text =
      'Kim Jong Un received a message of greeting from Vladimir Putin on August 13.\nThe message said that the two countries are friends.';
    expect(quotes(text)).toEqual(['person:vladimir-putin|ATTRIBUTES|said']);
  });

  it('ignores non-speech uses of cue words', () => {
    expect(
      quotes(
        'The said remarks are an insult. The above-said story is old. Needless to say, it failed.',
      ),
    ).toEqual([]);
    expect(quotes('Member states of the EU met.')).toEqual([]);
  });

  it('does not make a country in a compound the speaker', () => {
    expect(
      quotes('The chairman of the Sweden-Korea Friendship Association said that the U.S. lost.'),
    ).toEqual(['organization:sweden-korea-friendship-association|ATTRIBUTES|said']);
  });

  it('needs a long quotation for QUOTES, not a scare-quoted epithet', () => {
    expect(
      quotes(
        'Exposing the U.S. as the “origin of the world’s largest cyber-attack”, Xinhua said that it lies.',
      ),
    ).toEqual(['outlet:xinhua|ATTRIBUTES|said']);
  });

  it('resolves `the president` to the person titled President, and `in a statement` to its sender', () => {
    expect(
      quotes(
        'Kim Jong Un received a message from Iranian President Mahmoud Ahmadinejad Saturday. The president in his message said he could not repress grief.',
      ),
    ).toEqual(['person:mahmoud-ahmadinejad|ATTRIBUTES|said']);
    expect(
      quotes(
        'The Sudanese government criticized in a statement Wednesday the U.S. decision. The sanctions are a violation, the statement said.',
      ),
    ).toEqual(['country:sudan|ATTRIBUTES|said']);
  });

  it('reads `He said in his speech: ...` as verbatim words of the only person named so far', () => {
    expect(
      quotes(
        'A huge crowd of many thousands of citizens welcomed President Kim Il Sung. He waved to the crowd. He said in his speech: All people must unite closely.',
      ),
    ).toEqual(['person:kim-il-sung|QUOTES|said']);
    // Two people named: `He` stays unresolved.
    expect(
      quotes(
        'A huge crowd of many thousands of citizens welcomed President Kim Il Sung and Kim Chol Ho. He waved to the crowd. He said in his speech: All people must unite.',
      ),
    ).toEqual([]);
  });

  it('attributes an unnamed official to the body named with the role', () => {
    expect(
      quotes(
        'The first secretary of the Central Committee of the Lao People’s Revolutionary Party vowed to work. The secretary said that the party will be strong.',
      ),
    ).toEqual(['organization:lao-peoples-revolutionary-party|ATTRIBUTES|said']);
  });
  it('gives plural documents to each sender an enumeration names, and `they` to them too', () => {
    expect(
      quotes(
        'Organizations sent letters to the mission. They included the Swiss Group for the Study of the Juche Idea and the Denmark-DPRK Friendship Association.\nThe cause will win, the letters noted.\nThe leader is great, they stressed.',
      ),
    ).toEqual([
      'organization:swiss-group-for-the-study-of-the-juche-idea|ATTRIBUTES|noted',
      'organization:denmark-dprk-friendship-association|ATTRIBUTES|noted',
      'organization:swiss-group-for-the-study-of-the-juche-idea|ATTRIBUTES|stressed',
      'organization:denmark-dprk-friendship-association|ATTRIBUTES|stressed',
    ]);
  });

  it('gives plural documents to coordinated senders named before the send verb', () => {
    expect(
      quotes(
        'The Swiss Group for the Study of the Juche Idea and the Denmark-DPRK Friendship Association sent messages.\nThe cause will win, the messages said.',
      ),
    ).toEqual([
      'organization:swiss-group-for-the-study-of-the-juche-idea|ATTRIBUTES|said',
      'organization:denmark-dprk-friendship-association|ATTRIBUTES|said',
    ]);
  });

  it('leaves `they` and plural documents unresolved without named plural speakers', () => {
    expect(
      quotes('Speakers at the rally said that Japan must apologize. It is pending, they said.'),
    ).toEqual([]);
    expect(
      quotes('Different organizations sent letters.\nThe cause will win, the letters noted.'),
    ).toEqual([]);
  });

  it('takes a pronoun right before the verb as its subject, not a name earlier in the span', () => {
    expect(
      quotes(
        'Rodong Sinmun said that the plan failed. Victory is sure under Kim Jong Un. it stressed.',
      ),
    ).toEqual(['outlet:rodong-sinmun|ATTRIBUTES|said', 'outlet:rodong-sinmun|ATTRIBUTES|stressed']);
  });

  it('gives a review item to the paper whose heading line is above it', () => {
    expect(
      quotes(
        'Rodong Sinmun\n\n- An article says that the struggle must go on.\n\nMinju Joson\n\n- A political essay says that officials should serve the people.\n\n- Another article notes that the U.S. is a criminal state.',
      ),
    ).toEqual([
      'outlet:rodong-sinmun|ATTRIBUTES|says',
      'outlet:minju-joson|ATTRIBUTES|says',
      'outlet:minju-joson|ATTRIBUTES|notes',
    ]);
  });

  it('never resolves `he` to an outlet', () => {
    expect(
      quotes(
        'A lawmaker held a press conference, the south Korean Yonhap News reported. He said that the report confirmed the fact.',
      ),
    ).toEqual(['outlet:yonhap|ATTRIBUTES|reported']);
  });

  it('takes `according to` in the sense of `in line with` as no source', () => {
    expect(
      quotes(
        'According to the newly revised scenario for a war against the north, 30 000 troops have entered into exercises. The construction is under way according to the plan of Kim Jong Il.',
      ),
    ).toEqual([]);
    expect(quotes('Exports rose, according to a survey of Xinhua.')).toEqual([
      'outlet:xinhua|ATTRIBUTES|according to',
    ]);
  });

  it('gives no body the words of its former official', () => {
    expect(
      quotes(
        'The former chief of the Legislation Bureau of the Japanese Cabinet said:\nArticle 9 bans an army.',
      ),
    ).toEqual([]);
  });

  it('reads `It goes without saying that` as no speech', () => {
    expect(
      quotes('Xinhua reported the news. It goes without saying that the plan will fail.'),
    ).toEqual([]);
  });

  it('skips a participle phrase between the subject and the verb', () => {
    expect(
      quotes(
        'Prime Minister of Japan Kishida spoke in the Diet. The prime minister, referring to the existence of the Japan Self-Defense Forces, stressed that the revision is an important work.',
      ),
    ).toEqual(['person:fumio-kishida|ATTRIBUTES|stressed']);
  });

  it('resolves `the king` and a sentence-initial participle to the person named before', () => {
    expect(
      quotes(
        'Cambodian King Norodom Sihamoni met the ambassador. The relations have been developed, the king said, adding:\nWe will grow stronger.\nSaying that the ties are historic, he thanked the guests.',
      ),
    ).toEqual([
      'person:norodom-sihamoni|ATTRIBUTES|said',
      'person:norodom-sihamoni|QUOTES|adding',
      'person:norodom-sihamoni|ATTRIBUTES|Saying',
    ]);
  });

  it('reads `he` past sentences about the same `he` to the subject named before them', () => {
    expect(
      quotes(
        'Kim Jong Un gave field guidance on September 29. He was accompanied by Jo Yong Won. He repeatedly stressed that the task is urgent.',
      ),
    ).toEqual(['person:kim-jong-un|ATTRIBUTES|stressed']);
  });

  it('resolves `According to the spokesman` to the body he speaks for', () => {
    expect(
      quotes(
        'A spokesman for the Chinese Foreign Ministry released the results on Sunday. According to the spokesman, the drone took off from the island.',
      ),
    ).toContain('organization:foreign-ministry-of-china|ATTRIBUTES|According to');
  });

  it('takes a quotation closed before a trailing `the paper said` as verbatim', () => {
    expect(
      quotes(
        'Rodong Sinmun reported the drill. During the practice, "the missile forces performed the project with accuracy and achieved distinctive results," the paper said.',
      ),
    ).toContain('outlet:rodong-sinmun|QUOTES|said');
  });

  it('needs `that` after a sentence-initial participle', () => {
    expect(
      quotes(
        'Commenting on his remarks, a news analyst of Rodong Sinmun says:\nThe remarks are false.',
      ),
    ).toEqual(['outlet:rodong-sinmun|QUOTES|says']);
  });

  it('reads `The following is the X commentary titled "...":` as X quoting verbatim', () => {
    expect(
      quotes(
        'The following is the Rodong Sinmun commentary titled "Do not spout absurd remarks":\nThe scheme will fail.',
      ),
    ).toEqual(['outlet:rodong-sinmun|QUOTES|The following is']);
    expect(quotes('The following is the full text of the letter:\nWe thank you.')).toEqual([]);
  });

  it('takes the speaker before `told X:`, and an inverted speaker up to a time phrase', () => {
    expect(
      quotes(
        'Kim Hyon Bok, a 51-year-old woman living in Pyongyang, told KCNA:\n"Leader Kim Jong Il provided our people with good dwelling houses and much more."',
      ),
    ).toEqual(['person:kim-hyon-bok|QUOTES|told']);
    expect(
      quotes(
        'Bulgaria supports all efforts made by the DPRK, said President Georgi Parvanov on October 20 when receiving credentials from the ambassador.',
      ),
    ).toEqual(['person:georgi-parvanov|ATTRIBUTES|said']);
  });

  it('gives the words of an unnamed official of a country to the country', () => {
    expect(
      quotes('The defense minister of Syria declared that the armed forces will remain loyal.'),
    ).toEqual(['country:syria|ATTRIBUTES|declared']);
    expect(
      quotes('The head of the DPRK side delegation declared that the talks would go on.'),
    ).toEqual([]);
  });

  it('gives a participle after a clause that clause’s subject, not a list item’s', () => {
    expect(
      quotes(
        'When the issue appeared, Britain and Australia reportedly took a skeptical view, pointing out that Japan failed to protect information.',
      ),
    ).toEqual([
      'country:united-kingdom|ATTRIBUTES|pointing out',
      'country:australia|ATTRIBUTES|pointing out',
    ]);
    expect(
      quotes(
        'On July 19, the Western forces including the U.S., EU and NATO blamed China for the attack, asserting that China was behind it.',
      ),
    ).toEqual([]);
  });

  // A participle after a pronoun's speech clause goes on with the pronoun's words, never with
  // the first clause's subject, which is what those words are about.
  it.each([
    [
      '`it charged, adding:` is the editorial speaking before',
      'On Nov. 23 the police fired water cannons, Hangyore noted.\nThe Police Agency ordered local police offices to use water cannons, it charged, adding:\nThe chief stirred up violence.',
      ['outlet:hankyoreh|ATTRIBUTES|noted', 'outlet:hankyoreh|QUOTES|adding'],
    ],
    [
      '`he said, adding that` with no body for `he` is no body’s',
      'The army chief rejected the demand. The Haqqani Network is based in Kunar province, he said, adding that military operation is no solution.',
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(
      quotes(text).filter((q) => q.startsWith('outlet:') || q.startsWith('organization:')),
    ).toEqual(want);
  });

  it('gives the words of a body to it, not to a parent named inside its name', () => {
    expect(
      quotes(
        'A spokesperson for the Disarmament and Peace Institute of the Foreign Ministry of the DPRK released the following press statement:\nThe drills are a provocation.',
      ),
    ).toEqual([
      'organization:disarmament-and-peace-institute-of-the-foreign-ministry-of-the-dprk|QUOTES|released the following',
    ]);
  });

  it('reads a trailing verb followed by a time phrase (`..., X reported Thursday.`)', () => {
    expect(
      quotes(
        'The trade deficit remained unchanged in August, the Commerce Department reported Thursday.',
      ),
    ).toEqual(['organization:commerce-department|ATTRIBUTES|reported']);
  });

  it('resolves `The organization said` to the body a recent sentence opened with', () => {
    expect(
      quotes(
        'The Council of Christian Churches in south Korea held a press conference outside the Defense Ministry on Monday.\nThe organization said that the authorities must apologize.',
      ),
    ).toEqual(['organization:council-of-christian-churches-in-south-korea|ATTRIBUTES|said']);
    expect(
      quotes('Workers rallied near the Defense Ministry.\nThe union said that it would strike.'),
    ).toEqual([]);
  });

  it('gives `the commentary said` to the body that issued it when no outlet is named', () => {
    expect(
      quotes(
        'A spokesperson for the Democratic Labor Party of south Korea issued a commentary on Nov. 24.\nThe police are getting hell-bent on repression, the commentary said.',
      ),
    ).toEqual(['organization:democratic-labor-party-of-south-korea|ATTRIBUTES|said']);
  });

  it('gives `The article said` to the outlet named since the last speaker spoke', () => {
    expect(
      quotes(
        'The Russian paper Pravda carried an article. The article said:\nThe DPRK is strong.\nThe Cambodian paper Pracheachon carried an article with a photo. The article noted:\nThe DPRK has turned into a powerful nation.',
      ),
    ).toEqual(['outlet:pravda|QUOTES|said', 'outlet:pracheachon|QUOTES|noted']);
  });

  it('resolves `According to the spokesman’s statement` to the body he speaks for', () => {
    expect(
      quotes(
        "A spokesman for the Ministry of National Defence of the DPRK made public a statement on Sunday.\nAccording to the spokesman's statement, the order specified an instruction to place brigades on standby.",
      ),
    ).toEqual(['organization:defence-ministry-of-north-korea|ATTRIBUTES|According to']);
  });

  it('takes `according to a decree` or `a program` of a body as no source', () => {
    expect(
      quotes(
        "He was appointed ambassador, according to a decree of the Presidium of the Supreme People's Assembly. A course took place according to a cooperation program of the International Volleyball Federation.",
      ),
    ).toEqual([]);
  });

  it('gives `..., says the article, adding:` to the paper named before', () => {
    expect(
      quotes(
        'Rodong Sinmun Saturday says this in a bylined article.\nUnity is the principle, says the article, adding:\nIt must be kept.',
      ),
    ).toEqual([
      'outlet:rodong-sinmun|ATTRIBUTES|says',
      'outlet:rodong-sinmun|ATTRIBUTES|says',
      'outlet:rodong-sinmun|QUOTES|adding',
    ]);
  });

  it('gives `the spokesman` to the body he was introduced with, not to the last speaker', () => {
    expect(
      quotes(
        "A spokesman for the Ministry of National Defence of the DPRK made public a statement on Sunday.\nThe Korean People's Army said that the units are ready.\nThe order is firm, the spokesman noted.",
      ),
    ).toEqual([
      'organization:korean-peoples-army|ATTRIBUTES|said',
      'organization:defence-ministry-of-north-korea|ATTRIBUTES|noted',
    ]);
  });

  it('reads a subject whose name holds a comma', () => {
    expect(
      quotes(
        'The Ministry of Health, Labor and Welfare on May 10 said that radioactive substances were detected.',
      ),
    ).toEqual(['organization:ministry-of-health-labor-and-welfare|ATTRIBUTES|said']);
  });

  it('reads a colon after a longer adverbial (`said in a joint statement on July 27:`) as verbatim', () => {
    expect(
      quotes(
        'The Communist Party of the People said in a joint statement on July 27: The war is not over on the peninsula.',
      ),
    ).toEqual(['organization:communist-party-of-the-people|QUOTES|said']);
  });

  it('gives `it noted` after a joint statement to each of its senders', () => {
    expect(
      quotes(
        'The British Association for the Study of Songun Policy and the British Group for the Study of the Juche Idea released a joint statement on July 26.\n\nJuly 27 is a victory day, it noted.',
      ),
    ).toEqual([
      'organization:british-association-for-the-study-of-songun-policy|ATTRIBUTES|noted',
      'organization:british-group-for-the-study-of-the-juche-idea|ATTRIBUTES|noted',
    ]);
  });

  it('leaves `it said` after a statement named `in a` sentence about others to nobody', () => {
    expect(
      quotes(
        'The commentary accused Won Se Hun, director of the Intelligence Service, of making an excuse in an information bulletin.\n\nHe claimed the IS was guaranteeing human rights, it said.',
      ).filter((q) => q.endsWith('|said')),
    ).toEqual([]);
  });

  it('gives `they` to the members a recent sentence lists after `organizations including`', () => {
    expect(
      quotes(
        'More than 10 organizations including the Solidarity for Progress, the south Korean Confederation of Trade Unions and the People for Achieving Peace and Reunification staged an action in Seoul.\n\nThe base construction must stop, they said.',
      ),
    ).toEqual([
      'organization:solidarity-for-progress|ATTRIBUTES|said',
      'organization:korean-confederation-of-trade-unions|ATTRIBUTES|said',
      'organization:people-for-achieving-peace-and-reunification|ATTRIBUTES|said',
    ]);
  });

  it('gives `He said` after an unnamed official of a body, no one named before, to the body', () => {
    expect(
      quotes(
        'This is proved by assertions of the commander of the U.S. 7th Fleet.\n\nHe said that "these oceans would play an essential role in operations in the future".',
      ),
    ).toEqual(['organization:u-s-7th-fleet|QUOTES|said']);
  });

  it('takes no inverted speaker from a clause (`said Greek slump would`) or a possessive country', () => {
    expect(
      quotes(
        'Bernanke, chairman of the Board, said Greek economic slump would endanger Europe.\n\nThe project is going on, said Myanmar’s news agency on Tuesday.',
      ).filter((q) => q.startsWith('country:')),
    ).toEqual([]);
  });

  it('reads `clarified` and `confirmed` only before `that`', () => {
    expect(
      quotes(
        'The Korean Confederation of Trade Unions clarified that it would escalate the movement.\n\nThe Irish foreign minister clarified the stand of the government supporting Palestine.',
      ),
    ).toEqual(['organization:korean-confederation-of-trade-unions|ATTRIBUTES|clarified']);
  });

  it('reads KCNA’s `blustered that` as an attribution', () => {
    expect(
      quotes(
        'Japanese Foreign Minister Matsumoto blustered that the islets are part of Japan’s territory.',
      ),
    ).toEqual(['person:matsumoto|ATTRIBUTES|blustered']);
  });

  it('reads a statement title of seven words or more as its releaser’s words', () => {
    expect(
      quotes(
        'Kim Yo Jong, vice department director of the Central Committee of the Workers’ Party of Korea, released a press statement titled "U.S. strategic assets would not find their resting place in the Korean peninsula."\n\nThe Foreign Ministry released a statement "Peace".',
      ),
    ).toEqual(['person:kim-yo-jong|QUOTES|released a press statement']);
  });

  it('takes neither a passive with an adverb nor a unit named after an outlet as speaking', () => {
    expect(
      quotes(
        'Many legends about his tactics were widely told among Koreans.\n\nThe chief of the Foreign News Section of the DPRK Foreign Ministry issued a press statement "We will continue to take countermeasures against the hostile acts of the enemies."',
      ),
    ).toEqual(['organization:foreign-ministry-of-north-korea|QUOTES|issued a press statement']);
  });

  it('gives `The speakers said` to each person named as making a speech', () => {
    expect(
      quotes(
        'The report was followed by speeches of Deputies Jo Kyong Guk, Ri Song Bom and Kim Yun Sil.\n\nThe reporter and speakers said that the quality of products matters.\n\nSpeakers at the rally said that the war must stop.',
      ),
    ).toEqual([
      'person:jo-kyong-guk|ATTRIBUTES|said',
      'person:ri-song-bom|ATTRIBUTES|said',
      'person:kim-yun-sil|ATTRIBUTES|said',
    ]);
  });

  it('reads `released a press statement on August 18 that ...` as the body’s words', () => {
    expect(
      quotes(
        'The Institute for American Studies of the Foreign Ministry of the DPRK released a press statement on August 18 that the U.S. is going to stage exercises.',
      ),
    ).toEqual([
      'organization:institute-for-american-studies-of-the-foreign-ministry-of-the-dprk|ATTRIBUTES|released a press statement',
    ]);
  });
});
