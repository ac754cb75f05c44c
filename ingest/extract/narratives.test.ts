import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { extractNarratives, normalizeLabel } from './narratives';
import { splitSentences } from './sentences';

const gazetteer = buildGazetteer();

/** The slogan labels the extractor keeps from a text. */
function epithets(text: string): string[] {
  return extractNarratives(text, splitSentences(text), gazetteer)
    .filter((n) => n.kind === 'slogan')
    .map((n) => n.label);
}

describe('narratives', () => {
  it('normalizes labels: lower case, straight apostrophes, no quotes', () => {
    expect(normalizeLabel('“Origin of the World’s Largest Cyber-Attack”')).toBe(
      "origin of the world's largest cyber-attack",
    );
  });

  it('keeps scare-quoted terms, single words included, once per article and without punctuation', () => {
    expect(
      epithets(
        'The chairman clamored about "threat" from the DPRK and "possibility of additional provocation". ' +
          'The U.S. styled itself a "liberator" and the "government" talked about "deterrent." ' +
          'It was another "threat" to peace.',
      ),
    ).toEqual([
      'threat',
      'possibility of additional provocation',
      'liberator',
      'government',
      'deterrent',
    ]);
  });

  it('keeps a capitalised word opening a sentence only when the article also writes it in lower case', () => {
    expect(
      epithets(
        'He said unification would come soon. "Unification" touted by Lee is confrontation. ' +
          '"Arirang" was widely sung in the northwest.',
      ),
    ).toEqual(['unification']);
  });

  it('drops direct speech and claims in clause form', () => {
    expect(
      epithets(
        'He asserted at a meeting that "unification can come at midnight like a burglar". ' +
          '"We are fully ready," he said. ' +
          'The head of the mission told reporters "the talks will resume in March." ' +
          '"The workers of the country are determined to win." ' +
          'The chief executive let loose a remark that "those guys are not Japanese". ' +
          'He said that setting fire to the mosque "is a terrorist action". ' +
          'They were arrested on charges that they "conducted espionage and built a party".',
      ),
    ).toEqual([]);
  });

  it('drops titles of works, decisions and plans, and what is listed after them', () => {
    expect(
      epithets(
        'The paper carried an article titled "Extraordinary strategist" and "Korean People\'s Army, pillar of socialist cause". ' +
          'The warmongers worked out a "strategy for extended nuclear deterrence" and a "north Korean human rights act". ' +
          'Media reported about "Notice to all party members, servicepersons and people" issued in the DPRK. ' +
          'The papers tell about the "three principles of arms export".',
      ),
    ).toEqual([]);
  });

  it('drops proper names in quotes and long purpose phrases', () => {
    expect(
      epithets(
        'The Chinese media including "Global Times" commented on the "Snowden" case. ' +
          'It became possible for the "self-defence force" (SDF) to refuel. ' +
          'The exercises are aimed to "cope with and thwart threat" from someone. ' +
          'The resurrection of the "UN Command" was denounced.',
      ),
    ).toEqual([]);
  });

  it('keeps slogans the text frames as such, long mottos and listed placards included', () => {
    expect(
      epithets(
        'A rally was held on the theme "Let\'s impeach warmonger Yoon Suk Yeol!" in Seoul. ' +
          'Holding placards reading "Impeachment brings peace!", "I petition for impeachment of Yoon Suk Yeol", etc., they marched. ' +
          'They upheld the slogan "With the united strength of all compatriots in the north, the south and abroad, let us open a new phase for independent reunification!" at the meeting.',
      ),
    ).toEqual([
      "let's impeach warmonger yoon suk yeol",
      'impeachment brings peace',
      'i petition for impeachment of yoon suk yeol',
      'with the united strength of all compatriots in the north, the south and abroad, let us open a new phase for independent reunification',
    ]);
  });

  it('keeps ideas, ideals, shouts and a body’s theme as slogans, but not a name shouted among them', () => {
    expect(
      epithets(
        'Relations developed, guided by the idea of "By our nation itself" since then. ' +
          'The Party put emphasis on the ideals of “The people are god” at the congress. ' +
          'Thunderous shouts of "Kim Jong Un" and "Death-defying Defence" shook the sky. ' +
          'Media spread knowledge according to the theme of the World Meteorological Organization "Climate for You".',
      ),
    ).toEqual([
      'by our nation itself',
      'the people are god',
      'death-defying defence',
      'climate for you',
    ]);
  });

  it('keeps a policy’s one-word label and a deed judged, drops cheers, cited words and laws', () => {
    expect(
      epithets(
        'Do we support the strategy of "Unification" aimed at confrontation? ' +
          'The court branded it as an "enemy-benefiting act." ' +
          'The authorities termed it an "act running counter to its establishment purpose". ' +
          'Crowds broke into stormy cheers of "Hurrah!" at the square. ' +
          'He put a precondition of the word "if" on it. ' +
          'They adopted the "security legislation" in 2015. ' +
          'The theme of the symposium is "Educational and scientific development and Kim Il Sung University".',
      ),
    ).toEqual([
      'unification',
      'enemy-benefiting act',
      'act running counter to its establishment purpose',
    ]);
    expect(epithets('The minister of "Unification" was replaced.')).toEqual([]);
  });

  it('extracts slogans with keys and evidence', () => {
    const text =
      'The U.S. – a “hacking empire” – and a “global chieftain of hackers”, a “hacking empire” again.';
    const out = extractNarratives(text, splitSentences(text), gazetteer);
    expect(out.map((n) => [n.key, n.kind])).toEqual([
      ['hacking-empire', 'slogan'],
      ['global-chieftain-of-hackers', 'slogan'],
    ]);
    expect(out[0]?.evidence).toMatchObject({
      start: 0,
      end: text.length,
      extractor: 'narratives/quoted-phrase',
    });
  });

  it('keeps a characterization framed by `describing ... as` though long or shaped like a title', () => {
    expect(
      epithets(
        'The U.S. is describing the atrocities of the bandits who are killing innocent inhabitants and destroying villages as "legitimate military actions pursuant to the right to self-defence". ' +
          'South Koreans rejected the FTA as "second Ulsa (1905) Five-point Treaty", they noted. ' +
          'They denounce the NSL as "elastic law". It was marked as "Japan Sea".',
      ),
    ).toEqual([
      'legitimate military actions pursuant to the right to self-defence',
      'second ulsa (1905) five-point treaty',
      'elastic law',
    ]);
  });

  it('drops cheers among slogans, models of weapons and long gerund purpose phrases', () => {
    expect(
      epithets(
        'All the marchers shouted "Hurrah!" and "Long live the Party!" ' +
          'The U.S. is mulling transferring drones of the U.S. Air Force such as "predator" and "reeper" to East Asia. ' +
          'They plan exercises under the pretence of "coping with the provocation of local war". ' +
          'They seek the "securing of the capability of attacking enemy base".',
      ),
    ).toEqual(['long live the party', 'securing of the capability of attacking enemy base']);
  });

  it('keeps a term scare-quoted in single quotes inside a quoted title', () => {
    expect(
      epithets(
        'A spokesperson released a press statement "The signboard of \'maintaining peace and stability\' can never be a lever for the U.S.". ' +
          "He said \"Japan's 'reinvasion' ship will sink, as the workers' party knows\".",
      ),
    ).toEqual(['maintaining peace and stability', 'reinvasion']);
  });

  it('keeps a lower-case label with the head noun `concept`', () => {
    expect(
      epithets('It is based on the American-style "market-almighty concept" and "neo-liberalism".'),
    ).toEqual(['market-almighty concept', 'neo-liberalism']);
  });

  it('reads Spanish quotes with Spanish cues: labels in, speech, verbs, purposes, titles and names out', () => {
    const text =
      'Se echaron por tierra cuando aparecio el actual "poder" surcoreano. ' +
      'Hizo referencia al "dialogo" y exigio un "cambio de actitud". ' +
      'Dijo que "esta listo para iniciar el dialogo sin importar la fecha". ' +
      'Los planes se "frustraron". Pidio "confirmar la voluntad" del Sur. ' +
      'Aplican el "codigo penal" y el articulo titulado "Nueva era". ' +
      'Asistieron al "XIII Festival de Kimilsungias". Preguntan "¿donde esta el general?"';
    expect(
      extractNarratives(text, splitSentences(text), gazetteer, 0, true).map((n) => n.label),
    ).toEqual(['poder', 'dialogo', 'cambio de actitud']);
  });
});
