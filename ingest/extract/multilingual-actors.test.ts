import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { detectLanguage } from '../sources/language';
import type { ExtractedArticle } from '../types';
import { extractArticle } from './extract-article';
import { findForeignDateline } from './foreign-dateline';
import { findForeignActorMentions, findMultilingualMentions } from './multilingual-actors';

const gazetteer = buildGazetteer();

/** The same KCNA-style story in Korean, Chinese and Russian (fixtures/summit.*.txt). */
function summit(language: 'ko' | 'zh' | 'ru'): { text: string; article: ExtractedArticle } {
  const text = readFileSync(new URL(`./fixtures/summit.${language}.txt`, import.meta.url), 'utf8');
  const article = extractArticle({
    title: 'summit',
    text,
    language: detectLanguage(text),
    origin: { location: `summit.${language}.txt` },
  });
  return { text, article };
}

const keysOf = (text: string): string[] =>
  findMultilingualMentions(text, gazetteer).map((m) => m.entry.key);

const SUMMIT_ACTORS = [
  'country:china',
  'country:japan',
  'country:north-korea',
  'country:russia',
  'country:south-korea',
  'country:united-states',
  'organization:un-security-council',
  // Named inside the Security Council's name in every language, as in English.
  'organization:united-nations',
  'organization:workers-party-of-korea',
  'organization:wpk-central-committee',
  'outlet:rodong-sinmun',
  'outlet:tass',
  'outlet:xinhua',
  'person:kim-jong-un',
  'person:kim-yo-jong',
  'person:vladimir-putin',
];

describe('multilingual actors on one story in three languages', () => {
  const stories = (['ko', 'zh', 'ru'] as const).map((language) => ({
    language,
    ...summit(language),
  }));

  it('detects each language and links every version to the same canonical actors', () => {
    for (const { language, text, article } of stories) {
      expect(detectLanguage(text)).toBe(language);
      // The agency in the dateline is the wire's signature, so outlet:kcna is not among them.
      expect(article.actors.map((a) => a.key).sort(), language).toEqual(SUMMIT_ACTORS);
    }
  });

  it('gives each actor the sentence of its first mention as exact slices of the text', () => {
    for (const { text, article } of stories) {
      for (const actor of article.actors) {
        const { sentence, start, end } = actor.evidence;
        expect(text.slice(start, end)).toBe(sentence);
        expect(actor.firstOffset).toBeGreaterThanOrEqual(start);
        expect(text.startsWith(actor.aliases[0] ?? '', actor.firstOffset)).toBe(true);
        expect(actor.firstOffset).toBeLessThan(end);
      }
    }
    const evidence = (i: number, key: string): string | undefined =>
      stories[i]?.article.actors.find((a) => a.key === key)?.evidence.sentence;
    expect(evidence(0, 'country:united-states')).toBe(
      '회담에서는 미국과 일본, 남조선의 합동군사연습이 조선반도의 정세를 악화시키고있는 문제가 론의되였다.',
    );
    expect(evidence(1, 'country:united-states')).toBe(
      '会谈讨论了美国、日本和韩国的联合军演使朝鲜半岛局势恶化的问题。',
    );
    expect(evidence(1, 'outlet:xinhua')).toBe('塔斯社和新华社也报道了会谈消息！');
    expect(evidence(2, 'country:japan')).toBe(
      'На переговорах обсуждалось, что совместные учения США, Японии и Южной Кореи обостряют обстановку на Корейском полуострове.',
    );
  });

  it('names each actor by its canonical English name with the foreign surface as an alias', () => {
    const ru = stories[2]?.article.actors.find((a) => a.key === 'person:vladimir-putin');
    expect(ru).toMatchObject({ name: 'Vladimir Putin', kind: 'person' });
    expect(ru?.aliases[0]).toBe('Путиным');
  });
});

describe('findMultilingualMentions', () => {
  it('reads Korean names with particles glued on, without word boundaries', () => {
    expect(keysOf('미국의 압력에 조선은 굴하지 않는다. 한국을 비롯한')).toEqual([
      'country:united-states',
      'country:north-korea',
      'country:south-korea',
    ]);
  });

  it('takes the longest name: 남조선 is South Korea, 조선중앙통신 is KCNA, not 조선', () => {
    expect(keysOf('남조선괴뢰들과 조선중앙통신사 조선로동당중앙위원회')).toEqual([
      'country:south-korea',
      'outlet:kcna',
      'organization:wpk-central-committee',
    ]);
  });

  it('blocks phrases that contain a name but mean something else', () => {
    expect(keysOf('조선반도와 朝鲜半岛의 평화, 조선소, 发展中国家')).toEqual([]);
    // `조선인민` is the Korean people, as `the Korean people` names no actor in English.
    expect(keysOf('조선인민의 투쟁과 조선인민군, 朝鲜人民和朝鲜人民军')).toEqual([
      'organization:korean-peoples-army',
      'organization:korean-peoples-army',
    ]);
    expect(keysOf('Латинская Америка и Латинской Америки')).toEqual([]);
  });

  it('needs a boundary before a Hangul name marked ^ (이란 after a noun is a particle)', () => {
    expect(keysOf('평화란 무엇이며 사람이란 무엇인가')).toEqual([]);
    expect(keysOf('이란의 외무상')).toEqual(['country:iran']);
  });

  it('reads Chinese and Japanese without spaces', () => {
    expect(keysOf('美国国务卿访问日本和韩国后前往北京会见习近平。')).toEqual([
      'country:united-states',
      'country:japan',
      'country:south-korea',
      'person:xi-jinping',
    ]);
    expect(keysOf('北朝鮮の金正恩総書記は米国を非難した。')).toEqual([
      'country:north-korea',
      'person:kim-jong-un',
      'country:united-states',
    ]);
  });

  it('reads Russian case forms and demonym adjectives with word boundaries', () => {
    expect(keysOf('Японии, Японию, Китая, Китаем, России, Россией, США')).toEqual([
      'country:japan',
      'country:japan',
      'country:china',
      'country:china',
      'country:russia',
      'country:russia',
      'country:united-states',
    ]);
    expect(keysOf('американские империалисты, американцев и Китайская сторона')).toEqual([
      'country:united-states',
      'country:united-states',
      'country:china',
    ]);
    expect(keysOf('встреча с Ким Чен Ыном и Ким Ир Сена')).toEqual([
      'person:kim-jong-un',
      'person:kim-il-sung',
    ]);
    // `Китай` inside a longer word is not China; `Корейский полуостров` names no country.
    expect(keysOf('Китайгородский на Корейском полуострове')).toEqual([]);
  });

  it('keeps the offsets and surface of every mention exact', () => {
    const text = '로동신문은 김정은동지의 로작을 소개하였다.';
    const [rodong, kim] = findMultilingualMentions(text, gazetteer);
    expect(rodong).toMatchObject({ start: 0, end: 4, surface: '로동신문' });
    expect(kim).toMatchObject({ start: 6, end: 9, surface: '김정은' });
  });
});

describe('findForeignActorMentions', () => {
  it('keeps the Latin-script names the English gazetteer finds beside the foreign ones', () => {
    const text = 'NHK와 Rodong Sinmun은 미국의 제재를 보도하였다.';
    expect(findForeignActorMentions(text, gazetteer).map((m) => m.entry.key)).toEqual([
      'outlet:nhk',
      'outlet:rodong-sinmun',
      'country:united-states',
    ]);
  });
});

describe('Spanish KCNA copy', () => {
  it('adds the Spanish names, with or without accents, to what the English gazetteer finds', () => {
    const text =
      'El Dirigente Kim Jong Un recibió al delegado del PTC. Las autoridades surcoreanas y los imperialistas norteamericanos amenazan a la RPDC, dijo Rodong Sinmun. Japon y EE.UU. en América Latina.';
    expect(findForeignActorMentions(text, gazetteer).map((m) => m.entry.key)).toEqual([
      'person:kim-jong-un',
      'organization:workers-party-of-korea',
      'country:south-korea',
      'country:united-states',
      'country:north-korea',
      'outlet:rodong-sinmun',
      'country:japan',
      'country:united-states',
    ]);
  });
  it('reads the demonyms of the papers and envoys KCNA names by country', () => {
    const text =
      'El periodico tailandes Bangkok Post, el periodico libio Al Fazr y el embajador malasio. ' +
      'Los periodicos iranies y el premier nepalés; la guerra iraqui.';
    expect(
      new Set(
        findForeignActorMentions(text, gazetteer)
          .map((m) => m.entry.key)
          .filter((k) => k.startsWith('country:')),
      ),
    ).toEqual(
      new Set([
        'country:thailand',
        'country:libya',
        'country:malaysia',
        'country:iran',
        'country:nepal',
        'country:iraq',
      ]),
    );
  });
});

describe('findForeignDateline', () => {
  it('finds Korean, Chinese and Russian wire datelines and nothing else', () => {
    const span = (text: string): string | undefined => {
      const d = findForeignDateline(text);
      return d === undefined ? undefined : text.slice(d.start, d.end);
    };
    expect(span('(평양 12월 5일발 조선중앙통신) 조선로동당')).toBe(
      '(평양 12월 5일발 조선중앙통신) ',
    );
    expect(span('(서울=연합뉴스) 북한이')).toBe('(서울=연합뉴스) ');
    expect(span('新华社北京12月5日电（记者张三）中国')).toBe('新华社北京12月5日电（记者张三）');
    expect(span('Пхеньян, 5 декабря. /ЦТАК/. Генеральный')).toBe('Пхеньян, 5 декабря. /ЦТАК/. ');
    expect(span('로동신문은 12월 5일 조선중앙통신을 인용하였다.')).toBeUndefined();
  });
});
